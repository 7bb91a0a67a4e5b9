/**
 * Lists the hand-written units that outgrow the house limits: functions, methods, accessors and
 * arrow functions over 60 lines, and files over 600 lines. Generated code and build output are not
 * read. Exits 1 when anything is listed, so it can run as a check.
 *
 *   npx tsx scripts/long-units.ts [--json]
 */
import ts from "typescript";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The most lines a function may span, from its first token to its closing brace. */
export const MAX_FUNCTION_LINES = 60;
/** The most lines a hand-written file may hold. */
export const MAX_FILE_LINES = 600;

/** Folders never read: dependencies, build output, generated code, version control. */
const SKIPPED_FOLDERS = new Set(["node_modules", "dist", "build", "generated", ".git"]);
const SOURCE_FILE = /\.(ts|mts|cts|js|mjs|cjs)$/;

/** Files exempt from both limits, with the reason. */
const EXEMPT_FILES = new Map([
  ["runtime/xml/tokenizer.ts", "the scanning loops are kept whole for speed; measured by bench/"],
]);

/** One unit over its limit. */
export interface LongUnit {
  file: string;
  /** The function's name, or `(file)` for a whole file. */
  name: string;
  line: number;
  lines: number;
}

/** Every hand-written source file under `root`, relative to it, in a stable order. */
export function sourceFiles(root: string, folder = ""): string[] {
  const files: string[] = [];
  const entries = readdirSync(join(root, folder), { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = folder === "" ? entry.name : `${folder}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) files.push(...sourceFiles(root, path));
    } else if (SOURCE_FILE.test(entry.name) && !entry.name.endsWith(".d.ts")) {
      files.push(path);
    }
  }
  return files;
}

type FunctionNode = ts.FunctionLikeDeclaration;

function isFunctionNode(node: ts.Node): node is FunctionNode {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node)
  );
}

/** A readable name: the declared one, else the variable, property or call the function is given to. */
function functionName(node: FunctionNode, source: ts.SourceFile): string {
  if (node.name) return node.name.getText(source);
  if (ts.isConstructorDeclaration(node)) return "constructor";
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) {
    return parent.name.getText(source);
  }
  if (ts.isCallExpression(parent)) {
    const label = parent.arguments.find((argument) => ts.isStringLiteralLike(argument));
    const callee = parent.expression.getText(source);
    return label ? `${callee}(${JSON.stringify((label as ts.StringLiteralLike).text)})` : `${callee}(…)`;
  }
  return "(anonymous)";
}

/** The long functions and, when too long itself, the file, of one source text. */
export function longUnitsOf(file: string, text: string): LongUnit[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: LongUnit[] = [];
  const lineOf = (position: number) => source.getLineAndCharacterOfPosition(position).line + 1;
  const visit = (node: ts.Node): void => {
    if (isFunctionNode(node) && node.body) {
      const first = lineOf(node.getStart(source));
      const lines = lineOf(node.getEnd()) - first + 1;
      if (lines > MAX_FUNCTION_LINES) found.push({ file, name: functionName(node, source), line: first, lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const fileLines = text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
  if (fileLines > MAX_FILE_LINES) {
    found.unshift({ file, name: "(file)", line: 1, lines: fileLines });
  }
  return found;
}

/** Every unit over its limit in the repository at `root`. */
export function longUnits(root: string): LongUnit[] {
  return sourceFiles(root)
    .filter((file) => !EXEMPT_FILES.has(file))
    .flatMap((file) => longUnitsOf(file, readFileSync(join(root, file), "utf8")));
}

function main(): void {
  const root = resolve(fileURLToPath(import.meta.url), "../..");
  const found = longUnits(root);
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify(found, null, 2));
  } else {
    for (const unit of found) console.log(`${unit.file}:${unit.line}  ${unit.name}  ${unit.lines} lines`);
    const limits = `functions over ${MAX_FUNCTION_LINES} lines, files over ${MAX_FILE_LINES} lines`;
    console.log(found.length === 0 ? `long units: none (${limits})` : `long units: ${found.length} (${limits})`);
  }
  process.exitCode = found.length === 0 ? 0 : 1;
}

if (relative(process.argv[1] ?? "", fileURLToPath(import.meta.url)) === "") main();
