/**
 * The body source of the mock's own operation tests: reads over raw HTTPS with a session token, URLs
 * written from the mock's URL space, entities from the URLs a walk by links reached.
 */
import type { EmRoot } from "../../generated/index.js";
import type { MockEm } from "../../mock/index.js";
import type { OperationSchema } from "../../mock/operation-table.js";
import type { UrlSpace } from "../../mock/url-space.js";
import { read, send } from "./helpers.js";
import { hasEntityForm, type BodySource, type ReadInput } from "./request-bodies.js";

/** What the mock's body source reads with. */
export interface MockReads {
  readonly em: MockEm;
  readonly token: string;
  readonly urls: UrlSpace;
  /** The URL a walk by links reached for each GET operation. */
  readonly reached: ReadonlyMap<string, string>;
}

/** The body source for a request of an operation to a URL. */
export function mockBodySource(reads: MockReads, operation: OperationSchema, target: string): BodySource {
  const url = new URL(target);
  const resolution = reads.urls.resolve(operation.method, url.pathname.replace(/^\/api\/?/, ""), url.searchParams);
  const values = resolution.kind === "operation" ? resolution.values : [];
  const names = (operation.pathParameters ?? []).map((parameter) => parameter.name);
  const params = Object.fromEntries(names.map((name, index) => [name, values[index]!]));
  return {
    operationId: operation.id,
    params,
    read: (operationId, input) => readOperation(reads, operationId, input),
    entityOf: (operationId) => entityOf(reads, operationId),
  };
}

async function readOperation(reads: MockReads, operationId: string, input: ReadInput = {}): Promise<EmRoot> {
  const names = (reads.urls.template(operationId).segments ?? []).flatMap((segment) =>
    segment.kind === "parameter" ? [segment.name] : [],
  );
  const values = names.map((name) => input.params?.[name] ?? "");
  const query = { ...input.query, ...(input.format === undefined ? {} : { format: input.format }) };
  const response = await send(reads.em, "GET", reads.urls.href(operationId, values, query), { token: reads.token });
  return read(response.body);
}

/** The entity the walk's URL of a GET operation names (its entity form where it has one). */
async function entityOf(reads: MockReads, operationId: string): Promise<EmRoot> {
  const href = reads.reached.get(operationId);
  if (href === undefined) throw new Error(`the walk reached no ${operationId}`);
  const url = new URL(href);
  url.searchParams.delete("format");
  if (hasEntityForm(operationId)) url.searchParams.set("format", "Entity");
  const response = await send(reads.em, "GET", url.href, { token: reads.token });
  return read(response.body);
}
