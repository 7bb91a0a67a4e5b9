/** Writing replies: EM documents as XML with the headers EM sends, and content negotiation. */
import type { ServerResponse } from "node:http";
import { serialize } from "../generated/index.js";
import type { XmlObject } from "../runtime/index.js";
import { errorDocument, type EmError } from "./em-error.js";
import type { Reply } from "./router.js";

const XML_CONTENT_TYPE = "application/xml; charset=utf-8";

/**
 * Whether a client's `Accept` header lets the mock answer XML. EM itself also answers JSON to
 * `Accept: application/json`; the mock speaks XML only, so such a client gets 406. Wildcards
 * (`*\/*`, `application/*`, as curl sends) and an absent header are taken as XML.
 */
export function acceptsXml(accept: string | undefined): boolean {
  if (accept === undefined || accept.trim() === "") return true;
  return accept.split(",").some((entry) => {
    const [range = "", ...parameters] = entry.split(";").map((part) => part.trim().toLowerCase());
    const quality = parameters.find((parameter) => parameter.startsWith("q="));
    if (quality !== undefined && Number(quality.slice(2)) <= 0) return false;
    return range === "application/xml" || range === "application/*" || range === "*/*";
  });
}

/** Sends a handler's reply: the document serialized by the generated bindings, or no body. */
export function sendReply(response: ServerResponse, reply: Reply): void {
  const headers: Record<string, string | readonly string[]> = { ...reply.headers };
  if (reply.body === undefined) {
    response.writeHead(reply.status, headers as Record<string, string | string[]>);
    response.end();
    return;
  }
  const body = Buffer.from(toXml(reply.body), "utf8");
  headers["Content-Type"] = XML_CONTENT_TYPE;
  headers["Content-Length"] = String(body.length);
  response.writeHead(reply.status, headers as Record<string, string | string[]>);
  response.end(body);
}

/**
 * Serializes in chunks: written as one growing string, the writer's `<a />` rewrite copies the
 * whole output for every empty element, which takes seconds for thousands of sessions.
 */
function toXml(document: XmlObject): string {
  const chunks: string[] = [];
  chunks.push(serialize(document, { declaration: true, chunkSize: 16_384, onChunk: (chunk) => chunks.push(chunk) }));
  // The final remainder is returned rather than handed to onChunk, so it is pushed last.
  return chunks.join("");
}

/** Sends an EM `Error` document for a failure. */
export function sendError(response: ServerResponse, error: EmError): void {
  sendReply(response, {
    status: error.statusCode,
    body: errorDocument(error.statusCode, error.message),
    headers: error.headers,
  });
}
