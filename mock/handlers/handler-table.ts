/**
 * Every operation of the table bound to its handler: reads of records and collections are made
 * from the families, edits and deletes are generic, and the rest come from the area files. A mock
 * does not start when an operation of the table has no handler.
 */
import type { HandlerTable, OperationHandler } from "../context.js";
import type { Families } from "../family.js";
import type { OperationTable } from "../operation-table.js";
import { answerQuery } from "../query-service.js";
import { ADMIN_HANDLERS } from "./admin-changes.js";
import { deleteRecord, editRecord } from "./changes.js";
import { CLOUD_HANDLERS } from "./cloud-changes.js";
import { FILE_SYSTEM_HANDLERS } from "./file-system.js";
import { INFRASTRUCTURE_HANDLERS } from "./infrastructure-changes.js";
import { JOB_ACTION_HANDLERS } from "./job-actions.js";
import { INCLUDE_HANDLERS } from "./job-includes.js";
import { LOOKUP_HANDLERS } from "./lookup.js";
import { collectionReader, itemFamily, itemReader, listedFamily } from "./read.js";
import { REPORT_HANDLERS } from "./reports.js";
import { RESTORE_HANDLERS } from "./restore-actions.js";
import { SERVICE_HANDLERS } from "./services.js";
import { SESSION_HANDLERS } from "./session.js";
import { SINGLETON_HANDLERS } from "./singletons.js";

const AREA_HANDLERS: readonly Readonly<Record<string, OperationHandler>>[] = [
  SESSION_HANDLERS,
  SERVICE_HANDLERS,
  REPORT_HANDLERS,
  LOOKUP_HANDLERS,
  SINGLETON_HANDLERS,
  FILE_SYSTEM_HANDLERS,
  JOB_ACTION_HANDLERS,
  INCLUDE_HANDLERS,
  INFRASTRUCTURE_HANDLERS,
  RESTORE_HANDLERS,
  CLOUD_HANDLERS,
  ADMIN_HANDLERS,
  { getQuery: answerQuery },
];

/** The handlers of every operation; throws naming the operations none is found for. */
export function buildHandlerTable(table: OperationTable, families: Families): HandlerTable {
  const handlers = new Map<string, OperationHandler>();
  for (const area of AREA_HANDLERS) for (const [id, handler] of Object.entries(area)) handlers.set(id, handler);
  const missing: string[] = [];
  for (const operation of table.operations) {
    if (handlers.has(operation.id)) continue;
    const generic = genericHandler(table, families, operation.id);
    if (generic === undefined) missing.push(operation.id);
    else handlers.set(operation.id, generic);
  }
  if (missing.length > 0)
    throw new Error(`the mock has no handler for ${missing.length} operations: ${missing.join(", ")}`);
  return handlers;
}

function genericHandler(table: OperationTable, families: Families, id: string): OperationHandler | undefined {
  const operation = table.operation(id);
  if (operation.method === "DELETE") return deleteRecord;
  if (operation.method === "PUT") return editRecord;
  if (operation.method !== "GET") return undefined;
  if (itemFamily(families, operation) !== undefined) return itemReader(operation);
  const listed = listedFamily(table, families, operation);
  return listed === undefined ? undefined : collectionReader(operation, listed);
}
