/**
 * The wire forms the mock reads and writes bodies in, chosen by `Accept` and `Content-Type`: EM's
 * XML and EM's JSON, both written and read by the generated bindings, so no handler knows which.
 */
import { parse, serialize } from "../generated/index.js";
import { parseJson, serializeJson } from "../runtime/json/json-api.js";
import type { BoundClass, Registry, XmlObject } from "../runtime/index.js";
import type { MockJsonCase } from "./options.js";

/** One way of writing and reading EM documents. */
export interface WireForm {
  /** The media type it answers with and reads (`application/xml`, `application/json`). */
  readonly mediaType: string;
  /** The `Content-Type` header of a body written in it. */
  readonly contentType: string;
  /** Writes a document; `root` names the root element where the class is the type of several (XML only). */
  write(document: XmlObject, root?: string): Buffer;
  /**
   * Reads a request body strictly as `expect`: unknown content, missing required items or another
   * root are errors. `registry` names XML root elements when they are not the EM namespace's own.
   */
  read<T extends XmlObject>(body: Buffer, expect: BoundClass<T>, registry?: Registry): T;
}

/** The size of the pieces a document is written in. */
const CHUNK_SIZE = 16_384;

/**
 * A document written in pieces of {@link CHUNK_SIZE} and joined once: as one growing string the XML
 * writer's `<a />` rewrite copies the whole output for every empty element, which takes seconds for
 * thousands of entities. `write` hands each piece to `onChunk` and returns the rest.
 */
function inChunks(write: (onChunk: (chunk: string) => void) => string): Buffer {
  const chunks: string[] = [];
  const rest = write((chunk) => chunks.push(chunk));
  chunks.push(rest);
  return Buffer.from(chunks.join(""), "utf8");
}

/** EM's XML, written by the generated bindings. */
export const XML_WIRE: WireForm = {
  mediaType: "application/xml",
  contentType: "application/xml; charset=utf-8",
  write: (document, root) =>
    inChunks((onChunk) => serialize(document, { declaration: true, root, chunkSize: CHUNK_SIZE, onChunk })),
  read: (body, expect, registry) =>
    registry === undefined
      ? parse(body, { strict: true, expect })
      : (registry.parse(body, { strict: true, expect }) as never),
};

/**
 * EM's JSON with property names in `jsonCase`. JSON names no root, so a body is read as the class
 * the operation expects, in either case (EM's own reader ignores case).
 */
export function jsonWire(jsonCase: MockJsonCase): WireForm {
  return {
    mediaType: "application/json",
    contentType: "application/json; charset=utf-8",
    write: (document) =>
      inChunks((onChunk) => serializeJson(document, { case: jsonCase, indent: "", chunkSize: CHUNK_SIZE, onChunk })),
    read: (body, expect) => parseJson(body, { strict: true, expect }),
  };
}

/** Whether a form is EM's JSON. */
export function isJsonForm(form: WireForm): boolean {
  return form.mediaType === "application/json";
}

/** The forms a mock speaks, and which one a request asks for. */
export class WireForms {
  readonly json: WireForm;
  private readonly forms: readonly WireForm[];

  constructor(jsonCase: MockJsonCase) {
    this.json = jsonWire(jsonCase);
    this.forms = [XML_WIRE, this.json];
  }

  /**
   * The form an `Accept` header asks for: the first listed range a form matches, wildcards
   * (`*\/*`, `application/*`, as curl sends) and an absent header taken as XML; undefined when the
   * mock speaks none of them.
   */
  forAccept(accept: string | undefined): WireForm | undefined {
    if (accept === undefined || accept.trim() === "") return XML_WIRE;
    for (const entry of accept.split(",")) {
      const [range = "", ...parameters] = entry.split(";").map((part) => part.trim().toLowerCase());
      const quality = parameters.find((parameter) => parameter.startsWith("q="));
      if (quality !== undefined && Number(quality.slice(2)) <= 0) continue;
      if (range === "*/*" || range === "application/*") return XML_WIRE;
      const form = this.forms.find((candidate) => candidate.mediaType === range);
      if (form !== undefined) return form;
    }
    return undefined;
  }

  /** The form a request body's `Content-Type` names; an absent one is taken as XML, as EM's examples send. */
  forContentType(contentType: string | undefined): WireForm | undefined {
    if (contentType === undefined || contentType.trim() === "") return XML_WIRE;
    const mediaType = contentType.split(";")[0]!.trim().toLowerCase();
    if (mediaType === "text/xml") return XML_WIRE;
    return this.forms.find((form) => form.mediaType === mediaType);
  }

  /** The media types the mock reads and writes documents in, for error messages. */
  get mediaTypes(): string {
    return this.forms.map((form) => form.mediaType).join(" or ");
  }
}
