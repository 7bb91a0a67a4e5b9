/**
 * Changing the store: the answers of changing operations (202 with a task, 201 with a Location,
 * 204), and the generic edit and delete. Whether an operation works through a task or at once
 * comes from its documented answer: a `Task` answer changes when the task has done its work.
 */
import type { BoundClass, XmlObject } from "../../runtime/index.js";
import type { MockState, OperationHandler, OperationRequest, Reply } from "../context.js";
import { EmError } from "../em-error.js";
import { copyOf } from "../compose.js";
import type { OperationSchema } from "../operation-table.js";
import type { StoreRecord } from "../store.js";
import type { TaskPlan } from "../tasks.js";
import { taskOf } from "./session.js";
import { labelOf, targetOf } from "./scope.js";
import { TASK_OPERATIONS } from "./task-operations.js";

/** Whether an operation answers a task (its change happens when the task has done its work). */
export function answersTask(operation: OperationSchema): boolean {
  return operation.responses.some((response) => response.element === "Task");
}

/** The `Operation` EM names an operation's task with. */
export function taskOperationOf(operation: OperationSchema): string {
  return TASK_OPERATIONS[operation.id] ?? `${operation.id[0]!.toUpperCase()}${operation.id.slice(1)}`;
}

/** Starts a task for the caller's logon session and answers it (202, or the documented status). */
export function accepted(
  request: OperationRequest,
  state: MockState,
  plan: Omit<TaskPlan, "operation"> & { operation?: string },
): Reply {
  const task = state.tasks.start(request.session!.sessionId, {
    operation: taskOperationOf(request.operation),
    ...plan,
  });
  const status = request.operation.responses.find((response) => response.element === "Task")?.status ?? 202;
  const href = state.urls.href("getTask", [task.id]);
  return { status, body: taskOf(state, task), headers: { Location: href } };
}

/** Runs a change through a task when the operation answers one, else at once with its documented status. */
export function change(
  request: OperationRequest,
  state: MockState,
  message: string,
  apply: () => string | void,
  location?: () => string,
): Reply {
  if (answersTask(request.operation)) return accepted(request, state, { message, apply });
  const failure = apply();
  if (typeof failure === "string") throw new EmError(400, failure);
  const status = request.operation.responses[0]?.status ?? 204;
  return { status, headers: location === undefined ? undefined : { Location: location() } };
}

/** The request body as the operation's declared class (the request handler has read it strictly). */
export function bodyOf<T extends XmlObject>(request: OperationRequest, type: BoundClass<T>): T {
  if (!(request.body instanceof type)) throw new EmError(400, `the request body must be a ${type.name}`);
  return request.body;
}

/** A record named by a UID in a body; 400 naming the element when there is none. */
export function byUid(state: MockState, family: string, uid: string | undefined, element: string): StoreRecord {
  const wanted = uid?.toLowerCase();
  const record =
    wanted === undefined
      ? undefined
      : (state.store.get(family, wanted.split(":").at(-1)!) ??
        state.store
          .all(family)
          .find((candidate) => (candidate.entity as { uid?: string }).uid?.toLowerCase() === wanted));
  if (record === undefined)
    throw new EmError(400, `${element} "${uid ?? ""}" names no ${labelOf(state, state.families.get(family))}`);
  return record;
}

/** DELETE: removes the record the path names, with everything that belongs to it. */
export const deleteRecord: OperationHandler = (request, state) => {
  const record = targetOf(request, state);
  return change(request, state, `${labelOf(state, state.families.get(record.family))} deleted.`, () =>
    state.store.remove(record),
  );
};

/** Fields a PUT never changes: the resource's identity and its links. */
const FIXED = new Set(["href", "type", "links", "uid"]);

/** A copy of an entity with every field the body gives, except the resource's identity. */
export function merged<E extends XmlObject>(stored: E, body: XmlObject): E {
  const result = copyOf(stored);
  for (const [key, value] of Object.entries(body))
    if (value !== undefined && !FIXED.has(key)) (result as Record<string, unknown>)[key] = value;
  return result;
}

/** PUT with the entity itself as the body: its fields replace the stored ones. */
export const editRecord: OperationHandler = (request, state) => {
  const record = targetOf(request, state);
  if (request.body === undefined || request.body.constructor !== record.entity.constructor)
    throw new EmError(400, `the request body must be a ${record.entity.constructor.name}`);
  const body = request.body;
  return change(request, state, `${labelOf(state, state.families.get(record.family))} updated.`, () =>
    state.store.update(record, merged(record.entity, body)),
  );
};
