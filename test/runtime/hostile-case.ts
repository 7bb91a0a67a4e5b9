/**
 * Runs one hostile document in its own process and prints, as one JSON line, how the read ended,
 * how long it took and the process's peak memory. Documents are made here, in chunks, so a case's
 * input never has to be held whole: what is measured is what the reader keeps.
 */
import { EntityRef, EntityReferences, parseStream, Task } from "../../generated/index.js";
import type { BoundClass, ReadOptions } from "../../index.js";
import { readJsonStream } from "../../runtime/json/json-parse.js";

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

/** A case: its input, how to read it, and for EM's JSON the class of the root (and of the streamed items). */
interface Case {
  readonly input: Chunks;
  readonly options?: ReadOptions;
  readonly json?: { readonly expect: BoundClass; readonly item?: BoundClass };
}

const json = (inner: string) => `{"Href":"h",${inner}}`;
/** The start of a Task whose rest follows in other chunks. */
const opened = (inner: string) => `{"Href":"h",${inner}`;
const AS_TASK = { expect: Task };

export const CASES: Record<string, Case> = {
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
  "a wrong namespace (strict)": {
    input: () => text(`<Task xmlns="http://www.veeam.com/ent/v0.9" Href="h"/>`),
    options: { strict: true },
  },
  "an unknown root (strict)": { input: () => text(`<Backdoor ${EM}/>`), options: { strict: true } },
  "a duplicated single element (strict)": {
    input: () => text(task("<TaskId>1</TaskId><TaskId>2</TaskId>")),
    options: { strict: true },
  },
  "elements out of order (strict)": {
    input: () => text(task("<State>Running</State><TaskId>1</TaskId><Operation>o</Operation>")),
    options: { strict: true },
  },
  "an unbound prefix": { input: () => text(task("<x:TaskId>1</x:TaskId>")) },
  "text after the root": { input: () => text(task("<TaskId>1</TaskId>"), "trailing") },
  "json: a million levels of nesting": {
    input: () =>
      text(
        opened('"x":'),
        () => repeat("[", 1_000_000),
        () => repeat("]", 1_000_000),
        "}",
      ),
    json: AS_TASK,
  },
  "json: a 100 MB string": {
    input: () => text(opened('"TaskId":"'), () => repeat("x", 100 * MB, 64 * 1024), '"}'),
    json: AS_TASK,
  },
  "json: a 100 MB string of escapes": {
    input: () => text(opened('"TaskId":"'), () => repeat("\\n", 50 * MB, 32 * 1024), '"}'),
    json: AS_TASK,
  },
  "json: a 100 MB number": {
    input: () => text(opened('"x":1'), () => repeat("0", 100 * MB, 64 * 1024), "}"),
    json: AS_TASK,
  },
  "json: a million properties": {
    input: () =>
      text(
        '{"Href":"h"',
        () =>
          (function* () {
            for (let index = 0; index < 1_000_000; index += 1000)
              yield Array.from({ length: 1000 }, (_, offset) => `,"a${index + offset}":1`).join("");
          })(),
        "}",
      ),
    json: AS_TASK,
  },
  "json: a 2 GB document": {
    input: () =>
      text(
        '{"Refs":[',
        () => repeat(`{"UID":"u","Name":"n","Href":"h","Type":"t"},`, (2 * 1024 * MB) / 44, 16 * 1024),
        "{}]}",
      ),
    options: { limits: { maxDocumentLength: 4 * MB } },
    json: { expect: EntityReferences, item: EntityRef },
  },
  "json: invalid UTF-8": {
    input: async function* () {
      yield encoder.encode('{"Href":"');
      yield new Uint8Array([0xc3, 0x28, 0xa0, 0xa1]);
      yield encoder.encode('"}');
    },
    json: AS_TASK,
  },
  "json: a NUL in a string": { input: () => text(json('"TaskId":"a\u0000b"')), json: AS_TASK },
  "json: a truncated stream": { input: () => text(json('"TaskId":"1","State":"Runn')), json: AS_TASK },
  "json: text after the document": { input: () => text(json('"TaskId":"1"'), " trailing"), json: AS_TASK },
  "json: a duplicated property": { input: () => text(json('"TaskId":"1","TaskId":"2"')), json: AS_TASK },
  "json: __proto__ (strict)": {
    input: () => text(json('"__proto__":{"polluted":true},"TaskId":"1"')),
    options: { strict: true },
    json: AS_TASK,
  },
  "json: constructor.prototype (strict)": {
    input: () => text(json('"constructor":{"prototype":{"polluted":true}},"TaskId":"1"')),
    options: { strict: true },
    json: AS_TASK,
  },
  "json: a 256 MB answer, streamed": {
    input: () =>
      text(
        '{"Refs":[',
        () =>
          repeat(
            `{"Links":[{"Rel":"Alternate","Href":"https://em/api/jobs/1?format=Entity","Type":"Job"}],"UID":"urn:veeam:Job:1","Name":"n","Href":"https://em/api/jobs/1","Type":"JobReference"},`,
            (256 * MB) / 160,
            400,
          ),
        '{"UID":"last"}]}',
      ),
    json: { expect: EntityReferences, item: EntityRef },
  },
  "json: an array for the root": { input: () => text("[", () => repeat("1,", 1_000_000), "1]"), json: AS_TASK },
};

const name = process.argv[2]!;
const selected = CASES[name];
if (selected === undefined) throw new Error(`no case ${name}`);
const started = performance.now();
let outcome: { error: string; message: string } | { error: null };
try {
  if (selected.json === undefined) await parseStream(selected.input(), selected.options);
  else {
    const { expect, item } = selected.json;
    const read = readJsonStream(
      selected.input(),
      { ...selected.options, expect },
      item === undefined ? undefined : { type: item },
    );
    // The items are taken and dropped, as a consumer of a large answer does.
    for (;;) if ((await read.next()).done === true) break;
  }
  outcome = { error: null };
} catch (error) {
  outcome = { error: (error as Error).name, message: (error as Error).message.slice(0, 200) };
}
const milliseconds = performance.now() - started;
// Whether a document reached the prototype every object shares.
const polluted = (Object.prototype as Record<string, unknown>).polluted !== undefined;
console.log(
  JSON.stringify({ name, ...outcome, milliseconds, polluted, maxRssMb: process.resourceUsage().maxRSS / 1024 }),
);
