/**
 * The wire forms the mock reads and writes bodies in, chosen by `Accept` and `Content-Type`. Only
 * XML today; EM also speaks JSON, which plugs in here as a second {@link WireForm} without any
 * handler knowing.
 */
import { parse, serialize } from "../generated/index.js";
import type { BoundClass, Registry, XmlObject } from "../runtime/index.js";

/** One way of writing and reading EM documents. */
export interface WireForm {
  /** The media type it answers with and reads (`application/xml`). */
  readonly mediaType: string;
  /** The `Content-Type` header of a body written in it. */
  readonly contentType: string;
  /** Writes a document; `root` names the root element where the class is the type of several. */
  write(document: XmlObject, root?: string): Buffer;
  /**
   * Reads a request body strictly: unknown content, missing required items or another root are
   * errors. `registry` names the root elements when they are not the EM namespace's own.
   */
  read<T extends XmlObject>(body: Buffer, expect: BoundClass<T>, registry?: Registry): T;
}

/** EM's XML, written by the generated bindings. */
export const XML_WIRE: WireForm = {
  mediaType: "application/xml",
  contentType: "application/xml; charset=utf-8",
  write(document, root) {
    // Written in chunks: as one growing string the writer's `<a />` rewrite copies the whole
    // output for every empty element, which takes seconds for thousands of entities.
    const chunks: string[] = [];
    const rest = serialize(document, {
      declaration: true,
      root,
      chunkSize: 16_384,
      onChunk: (chunk) => chunks.push(chunk),
    });
    chunks.push(rest);
    return Buffer.from(chunks.join(""), "utf8");
  },
  read: (body, expect, registry) =>
    registry === undefined
      ? parse(body, { strict: true, expect })
      : (registry.parse(body, { strict: true, expect }) as never),
};

const FORMS: readonly WireForm[] = [XML_WIRE];

/**
 * The form an `Accept` header asks for: the first listed range a form matches, wildcards
 * (`*\/*`, `application/*`, as curl sends) and an absent header taken as XML; undefined when the
 * mock speaks none of them (EM answers JSON to `application/json`; the mock does not yet).
 */
export function formForAccept(accept: string | undefined): WireForm | undefined {
  if (accept === undefined || accept.trim() === "") return XML_WIRE;
  for (const entry of accept.split(",")) {
    const [range = "", ...parameters] = entry.split(";").map((part) => part.trim().toLowerCase());
    const quality = parameters.find((parameter) => parameter.startsWith("q="));
    if (quality !== undefined && Number(quality.slice(2)) <= 0) continue;
    if (range === "*/*" || range === "application/*") return XML_WIRE;
    const form = FORMS.find((candidate) => candidate.mediaType === range);
    if (form !== undefined) return form;
  }
  return undefined;
}

/** The form a request body's `Content-Type` names; an absent one is taken as XML, as EM's examples send. */
export function formForContentType(contentType: string | undefined): WireForm | undefined {
  if (contentType === undefined || contentType.trim() === "") return XML_WIRE;
  const mediaType = contentType.split(";")[0]!.trim().toLowerCase();
  if (mediaType === "text/xml") return XML_WIRE;
  return FORMS.find((form) => form.mediaType === mediaType);
}
