/**
 * Files and folders of a guest as EM serves them below a mount or a catalog restore point: each
 * with its own URL (the path below the mount) and links to list a folder, restore or download a
 * file. Which operations those are depends on where the guest is seen from.
 */
import { DirectoryEntry, FileEntry, Link } from "../generated/index.js";
import { XmlDateTime } from "../runtime/index.js";
import type { FileNode } from "./file-system.js";
import type { Representer } from "./representation.js";
import type { StoreRecord } from "./store.js";

/** The operations on the files of one kind of mount (or of the catalog). */
export interface FileOperations {
  readonly get: string;
  readonly listAll: string;
  readonly listDirs: string;
  readonly listFiles: string;
  readonly restore: string;
  /** The catalog offers no download. */
  readonly download?: string;
}

/** The file operations by the family whose records hold a guest file system. */
export const FILE_OPERATIONS: Readonly<Record<string, FileOperations>> = {
  vmRestorePointMount: operations("VmRestorePointMountPath", true),
  vmReplicaPointMount: operations("VmReplicaPointMountPath", true),
  agentRestorePointMount: operations("AgentsAgentRestorePointMountPath", true),
  catalogVmRestorePoint: operations("CatalogVmVmRestorePointGuestfsPath", false),
};

function operations(suffix: string, download: boolean): FileOperations {
  return {
    get: `get${suffix}`,
    listAll: `listAll${suffix}`,
    listDirs: `listDirs${suffix}`,
    listFiles: `listFiles${suffix}`,
    restore: `restore${suffix}`,
    download: download ? `download${suffix}` : undefined,
  };
}

/** Where a guest file system is seen from: its operations and the path values before the file path. */
export interface FileScope {
  readonly operations: FileOperations;
  readonly values: readonly string[];
}

/** The file scope of a mount or a catalog restore point. */
export function fileScopeOf(rep: Representer, record: StoreRecord): FileScope {
  const template = rep.urls.template(rep.familyOf(record).item);
  const values = template.segments.flatMap((segment, index) => {
    if (segment.kind !== "parameter") return [];
    const family = rep.families.atPrefix(template, index + 1);
    return [family === undefined ? record.id : (rep.families.related(record, family.name)?.id ?? record.id)];
  });
  return { operations: FILE_OPERATIONS[record.family]!, values };
}

/** A folder, linking down to its listing. */
export function directoryEntryOf(
  rep: Representer,
  scope: FileScope,
  node: Pick<FileNode, "path" | "name">,
): DirectoryEntry {
  const at = [...scope.values, node.path];
  return new DirectoryEntry({
    href: rep.urls.href(scope.operations.get, at),
    type: "DirectoryEntry",
    links: [rep.linkTo("Down", scope.operations.listAll, at, { type: "FileSystemItemsList" })],
    path: node.path,
    name: node.name,
  });
}

/** A file, linking to its restore and its download. */
export function fileEntryOf(rep: Representer, scope: FileScope, node: FileNode): FileEntry {
  const at = [...scope.values, node.path];
  const links: Link[] = [rep.linkTo("Restore", scope.operations.restore, at)];
  if (scope.operations.download !== undefined) links.push(rep.linkTo("Down", scope.operations.download, at));
  return new FileEntry({
    href: rep.urls.href(scope.operations.get, at),
    type: "FileEntry",
    links,
    path: node.path,
    name: node.name,
    size: node.size,
    owner: node.owner,
    modifiedDateUTC: XmlDateTime.fromDate(node.modified),
  });
}
