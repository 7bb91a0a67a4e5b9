/**
 * Browsing a guest file system: below a mounted restore point (VM, agent, replica) or a catalog
 * restore point. A path answers its file, or its folder's listing; the list actions page through
 * a folder (all entries, folders only, files only); a file can be downloaded or restored.
 */
import {
  FileRestoreSpec,
  FileSystemEntries,
  FileSystemEntry,
  Link,
  PagingInfo,
  type VmRestorePointMount,
} from "../../generated/index.js";
import type { MockState, OperationHandler, OperationRequest } from "../context.js";
import { EmError } from "../em-error.js";
import { directoryEntryOf, fileEntryOf, fileScopeOf, FILE_OPERATIONS, type FileScope } from "../file-entries.js";
import { findNode, volumesOf, type FileNode } from "../file-system.js";
import { queryParameter } from "../query-parameters.js";
import { guestOsOf } from "../seed/inventory.js";
import type { StoreRecord } from "../store.js";
import { accepted } from "./changes.js";
import { addRestoreSession } from "./restore-actions.js";
import { scopeOf } from "./scope.js";

interface Located {
  readonly holder: StoreRecord;
  readonly scope: FileScope;
  readonly os: "Windows" | "Linux";
  readonly node: FileNode;
}

/** The holder of the file system (a mount or a catalog restore point), and the node the path names. */
function locate(request: OperationRequest, state: MockState, path?: string): Located {
  const holder = scopeOf(request, state).at(-1)!;
  const os = osOf(holder);
  const wanted = path ?? request.values.at(-1)!;
  const node = findNode(os, wanted);
  if (node === undefined) throw new EmError(404, `the path ${wanted} was not found in the guest file system`);
  return { holder, scope: fileScopeOf(state.rep, holder), os, node };
}

function osOf(holder: StoreRecord): "Windows" | "Linux" {
  if (holder.family === "catalogVmRestorePoint") return guestOsOf((holder.entity as { name?: string }).name ?? "");
  return (holder.entity as VmRestorePointMount).fsRoots?.[0]?.path?.startsWith("/") ? "Linux" : "Windows";
}

/** The links of a listing: up to the folder, its three list actions, and its restore. */
function listingLinks(state: MockState, scope: FileScope, path: string): Link[] {
  const at = [...scope.values, path];
  const operations = scope.operations;
  return [
    state.rep.linkTo("Up", operations.get, at, { type: "DirectoryEntry" }),
    state.rep.linkTo("Down", operations.listAll, at, { type: "FileSystemItemsList" }),
    state.rep.linkTo("Down", operations.listDirs, at, { type: "DirectoryEntryList" }),
    state.rep.linkTo("Down", operations.listFiles, at, { type: "FileEntryList" }),
    state.rep.linkTo("Restore", operations.restore, at),
  ];
}

function listing(state: MockState, located: Located, nodes: readonly FileNode[], href: string, paging?: PagingInfo) {
  return new FileSystemEntries({
    href,
    type: "FileSystemItemsList",
    links: listingLinks(state, located.scope, located.node.path),
    files: nodes.filter((node) => !node.folder).map((node) => fileEntryOf(state.rep, located.scope, node)),
    directories: nodes.filter((node) => node.folder).map((node) => directoryEntryOf(state.rep, located.scope, node)),
    pagingInfo: paging,
  });
}

/** GET of a path: the file's entry, or the folder's listing. */
const getPath: OperationHandler = (request, state) => {
  const located = locate(request, state);
  const href = state.urls.href(request.operation.id, request.values);
  if (located.node.folder) return { status: 200, body: listing(state, located, located.node.children, href) };
  return {
    status: 200,
    body: new FileSystemEntry({
      href,
      type: "FileEntry",
      links: [],
      fileEntry: fileEntryOf(state.rep, located.scope, located.node),
    }),
  };
};

/** GET of the catalog's guest file system: its first volume. */
const getGuestRoot: OperationHandler = (request, state) => {
  const holder = scopeOf(request, state).at(-1)!;
  const scope = fileScopeOf(state.rep, holder);
  const root = volumesOf(osOf(holder))[0]!;
  const links = volumesOf(osOf(holder)).map((volume) =>
    state.rep.linkTo("Down", scope.operations.get, [...scope.values, volume.path], {
      type: "DirectoryEntry",
      name: volume.name,
    }),
  );
  return {
    status: 200,
    body: new FileSystemEntry({
      href: state.urls.href(request.operation.id, request.values),
      type: "DirectoryEntry",
      links,
      directoryEntry: directoryEntryOf(state.rep, scope, root),
    }),
  };
};

/** A list action: the folder's entries of a kind, a page at a time. */
function lister(keep: (node: FileNode) => boolean): OperationHandler {
  return (request, state) => {
    const located = locate(request, state);
    if (!located.node.folder)
      throw new EmError(400, `the path ${located.node.path} is a file; only folders are listed`);
    const nodes = located.node.children.filter(keep);
    const pageSize = positive(request.search, "pageSize") ?? Math.max(nodes.length, 1);
    const pagesCount = Math.max(1, Math.ceil(nodes.length / pageSize));
    const page = Math.min(positive(request.search, "page") ?? 1, pagesCount);
    const query = (number: number) => ({ pageSize: String(pageSize), page: String(number) });
    const pageLink = (rel: string, number: number) =>
      state.rep.linkTo(rel, request.operation.id, request.values, { query: query(number) });
    const links = [
      pageLink("First", 1),
      ...(page > 1 ? [pageLink("Previous", page - 1)] : []),
      ...(page < pagesCount ? [pageLink("Next", page + 1)] : []),
      pageLink("Last", pagesCount),
    ];
    const paging = new PagingInfo({ pageNum: page, pageSize, pagesCount, links });
    const href = state.urls.href(request.operation.id, request.values, query(page));
    return {
      status: 200,
      body: listing(state, located, nodes.slice((page - 1) * pageSize, page * pageSize), href, paging),
    };
  };
}

function positive(search: URLSearchParams, name: string): number | undefined {
  const text = queryParameter(search, name);
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) < 1)
    throw new EmError(400, `The ${name} parameter must be an integer greater than 0, not "${text}"`);
  return Number(text);
}

/** A file's content; the mock's files hold a line naming them. */
const download: OperationHandler = (request, state) => {
  const located = locate(request, state);
  if (located.node.folder) throw new EmError(400, `the path ${located.node.path} is a folder; only files download`);
  return {
    status: 200,
    file: { mediaType: "application/octet-stream", data: Buffer.from(`Contents of ${located.node.path}\n`, "utf8") },
  };
};

/** Restoring a file or folder runs a file-level restore session. */
const restore: OperationHandler = (request, state) => {
  const located = locate(request, state);
  if (request.operation.body !== undefined) {
    const spec = request.body as FileRestoreSpec | undefined;
    if (spec?.toOriginalLocation === undefined && spec?.forDirectDownload === undefined)
      throw new EmError(400, "the FileRestoreSpec needs ToOriginalLocation or ForDirectDownload");
  }
  return accepted(request, state, {
    message: `${located.node.path} restored.`,
    apply: () => addRestoreSession(state, "FileLevelRestore", pointOf(state, located)),
  });
};

/** The restore point a guest file system is seen in: the mount's point, or the catalog's VM restore point. */
function pointOf(state: MockState, located: Located): StoreRecord {
  const families = state.families;
  return (
    families.related(located.holder, "vmRestorePoint") ??
    families.related(located.holder, "vmReplicaPoint") ??
    located.holder
  );
}

/** The handlers of this file, by operation id. */
export const FILE_SYSTEM_HANDLERS: Readonly<Record<string, OperationHandler>> = {
  getCatalogVmVmRestorePointGuestfs: getGuestRoot,
  ...Object.fromEntries(
    Object.values(FILE_OPERATIONS).flatMap((operations) => [
      [operations.get, getPath],
      [operations.listAll, lister(() => true)],
      [operations.listDirs, lister((node) => node.folder)],
      [operations.listFiles, lister((node) => !node.folder)],
      [operations.restore, restore],
      ...(operations.download === undefined ? [] : [[operations.download, download]]),
    ]),
  ),
};
