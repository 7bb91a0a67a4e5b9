/**
 * Reading the shared reference corpus in place: the JSON examples, the pages they were cut from,
 * and what `samples.json` says about each page's XML examples.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pageCells, type PageCell } from "./page-cells.js";

/** One JSON example of the corpus. */
export interface JsonExample {
  /** The file name, `post_backupservers__1__Description.json`. */
  readonly file: string;
  /** The page it comes from, relative to the shared folder: `em-docs/post_backupservers.md`. */
  readonly page: string;
  /** Which JSON cell of the page it is, from 1. */
  readonly pair: number;
  readonly value: unknown;
}

/** What a page tells about the examples on it. */
export interface PageFacts {
  readonly cells: readonly PageCell[];
  /** The root of the page's request example, when it has a namespaced one. */
  readonly requestRoot: string | undefined;
}

interface Sample {
  readonly page: string;
  readonly role: string;
  readonly context: string;
  readonly root: string;
  readonly namespace: string | null;
}

const EXAMPLE_NAME = /^(.+?)__(\d+)__[^_].*\.json$/;

/** Every JSON example of the corpus folder (`.../em-corpus`), in name order. */
export function readExamples(corpus: string): JsonExample[] {
  return readdirSync(join(corpus, "json"))
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((file) => {
      const match = EXAMPLE_NAME.exec(file);
      if (match === null) throw new Error(`example name "${file}" does not say its page and place (in ${corpus}/json)`);
      const value: unknown = JSON.parse(readFileSync(join(corpus, "json", file), "utf8"));
      return { file, page: `em-docs/${match[1]}.md`, pair: Number(match[2]), value };
    });
}

/** Reads the facts of every page the examples come from; `shared` is the folder holding `em-docs`. */
export function readPageFacts(shared: string, corpus: string, pages: Iterable<string>): Map<string, PageFacts> {
  const samples = (JSON.parse(readFileSync(join(corpus, "samples.json"), "utf8")) as { samples: Sample[] }).samples;
  const facts = new Map<string, PageFacts>();
  for (const page of pages) {
    const request = samples.find(
      (sample) =>
        sample.page === page && sample.role === "request" && sample.context === "example" && sample.namespace !== "",
    );
    facts.set(page, { cells: pageCells(readFileSync(join(shared, page), "utf8")), requestRoot: request?.root });
  }
  return facts;
}
