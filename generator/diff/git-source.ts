/** Reads a folder or a file of a git revision (`HEAD~3:schemas`) with git itself, never touching the work tree. */
import { execFileSync } from "node:child_process";
import type { SchemaText } from "../load/schema-folder.js";
import { SchemaSourceError } from "../source-error.js";

/** What a revision path names: a folder's files and the names of its subfolders, or one file. */
export type GitObject =
  | { readonly kind: "tree"; readonly files: readonly SchemaText[]; readonly folders: readonly string[] }
  | { readonly kind: "blob"; readonly text: string };

/** Reads `revision:path` in the repository around `cwd`; a folder gives its files whose names pass `wanted`. */
export function readGitObject(spec: string, cwd: string, wanted: (name: string) => boolean): GitObject {
  const type = git(["cat-file", "-t", spec], cwd, spec).trim();
  if (type === "blob") return { kind: "blob", text: git(["cat-file", "blob", spec], cwd, spec) };
  if (type !== "tree") throw new SchemaSourceError(`git revision "${spec}" is a ${type}, not a folder or a file`);
  const files: SchemaText[] = [];
  const folders: string[] = [];
  for (const entry of git(["ls-tree", "-z", spec], cwd, spec).split("\0")) {
    // `<mode> SP <type> SP <object> TAB <name>`
    const match = /^\d+ (blob|tree) ([0-9a-f]+)\t(.+)$/s.exec(entry);
    if (match === null) continue;
    const [, type, object, name] = match as unknown as [string, string, string, string];
    if (type === "tree") folders.push(name);
    else if (wanted(name)) files.push({ file: name, text: git(["cat-file", "blob", object], cwd, spec) });
  }
  return { kind: "tree", files, folders };
}

function git(args: readonly string[], cwd: string, spec: string): string {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: "pipe" });
  } catch (error) {
    const { stderr, code } = error as { stderr?: string; code?: string };
    const reason =
      code === "ENOENT"
        ? "git is not installed"
        : (stderr ?? "")
            .trim()
            .split("\n")[0]
            ?.replace(/^fatal: /, "") || (error as Error).message;
    throw new SchemaSourceError(`git revision "${spec}" cannot be read in ${cwd}: ${reason}`);
  }
}
