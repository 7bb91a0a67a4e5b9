/**
 * Every query type of the table, field by field: each field reads a value from the records, each
 * filterable field filters by a value of a record (written as the filter language writes it), each
 * sortable field sorts in its order; and over HTTP every type answers references, entities and
 * pages with their links.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { QueryResult } from "../../generated/index.js";
import { XmlDateTime } from "../../index.js";
import type { MockState } from "../../mock/context.js";
import { Families } from "../../mock/family.js";
import { FAMILIES } from "../../mock/families-catalog.js";
import { matchRecords } from "../../mock/query-engine.js";
import type { FieldValue, QueryField } from "../../mock/query-fields.js";
import { bindQueryTypes } from "../../mock/query-types.js";
import { loadOperationTable } from "../../mock/operation-table.js";
import { Representer } from "../../mock/representation.js";
import { buildDataset } from "../../mock/seed/dataset.js";
import { Store } from "../../mock/store.js";
import { UrlSpace } from "../../mock/url-space.js";
import { hrefOf, mockSuite, read, send } from "./helpers.js";
import { formatValue } from "../../runtime/client/filter.js";

const table = loadOperationTable();

/** The parts of a mock's state the query types read, over the seeded dataset. */
function queryState(): MockState {
  const store = new Store();
  buildDataset(store, { backupSessions: 200, users: [{ username: "admin", password: "x" }] });
  const urls = new UrlSpace(table, "https://em.invalid/api/");
  const families = new Families(FAMILIES, urls);
  return { table, urls, families, store, rep: new Representer(table, urls, families, store) } as unknown as MockState;
}

/** A value as the filter language writes it: enumerations and numbers bare, the rest quoted. */
function literal(field: QueryField, value: Exclude<FieldValue, undefined>): string {
  if (field.kind === "enumeration" || typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return formatValue(XmlDateTime.fromDate(value));
  return formatValue(value);
}

function comparable(value: FieldValue): string | number | undefined {
  if (value instanceof Date) return value.getTime();
  if (typeof value === "boolean") return value ? 1 : 0;
  return typeof value === "string" ? value.toLowerCase() : value;
}

const unit = suite("query types over the dataset");

unit("reads a value of every field of every type from some record, and filters and sorts by it", () => {
  const state = queryState();
  const session = { sessionId: "none" } as never;
  const empty: string[] = [];
  for (const type of bindQueryTypes(state).values()) {
    if (type.name === "Task") continue;
    const records = type.records(state, session);
    assert.ok(records.length > 0, `${type.name} has records`);
    for (const field of type.fields) {
      const holder = records.find((record) => field.read(record) !== undefined);
      if (holder === undefined) {
        empty.push(`${type.name}.${field.name}`);
        continue;
      }
      const value = field.read(holder)!;
      if (field.filterable) {
        const found = matchRecords(type, records, { filter: `${field.name}==${literal(field, value)}` });
        assert.ok(
          found.includes(holder),
          `${type.name}: ${field.name}==${literal(field, value)} finds the record it came from`,
        );
      }
      if (field.sortable && field.kind !== "enumeration" && field.kind !== "uid") {
        const sorted = matchRecords(type, records, { sort: { field: field.name, descending: false } }).map((record) =>
          comparable(field.read(record)),
        );
        const defined = sorted.filter((each) => each !== undefined);
        assert.equal(
          defined,
          [...defined].sort((a, b) => (a! < b! ? -1 : a! > b! ? 1 : 0)),
          `${type.name} sorted by ${field.name}`,
        );
      }
    }
  }
  assert.equal(empty, []);
});

unit.run();

const http = mockSuite("query types over HTTP", { backupSessions: 100 });

http.before(async (context) => {
  // A task of the session, so the Task type has one.
  const job = await hrefOf(context.em, context.token, "jobs", "Exchange Backup");
  assert.is(
    (await send(context.em, "POST", `${job}?action=toggleScheduleEnabled`, { token: context.token })).status,
    202,
  );
});

http(
  "answers every type as references and as entities, a page at a time with First, Next and Last links",
  async ({ em, token }) => {
    for (const queryType of table.queryTypes) {
      const all = read((await send(em, "GET", `query?type=${queryType.name}`, { token })).body, QueryResult);
      const total = all.refs?.length ?? 0;
      const entities = await send(em, "GET", `query?type=${queryType.name}&format=Entities&pageSize=1&page=1`, {
        token,
      });
      assert.is(entities.status, 200, `${queryType.name}: ${entities.body}`);
      const page = read(entities.body, QueryResult);
      assert.is(page.pagingInfo!.pagesCount, Math.max(total, 1), queryType.name);
      const rels = page.pagingInfo!.links!.map((link) => link.rel);
      assert.equal(rels, ["First", ...(total > 1 ? ["Next"] : []), "Last"], queryType.name);
    }
  },
);

http.run();
