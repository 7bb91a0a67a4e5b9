/**
 * What jobs and CDP policies process: adding a VM (a `CreateObjectInJobSpec` naming an object of
 * the virtual infrastructure) and linking jobs or repositories to a backup copy job. The change
 * happens when the task has done its work.
 */
import { randomUUID } from "node:crypto";
import {
  CreateObjectInJobSpec,
  LinkedBackupRepositoryObject,
  LinkedJobObject,
  ObjectInJob,
  type HierarchyItem,
} from "../../generated/index.js";
import { Registry, type BoundClass, type XmlObject } from "../../runtime/index.js";
import { CodecError, XmlReadError } from "../../runtime/errors.js";
import type { MockState, OperationHandler, OperationRequest } from "../context.js";
import { EmError } from "../em-error.js";
import { guestProcessing } from "../seed/guest-processing.js";
import { INVENTORY_OBJECTS } from "../seed/inventory.js";
import { relatedList, type StoreRecord } from "../store.js";
import { accepted, bodyOf, byUid } from "./changes.js";
import { targetOf } from "./scope.js";

/** Adds an object of the virtual infrastructure to a job or policy, as an include of `family`. */
function addInclude(family: string): OperationHandler {
  return (request, state) => {
    const owner = targetOf(request, state);
    const spec = bodyOf(request, CreateObjectInJobSpec);
    const known = state.store
      .all(INVENTORY_OBJECTS)
      .some((record) => (record.entity as HierarchyItem).objectRef === spec.hierarchyObjRef);
    return accepted(request, state, {
      message: `${spec.hierarchyObjName} added.`,
      apply: () => {
        // EM checks the object with the backup server; an unknown reference fails the task (guess at the message).
        if (!known) return `The object ${spec.hierarchyObjRef} was not found in the virtual infrastructure.`;
        const includes = state.store
          .all(family)
          .filter((include) => relatedList(include, owner.family).includes(owner));
        if (includes.some((include) => (include.entity as ObjectInJob).hierarchyObjRef === spec.hierarchyObjRef))
          return `The object ${spec.hierarchyObjName} is already in the job.`;
        const id = randomUUID();
        const entity = new ObjectInJob({
          objectInJobId: id,
          hierarchyObjRef: spec.hierarchyObjRef,
          name: spec.hierarchyObjName,
          displayName: spec.hierarchyObjName,
          order: spec.order ?? includes.length,
          guestProcessingOptions: spec.guestProcessingOptions ?? guestProcessing(),
        });
        state.store.add(family, id, entity, { [owner.family]: owner });
      },
    });
  };
}

/**
 * The pages show the bodies of linking a job or a repository without their root element; the mock
 * reads the element the collection lists (`LinkedJobObject`, `LinkedBackupRepository`), strictly.
 */
const LINKED_BODIES = new Registry([
  { element: "LinkedJobObject", type: () => LinkedJobObject, linkTypes: [] },
  { element: "LinkedBackupRepository", type: () => LinkedBackupRepositoryObject, linkTypes: [] },
]);

function linkedBody<T extends XmlObject>(request: OperationRequest, element: string, type: BoundClass<T>): T {
  if (request.rawBody.toString("utf8").trim() === "")
    throw new EmError(400, `the request body is missing: send a ${element} element`);
  try {
    return request.bodyForm.read(request.rawBody, type, LINKED_BODIES);
  } catch (error) {
    if (error instanceof XmlReadError || error instanceof CodecError)
      throw new EmError(400, `the request body is not a valid ${element}: ${error.message}`);
    throw error;
  }
}

const linkJob: OperationHandler = (request, state) => {
  const copyJob = targetOf(request, state);
  const body = linkedBody(request, "LinkedJobObject", LinkedJobObject);
  const source = byUid(state, "job", body.linkedJobUid, "LinkedJobUid");
  return linkRecord(
    request,
    state,
    copyJob,
    "linkedJob",
    source,
    (id) => new LinkedJobObject({ objectInJobId: id, linkedJobUid: (source.entity as { uid?: string }).uid }),
  );
};

const linkRepository: OperationHandler = (request, state) => {
  const copyJob = targetOf(request, state);
  const body = linkedBody(request, "LinkedBackupRepository", LinkedBackupRepositoryObject);
  const repository = byUid(state, "repository", body.linkedBackupRepositoryUid, "LinkedBackupRepositoryUid");
  return linkRecord(
    request,
    state,
    copyJob,
    "linkedRepository",
    repository,
    (id) =>
      new LinkedBackupRepositoryObject({
        objectInJobId: id,
        linkedBackupRepositoryUid: (repository.entity as { uid?: string }).uid,
      }),
  );
};

function linkRecord(
  request: OperationRequest,
  state: MockState,
  copyJob: StoreRecord,
  family: string,
  target: StoreRecord,
  make: (id: string) => XmlObject,
) {
  const jobType = (copyJob.entity as { jobType?: string }).jobType;
  if (jobType !== "BackupCopy" && jobType !== "ImmediateBackupCopy")
    throw new EmError(
      400,
      `only a backup copy job links jobs and repositories; ${(copyJob.entity as { name?: string }).name} is a ${jobType} job`,
    );
  const key = family === "linkedJob" ? "linkedTo" : "repository";
  return accepted(request, state, {
    message: "Ok",
    apply: () => {
      const linked = state.store.all(family).filter((record) => relatedList(record, "job").includes(copyJob));
      if (linked.some((record) => relatedList(record, key).includes(target)))
        return `${(target.entity as { name?: string }).name} is linked already.`;
      const id = randomUUID();
      state.store.add(family, id, make(id), { job: copyJob, [key]: target });
    },
  });
}

/** The handlers of this file, by operation id. */
export const INCLUDE_HANDLERS: Readonly<Record<string, OperationHandler>> = {
  createJobInclude: addInclude("jobInclude"),
  createCdpPolicyInclude: addInclude("cdpPolicyInclude"),
  createJobLinkedJob: linkJob,
  createJobLinkedBackupRepository: linkRepository,
};
