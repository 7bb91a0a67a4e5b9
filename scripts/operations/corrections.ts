/**
 * Where reading the pages mechanically gives the wrong answer, the right one, by page, each with
 * the reason. Every entry was checked by hand against the page (and against the other pages, the
 * XSD or the type schemas where the page itself is wrong).
 */
import type { ResponseSchema } from "../../generator/operation-types.js";
import type { TitleCorrection } from "./drafts.js";
import type { LinkCorrection } from "./links.js";
import type { QueryTypeCorrection } from "./query-types.js";

/** What the answers of a page's operation are, where the pages do not show it. */
export interface AnswerCorrection {
  /** All the answers, where the reading cannot give them. */
  readonly responses?: readonly ResponseSchema[];
  readonly status?: number;
  readonly root?: string;
  readonly entity?: string;
  readonly referenceType?: string;
  readonly reason: string;
}

/** Titles that name the wrong path or leave out the action. */
export const TITLE_CORRECTIONS: Readonly<Record<string, TitleCorrection>> = {
  "delete_task_id.md": {
    path: "/tasks/{ID}",
    reason: "the title says /task/{ID}; the HTTP Request line, the example and the task's Delete link use /tasks/{ID}",
  },
};

/** Ids the naming rule gets wrong. */
export const ID_RENAMES: Readonly<Record<string, { id: string; reason: string }>> = {
  "post_sessionmngr.md": {
    id: "createLogonSession",
    reason:
      "logon creates a logon session (answers LogonSession, deleted by deleteLogonSession); the path names the session manager",
  },
  "post_security_accounts_id.md": {
    id: "toggleRestoreScopesEnabledSecurityAccount",
    reason:
      "a POST to the account itself does not create one: it toggles the account's all-VMs restore scope, the link EM names ToggleRestoreScopesEnabled",
  },
};

/** What a path in a browsed file system answers: a file its entry, a folder the listing of its content. */
const ENTRY_OR_LISTING: AnswerCorrection = {
  responses: [
    { status: 200, element: "FileSystemEntry" },
    { status: 200, element: "FileSystemEntries" },
  ],
  reason:
    "the pages show a path answering a FileSystemEntry (the replica's file, the catalog's root) and a folder answering FileSystemEntries (with an Href of its listAll page)",
};

/** Answers the pages do not show, or show wrongly. */
export const ANSWER_CORRECTIONS: Readonly<Record<string, AnswerCorrection>> = {
  "get_vmrestorepoints_id_mountpoints_id_filepath.md": ENTRY_OR_LISTING,
  "get_vmreplicapoints_id_mountpoints_id_filepath.md": ENTRY_OR_LISTING,
  "get_agents_agentrestorepoints_id_mounts_id_filepath.md": ENTRY_OR_LISTING,
  "get_catalog_vms_vmname_vmrestorepoints_id_guestfs_filepath.md": ENTRY_OR_LISTING,
  "get_agents_jobs_id_includes.md": {
    root: "ObjectsInAgentBackupJob",
    reason:
      "every XML on the page is cut before its root; the includes of VM and file share jobs answer their plain list (ObjectsInJob, NASObjects), and the schemas declare ObjectsInAgentBackupJob for these",
  },
  "get_agents_jobs_id_includes_id.md": {
    root: "ObjectInAgentBackupJob",
    reason:
      "the page's XML is cut before its root (its example even asks /jobs/); one include of a VM or file share job is its plain entity (ObjectInJob, NASObject)",
  },
  "get_backups_id_restorepoints.md": {
    root: "EntityReferences",
    entity: "RestorePoints",
    referenceType: "RestorePointReference",
    reason:
      "the example is cut before its root; the other restore point collections (/backupFiles/{ID}/restorePoints, /restorePoints) answer references to restore points",
  },
  "get_backupsessions_id_tasksessions.md": {
    root: "EntityReferences",
    entity: "BackupTaskSessions",
    referenceType: "BackupTaskSessionReference",
    reason: "the example is cut before its root; like /backupTaskSessions it lists task sessions as references",
  },
  "get_backupsessions_id_agentmanagementsessions.md": {
    entity: "BackupJobSessions",
    referenceType: "BackupJobSessionReference",
    reason:
      "agent management sessions are backup job sessions (JobType AgentManagement, the BackupJobSession query type), and the page has no item page to take the entity from",
  },
  "get_backups_id_childbackups.md": {
    entity: "Backups",
    referenceType: "BackupReference",
    reason: "child backups are backups; the page has no item page to take the entity from",
  },
  "get_cloudfailoverplans_id_includes.md": {
    root: "CloudFailoveredVms",
    reason:
      "the example is cut before its root; one include (/includes/{ID}) answers CloudFailoveredVm, and the schemas declare CloudFailoveredVms as their list",
  },
  "get_replicasessions_id_replicatasksessions.md": {
    root: "EntityReferences",
    entity: "ReplicaTaskSessions",
    referenceType: "ReplicaTaskSessionReference",
    reason: "the example is cut before its root; like /replicaTaskSessions it lists task sessions as references",
  },
  "get_restorepoints_id.md": {
    root: "EntityRef",
    referenceType: "RestorePointReference",
    reason:
      "the resource page labels an EntityReferences list as the reference of one restore point; one item answers an EntityRef like every other item",
  },
  "get_security_roles.md": {
    root: "EntityReferences",
    entity: "EnterpriseRoles",
    referenceType: "EnterpriseRoleReference",
    reason: "the example is cut before its root; one role (/security/roles/{ID}) answers an EnterpriseRoleReference",
  },
  "get_systemsessions_id.md": {
    root: "EntityRef",
    entity: "SystemSession",
    referenceType: "SystemSessionReference",
    reason:
      "the reference representation on the resource page is cut before its root; the page says it answers an entity or a reference, and the entity has Type SystemSession",
  },
  "get_cdpreplica_vapps_id_vms.md": {
    root: "EntityReferences",
    entity: "VAppCdpReplicaVms",
    reason:
      "the example shows VAppCdpReplicaVms without ?format=Entity, but the resource page labels EntityReferences the reference representation and VAppCdpReplicaVms the entity one",
  },
  "post_backupservers_id_passwords.md": {
    status: 201,
    reason:
      "the Response Codes section says 202 (ACCEPTED) with no body; the example and the twin credentials operation answer 201 Created with no body",
  },
  "post_security_accounts_id_scopes.md": {
    status: 201,
    reason:
      "the Response Codes section says 202 Accepted with no body; the example and the twin roles operation answer 201 Created",
  },
  "put_publicipaddresses_id.md": {
    status: 202,
    root: "Task",
    reason:
      "the Response Codes section says 204 with no body; the example answers 202 with a Task, as every other cloud resource edit does",
  },
  "put_selfservice_vsphere_configs_id.md": {
    root: "Task",
    reason: "the page says 202 Accepted with no body; its example answers a Task, as every other 202 edit does",
  },
  "post_cdpreplicavapp_id_actionintervals.md": {
    root: "CdpReplicaIntervals",
    reason: "the example's body is cut before its root; the twin VM operation answers CdpReplicaIntervals",
  },
};

const VSPHERE_LINKS_REASON =
  "the vSphere configuration's Links table is the Cloud Director one's; the configuration's XML on its resource page links /selfService/vSphere/Configs";

/** Links tables rows that lead elsewhere than they say, by `page relationship reference`. */
export const LINK_CORRECTIONS: Readonly<Record<string, LinkCorrection>> = {
  "get_vmrestorepoints_id_mountpoints_id_filepath.md Restore /vmRestorePoints/{ID}/mounts/{ID}/{filepath}?action=listAll":
    {
      operation: "restoreVmRestorePointMountPath",
      href: "/vmRestorePoints/{ID}/mounts/{ID}/{filepath}?action=restore",
      reason:
        "the row of a VM restore point's file gives a listAll URL and describes the VM replica's restore; the restore of this file is the VM restore point's",
    },
  "get_cloudreplicas_id.md Down /cloud/replicas/vmReplicaPoints": {
    operation: "getCloudReplicaVmReplicaPoints",
    href: "/cloud/replicas/{ID}/vmReplicaPoints",
    reason:
      "the row leaves out the replica's {ID}, which makes it read as a replica named vmReplicaPoints; its description names the replica's points",
  },
  "get_selfservice_vsphere_configs_id.md Alternate /vCloud/orgConfigs/{ID}": {
    operation: "getSelfServiceVSphereConfig",
    href: "/selfService/vSphere/Configs/{ID}",
    reason: VSPHERE_LINKS_REASON,
  },
  "get_selfservice_vsphere_configs_id.md Edit /vCloud/orgConfigs/{ID}": {
    operation: "editSelfServiceVSphereConfig",
    href: "/selfService/vSphere/Configs/{ID}",
    reason: VSPHERE_LINKS_REASON,
  },
  "get_selfservice_vsphere_configs_id.md Delete /vCloud/orgConfigs/{ID}": {
    operation: "deleteSelfServiceVSphereConfig",
    href: "/selfService/vSphere/Configs/{ID}",
    reason: VSPHERE_LINKS_REASON,
  },
  "get_selfservice_vsphere_configs_id.md Down /vCloud/orgConfigs/{ID}/backupJobSettings": {
    operation: "getSelfServiceVSphereConfigBackupJobSettings",
    href: "/selfService/vSphere/Configs/{ID}/backupJobSettings",
    reason: VSPHERE_LINKS_REASON,
  },
  "get_jobs_id.md Down /jobs/{ID}/backupSessions": {
    operation: "getBackupSessions",
    reason:
      "the row's description names the job's includes, but the link lists the job's backup sessions, served like /backupSessions",
  },
};

/** Query types whose entity elements the pages do not lead to, by page. */
export const QUERY_TYPE_CORRECTIONS: Readonly<Record<string, QueryTypeCorrection>> = {};
