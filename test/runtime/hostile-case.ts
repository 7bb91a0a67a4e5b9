/**
 * Runs one hostile document in its own process and prints, as one JSON line, how the read ended,
 * how long it took and the process's peak memory. Documents are made here, in chunks, so a case's
 * input never has to be held whole: what is measured is what the reader keeps.
 */
import { parseStream } from "../../generated/index.js";
import type { ReadOptions } from "../../index.js";

const EM = 'xmlns="http://www.veeam.com/ent/v1.0"';
const MB = 1024 * 1024;

type Chunks = () => AsyncGenerator<string | Uint8Array>;

async function* text(...parts: (string | (() => Iterable<string>))[]): AsyncGenerator<string> {
  for (const part of parts) {
    if (typeof part === "string") yield part;
    else yield* part();
  }
}

function* repeat(piece: string, times: number, per = 4096): Generator<string> {
  const block = piece.repeat(per);
  for (let done = 0; done < times; done += per) yield times - done >= per ? block : piece.repeat(times - done);
}

const encoder = new TextEncoder();
const task = (inner: string) => `<Task ${EM} Href="h">${inner}</Task>`;

export const CASES: Record<string, { input: Chunks; options?: ReadOptions }> = {
  "billion laughs": {
    input: () =>
      text(
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">',
        ...Array.from({ length: 8 }, (_, index) => `<!ENTITY lol${index + 3} "${`&lol${index + 2};`.repeat(10)}">`),
        `]><Task ${EM} Href="&lol9;"/>`,
      ),
  },
  "external entity (XXE)": {
    input: () =>
      text(
        `<?xml version="1.0"?><!DOCTYPE Task [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Task ${EM} Href="h"><TaskId>&xxe;</TaskId></Task>`,
      ),
  },
  "a million levels of nesting": {
    input: () =>
      text(
        `<EntityReferences ${EM}>`,
        () => repeat("<Ref>", 1_000_000),
        () => repeat("</Ref>", 1_000_000),
        "</EntityReferences>",
      ),
  },
  "a 100 MB attribute": {
    input: () => text(`<Task ${EM} Href="`, () => repeat("x", 100 * MB, 64 * 1024), '"/>'),
  },
  "a 100 MB attribute of >": {
    // Every chunk holds the character that ends a tag; only the closing quote can end this one.
    input: () => text(`<Task ${EM} Href="`, () => repeat(">", 100 * MB, 64 * 1024), '"/>'),
  },
  "a value cut by every chunk": {
    // Each chunk ends one attribute and starts the next, which the chunk's end cuts again.
    input: () =>
      text(
        `<Task ${EM} Href="h" a0="`,
        () =>
          (function* () {
            const value = "v".repeat(64 * 1024 - 16);
            for (let index = 1; index < 300; index++) yield `" a${index}="${value}`;
          })(),
        '"/>',
      ),
  },
  "a 100 MB text": {
    input: () => text(`<Task ${EM} Href="h"><TaskId>`, () => repeat("y", 100 * MB, 64 * 1024), "</TaskId></Task>"),
  },
  "a million attributes": {
    input: () =>
      text(
        `<Task ${EM} Href="h"`,
        () =>
          (function* () {
            for (let index = 0; index < 1_000_000; index += 1000)
              yield Array.from({ length: 1000 }, (_, offset) => ` a${index + offset}="1"`).join("");
          })(),
        "/>",
      ),
  },
  "a 2 GB document": {
    input: () =>
      text(
        `<EntityReferences ${EM}>`,
        () => repeat(`<Ref UID="u" Name="n" Href="h" Type="t"/>`, (2 * 1024 * MB) / 40, 16 * 1024),
        "</EntityReferences>",
      ),
    options: { limits: { maxDocumentLength: 4 * MB } },
  },
  "invalid UTF-8": {
    input: async function* () {
      yield encoder.encode(`<Task ${EM} Href="`);
      yield new Uint8Array([0xc3, 0x28, 0xa0, 0xa1]);
      yield encoder.encode('"/>');
    },
  },
  "a NUL byte": { input: () => text(task("<TaskId>a\u0000b</TaskId>")) },
  "a truncated stream": { input: () => text(`<Task ${EM} Href="h"><TaskId>1</TaskId><State>Runn`) },
  "a wrong namespace": { input: () => text(`<Task xmlns="http://www.veeam.com/ent/v0.9" Href="h"/>`) },
  "an unknown root": { input: () => text(`<Backdoor ${EM}/>`) },
  "a duplicated single element": { input: () => text(task("<TaskId>1</TaskId><TaskId>2</TaskId>")) },
  "elements out of order (strict)": {
    input: () => text(task("<State>Running</State><TaskId>1</TaskId><Operation>o</Operation>")),
    options: { strict: true },
  },
  "an unbound prefix": { input: () => text(task("<x:TaskId>1</x:TaskId>")) },
  "text after the root": { input: () => text(task("<TaskId>1</TaskId>"), "trailing") },
};

const name = process.argv[2]!;
const selected = CASES[name];
if (selected === undefined) throw new Error(`no case ${name}`);
const started = performance.now();
let outcome: { error: string; message: string } | { error: null };
try {
  await parseStream(selected.input(), selected.options);
  outcome = { error: null };
} catch (error) {
  outcome = { error: (error as Error).name, message: (error as Error).message.slice(0, 200) };
}
const milliseconds = performance.now() - started;
console.log(JSON.stringify({ name, ...outcome, milliseconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
