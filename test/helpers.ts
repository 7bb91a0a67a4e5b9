/** Shared paths and small helpers of the test suites. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { XmlReadError } from "../runtime/errors.js";

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const fixtures = join(projectRoot, "test", "fixtures");
export const documents = join(fixtures, "documents");
/** The shared EM reference corpus, read in place when it is there. */
export const corpus = resolve(projectRoot, "..", "shared", "em-corpus");

/** Reads a fixture document as text. */
export function fixture(name: string): string {
  return readFileSync(join(documents, name), "utf8");
}

/** Every fixture document name. */
export function fixtureNames(): string[] {
  return readdirSync(documents)
    .filter((name) => name.endsWith(".xml"))
    .sort();
}

/** Whether the shared corpus is present (it is beside the project in development and CI). */
export function corpusPresent(): boolean {
  return existsSync(join(corpus, "samples.json"));
}

/**
 * The command line that runs `emx` from this checkout's sources (through tsx), for spawning. The
 * installed command (`bin/emx.js` over `dist/`) is what the consumer test runs.
 */
export function emxCommand(...args: string[]): [string, string[]] {
  // tsx by its path: the child may run in a folder that cannot resolve this checkout's packages.
  const tsx = pathToFileURL(join(projectRoot, "node_modules", "tsx", "dist", "loader.mjs")).href;
  return [process.execPath, ["--import", tsx, join(projectRoot, "cli", "main.ts"), ...args]];
}

/** The shared EM reference pages, read in place when they are there. */
export const emDocs = resolve(projectRoot, "..", "shared", "em-docs");

/** Whether the reference pages are present (beside the project in development and CI). */
export function emDocsPresent(): boolean {
  return existsSync(join(emDocs, "get_nas_jobs_id.md"));
}

/** The error a promise rejects with; an error of its own when it fulfils instead. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}

/** The XmlReadError `run` throws; any other outcome fails the test. */
export function readError(run: () => unknown): XmlReadError {
  try {
    run();
  } catch (error) {
    if (error instanceof XmlReadError) return error;
    throw error;
  }
  throw new Error("expected an XmlReadError");
}
