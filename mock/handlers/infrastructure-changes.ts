/**
 * Backup servers and what they keep: connecting, changing and removing a server, collecting its
 * data, quick backup and VeeamZIP of a VM, stored credentials and encryption passwords. Passwords
 * sent in a body are never kept or answered, as EM never returns them.
 */
import { randomUUID } from "node:crypto";
import {
  Backup,
  BackupServer,
  BackupServerSpec,
  CredentialsInfo,
  CredentialsInfoSpec,
  ObjectInJob,
  PasswordKeyInfo,
  PasswordKeyInfoSpec,
  QuickBackupStartupSpec,
  SystemSession,
  VeeamZipStartupSpec,
} from "../../generated/index.js";
import { XmlDateTime } from "../../runtime/index.js";
import { copyOf } from "../compose.js";
import type { OperationHandler } from "../context.js";
import { EmError } from "../em-error.js";
import { uidOf } from "../seed/seeder.js";
import type { StoreRecord } from "../store.js";
import { accepted, bodyOf, byUid, change, merged } from "./changes.js";
import { targetOf } from "./scope.js";

function portOf(text: string | undefined, fallback: number): number {
  if (text === undefined || text === "") return fallback;
  if (!/^\d+$/.test(text) || Number(text) > 65535)
    throw new EmError(400, `Port "${text}" is not a TCP port number (BackupServerSpec/Port)`);
  return Number(text);
}

const createBackupServer: OperationHandler = (request, state) => {
  const spec = bodyOf(request, BackupServerSpec);
  const name = spec.dnsNameOrIpAddress ?? "";
  const taken = state.store
    .all("backupServer")
    .some((record) => (record.entity as BackupServer).name?.toLowerCase() === name.toLowerCase());
  if (taken) throw new EmError(400, `the backup server ${name} is connected already`);
  const id = randomUUID();
  const server = new BackupServer({
    name,
    uid: uidOf("BackupServer", id),
    description: spec.description ?? "",
    port: portOf(spec.port, 9392),
    // EM learns the version from the server it connects to; a new one is taken to be current.
    version: "13.0.1.1071",
    wcfPort: spec.wcfPort ?? 9405,
    vbrCertificateThumbprint: spec.vbrCertificateThumbprint,
  });
  const record = state.store.add("backupServer", id, server);
  return { status: 202, headers: { Location: state.rep.hrefOf(record) } };
};

const editBackupServer: OperationHandler = (request, state) => {
  const record = targetOf(request, state) as StoreRecord<BackupServer>;
  const spec = bodyOf(request, BackupServerSpec);
  const entity = Object.assign(copyOf(record.entity), {
    name: spec.dnsNameOrIpAddress,
    description: spec.description ?? record.entity.description,
    port: portOf(spec.port, record.entity.port ?? 9392),
    wcfPort: spec.wcfPort ?? record.entity.wcfPort,
    vbrCertificateThumbprint: spec.vbrCertificateThumbprint ?? record.entity.vbrCertificateThumbprint,
  });
  return change(request, state, "", () => state.store.update(record, entity));
};

/** Collecting data from a server runs a system session of that kind. */
const collect: OperationHandler = (request, state) => {
  const server = targetOf(request, state);
  return accepted(request, state, {
    message: `Data collected from ${(server.entity as BackupServer).name}.`,
    apply: () => {
      const id = randomUUID();
      const now = state.now();
      const session = new SystemSession({
        name: `Collect Job @${now.toISOString().replace("T", " ").replace("Z", "")}`,
        uid: uidOf("SystemSession", id),
        sessionType: "CollectJob",
        creationTimeUTC: XmlDateTime.fromDate(now),
        endTimeUTC: XmlDateTime.fromDate(now),
        state: "CompletedSuccessfully",
        result: { result: "CompletedSuccessfully", message: "", isCanceled: false },
      });
      state.store.add("systemSession", id, session, { backupServer: server });
    },
  });
};

/** Quick backup runs the job that protects the VM (an incremental run; guess: EM names no other effect). */
const quickBackup: OperationHandler = (request, state) => {
  const spec = bodyOf(request, QuickBackupStartupSpec);
  const include = state.store
    .all("jobInclude")
    .find((record) => (record.entity as ObjectInJob).hierarchyObjRef === spec.vmRef);
  const job = include?.related.job as StoreRecord | undefined;
  const failure = job === undefined ? `The VM ${spec.vmRef} is in no backup job: quick backup needs one.` : undefined;
  return accepted(request, state, {
    message: "Quick backup started.",
    failure,
    apply: () => void state.runner.start(job!),
  });
};

/** VeeamZIP makes an independent full backup of the VMs in the repository given. */
const veeamZip: OperationHandler = (request, state) => {
  const server = targetOf(request, state);
  const spec = bodyOf(request, VeeamZipStartupSpec);
  const repository = byUid(state, "repository", spec.repositoryUid, "RepositoryUid");
  return accepted(request, state, {
    message: "VeeamZIP backup created.",
    apply: () => {
      const id = randomUUID();
      const name = `VeeamZIP ${spec.vmRefs?.map((ref) => ref.split(".").at(-1)).join(", ") ?? ""}`.trim();
      const backup = new Backup({ name, uid: uidOf("Backup", id), platform: "VMware", backupType: "Standard" });
      state.store.add("backup", id, backup, { backupServer: server, repository });
    },
  });
};

const createCredential: OperationHandler = (request, state) => {
  const server = targetOf(request, state);
  const spec = bodyOf(request, CredentialsInfoSpec);
  if (spec.username === undefined || spec.username === "")
    throw new EmError(400, "Username is missing in CredentialsInfoSpec");
  const id = randomUUID();
  const record = state.store.add(
    "credential",
    id,
    new CredentialsInfo({ id, username: spec.username, description: spec.description ?? "" }),
    { backupServer: server },
  );
  return { status: 201, headers: { Location: state.rep.hrefOf(record) } };
};

const editCredential: OperationHandler = (request, state) => {
  const record = targetOf(request, state);
  const body = bodyOf(request, CredentialsInfo);
  const entity = Object.assign(merged(record.entity, body), { id: record.id, password: undefined });
  return change(request, state, "", () => state.store.update(record, entity));
};

const createPassword: OperationHandler = (request, state) => {
  const server = targetOf(request, state);
  const spec = bodyOf(request, PasswordKeyInfoSpec);
  if (spec.password === undefined || spec.password === "")
    throw new EmError(400, "Password is missing in PasswordKeyInfoSpec");
  const id = randomUUID();
  const entity = new PasswordKeyInfo({
    id,
    hint: spec.hint ?? "",
    lastModificationDate: XmlDateTime.fromDate(state.now()),
  });
  const record = state.store.add("password", id, entity, { backupServer: server });
  return { status: 201, headers: { Location: state.rep.hrefOf(record) } };
};

const editPassword: OperationHandler = (request, state) => {
  const record = targetOf(request, state) as StoreRecord<PasswordKeyInfo>;
  const spec = bodyOf(request, PasswordKeyInfoSpec);
  const entity = Object.assign(copyOf(record.entity), {
    hint: spec.hint ?? record.entity.hint,
    lastModificationDate: XmlDateTime.fromDate(state.now()),
  });
  return change(request, state, "", () => state.store.update(record, entity));
};

/** The handlers of this file, by operation id. */
export const INFRASTRUCTURE_HANDLERS: Readonly<Record<string, OperationHandler>> = {
  createBackupServer,
  editBackupServer,
  collectBackupServer: collect,
  quickbackupBackupServer: quickBackup,
  veeamzipBackupServer: veeamZip,
  createBackupServerCredential: createCredential,
  editBackupServerCredential: editCredential,
  createBackupServerPassword: createPassword,
  editBackupServerPassword: editPassword,
};
