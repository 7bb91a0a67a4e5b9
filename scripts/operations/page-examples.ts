/**
 * The examples of the reference pages: a box whose text runs `Request: METHOD URL  Request Header:
 * ...  Request Body: ...  Response: STATUS  Response Body: ...`, all on one line.
 */
import { boxCells, unescapeMarkdown, type EmPage } from "./em-pages.js";

/** One example request and its documented answer. */
export interface PageExample {
  readonly page: string;
  /** One-based line of the example on its page. */
  readonly line: number;
  readonly method: string;
  /** The URL as written, markdown escapes undone (`processed_vms`). */
  readonly url: string;
  /** The request body as written, when the example shows one (not "None"). */
  readonly requestBody: string | undefined;
  /** The status line as written, such as `202 Accepted`. */
  readonly status: string | undefined;
  /** The response body as written, when the example shows one (not "None"). */
  readonly responseBody: string | undefined;
}

/** The labels of an example's parts, in the order they appear. */
const PARTS = /\s{2,}(Request Headers?|Request Body|Response Headers?|Response Body|Response):\s*/g;

/** Every example of a page, in page order. */
export function pageExamples(page: EmPage): PageExample[] {
  const examples: PageExample[] = [];
  for (const cell of boxCells(page)) {
    const request = /^Request:\s+([A-Z]+)\s+(\S+)/.exec(cell.text);
    if (request === null) continue;
    const parts = splitParts(cell.text);
    examples.push({
      page: page.file,
      line: cell.line + 1,
      method: request[1]!,
      url: unescapeMarkdown(request[2]!),
      requestBody: bodyOf(parts.get("Request Body")),
      status: parts.get("Response")?.trim() || undefined,
      responseBody: bodyOf(parts.get("Response Body")),
    });
  }
  return examples;
}

function splitParts(text: string): Map<string, string> {
  const parts = new Map<string, string>();
  const matches = [...text.matchAll(PARTS)];
  matches.forEach((match, index) => {
    const end = matches[index + 1]?.index ?? text.length;
    parts.set(match[1]!, text.slice(match.index! + match[0].length, end));
  });
  return parts;
}

function bodyOf(text: string | undefined): string | undefined {
  const body = text?.trim();
  return body === undefined || body === "" || body === "None" ? undefined : body;
}

/** The name of the root element of an XML body, or undefined when the body shows none. */
export function rootElementOf(body: string | undefined): string | undefined {
  if (body === undefined) return undefined;
  return /^(?:<\?xml[^>]*\?>\s*)?<([A-Za-z_][\w.-]*)/.exec(body)?.[1];
}

/** The value of an attribute of the root element of an XML body. */
export function rootAttributeOf(body: string | undefined, attribute: string): string | undefined {
  const tag = /^(?:<\?xml[^>]*\?>\s*)?(<[A-Za-z_][^>]*>)/.exec(body ?? "")?.[1];
  return tag === undefined ? undefined : new RegExp(`\\s${attribute}="([^"]*)"`).exec(tag)?.[1];
}
