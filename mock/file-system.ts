/**
 * The guest file system the mock shows in a mounted restore point or a catalog VM: a small fixed
 * tree, Windows (`C:`, `D:`) or Linux (`/`), with paths written as EM writes them (`C:/Users`).
 */

/** A file or folder. */
export interface FileNode {
  readonly name: string;
  /** The full path, `C:/Users/Administrator` or `/etc/hosts`. */
  readonly path: string;
  readonly folder: boolean;
  readonly size: number;
  readonly owner: string;
  readonly modified: Date;
  readonly children: readonly FileNode[];
}

type Tree = { readonly [name: string]: Tree | number };

const WINDOWS: Tree = {
  "C:": {
    Users: {
      Administrator: {
        Documents: { "report-2026.docx": 16_896_000, "budget.xlsx": 412_672 },
        Desktop: { "notes.txt": 2_048 },
      },
    },
    Windows: { System32: { drivers: { etc: { hosts: 824 } } }, "win.ini": 92 },
    inetpub: { wwwroot: { "index.html": 7_034 } },
    bootmgr: 413_738,
  },
  "D:": { Data: { Finance: { "invoices-q3.pdf": 3_321_856 }, Projects: { "plan.docx": 48_128 } } },
};

const LINUX: Tree = {
  "/": {
    etc: { hosts: 221, fstab: 612, "nginx.conf": 2_655 },
    home: { admin: { "notes.txt": 1_024, ".bashrc": 3_771 } },
    var: { log: { syslog: 1_048_576, "nginx-access.log": 524_288 } },
    vmlinuz: 11_534_336,
  },
};

const MODIFIED = new Date(Date.UTC(2026, 10, 14, 17, 13, 36));

function build(name: string, path: string, tree: Tree | number, owner: string): FileNode {
  if (typeof tree === "number")
    return { name, path, folder: false, size: tree, owner, modified: MODIFIED, children: [] };
  const join = (child: string) => (path.endsWith("/") ? `${path}${child}` : `${path}/${child}`);
  const children = Object.entries(tree).map(([child, sub]) => build(child, join(child), sub, owner));
  return { name, path, folder: true, size: 0, owner, modified: MODIFIED, children };
}

const VOLUMES = {
  Windows: Object.entries(WINDOWS).map(([name, tree]) => build(name, name, tree, "Administrators")),
  Linux: Object.entries(LINUX).map(([name, tree]) => build(name, name, tree, "root")),
};

/** The volumes of a guest. */
export function volumesOf(os: "Windows" | "Linux"): readonly FileNode[] {
  return VOLUMES[os];
}

/** The node at a path (`C:/Users`, `C:\Users`, `/etc/hosts`; letter case ignored on Windows), if there is one. */
export function findNode(os: "Windows" | "Linux", path: string): FileNode | undefined {
  const normal =
    os === "Windows" ? path.replaceAll("\\", "/").replace(/\/+$/, "").toLowerCase() : path.replace(/(.)\/+$/, "$1");
  const search = (nodes: readonly FileNode[]): FileNode | undefined => {
    for (const node of nodes) {
      const candidate = os === "Windows" ? node.path.toLowerCase() : node.path;
      if (candidate === normal) return node;
      if (node.folder && (normal.startsWith(`${candidate}/`) || candidate === "/")) {
        const found = search(node.children);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  };
  return search(VOLUMES[os]);
}
