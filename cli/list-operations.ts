/** `emx operations`: the operation table the client is typed from, as text or JSON. */
import { operations } from "../generated/operations.gen.js";
import { operationKey } from "../runtime/client/operation-call.js";
import type { OperationEntry } from "../runtime/client/operation-table.js";

/** One operation as `emx operations --format json` writes it. */
export interface OperationListing {
  readonly id: string;
  readonly method: string;
  /** The request as the pages write it: path below `/api`, and `?action=` where one selects it. */
  readonly request: string;
  readonly parameters: readonly string[];
  readonly query: readonly string[];
  readonly body?: { readonly element: string; readonly required: boolean };
  readonly answers: readonly { status: number; element?: string; format?: string; mediaType?: string }[];
  readonly authentication: "session" | "basic" | "none";
}

/** The operations of the table whose id or request holds `match` (any letter case), in table order. */
export function listOperations(match?: string): OperationListing[] {
  const table: Readonly<Record<string, OperationEntry>> = operations;
  const wanted = match?.toLowerCase();
  return Object.entries(table)
    .map(([id, entry]) => listing(id, entry))
    .filter((item) => wanted === undefined || `${item.id} ${item.request}`.toLowerCase().includes(wanted));
}

function listing(id: string, entry: OperationEntry): OperationListing {
  return {
    id,
    method: entry.method,
    request: operationKey(entry).slice(entry.method.length + 1),
    parameters: entry.parameters ?? [],
    query: Object.keys(entry.query ?? {}),
    ...(entry.body === undefined ? {} : { body: { element: entry.body.element, required: entry.body.required } }),
    answers: entry.answers.map(({ status, element, format, mediaType }) => ({ status, element, format, mediaType })),
    authentication: entry.authentication ?? "session",
  };
}

/** The listing as aligned lines (method, request, id, body, answers) or as JSON. */
export function formatOperations(items: readonly OperationListing[], format: "text" | "json"): string {
  if (format === "json") return `${JSON.stringify(items, null, 2)}\n`;
  const width = Math.max(0, ...items.map((item) => item.request.length));
  const lines = items.map((item) => {
    const body = item.body === undefined ? "" : ` body ${item.body.element}${item.body.required ? "" : "?"}`;
    const answers = item.answers
      .map((answer) => {
        const what = answer.element ?? answer.mediaType;
        return `${answer.status}${what === undefined ? "" : ` ${what}`}${answer.format === undefined ? "" : ` (format=${answer.format})`}`;
      })
      .join(", ");
    return `${item.method.padEnd(6)} ${item.request.padEnd(width)}  ${item.id}${body} -> ${answers}`;
  });
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
