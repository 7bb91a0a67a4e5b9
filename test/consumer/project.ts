/** A temporary project with the packed package installed, and the steps a user takes in it. */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { request } from "node:https";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { runInNewContext } from "node:vm";
import { fixtures, projectRoot } from "../helpers.js";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const appSources = join(projectRoot, "test", "consumer", "app");
/** Installs come from the cache CI's `npm ci` filled; the registry only for what is missing. */
const INSTALL_FLAGS = ["--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"];

export class ConsumerProject {
  private bundle = "";

  private constructor(
    readonly folder: string,
    private readonly tarball: string,
  ) {}

  /** Packs this checkout (which builds it) and installs the tarball into an empty project. */
  static async install(): Promise<ConsumerProject> {
    const folder = mkdtempSync(join(tmpdir(), "emx-consumer-"));
    const packed = execFileSync(npm, ["pack", "--pack-destination", folder, "--loglevel=error"], {
      cwd: projectRoot,
      encoding: "utf8",
    });
    const tarball = join(folder, packed.trim().split("\n").pop()!);
    const app = join(folder, "app");
    mkdirSync(app);
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
    execFileSync(npm, ["install", tarball, ...INSTALL_FLAGS], { cwd: app, stdio: "pipe" });
    return new ConsumerProject(app, tarball);
  }

  remove(): void {
    rmSync(dirname(this.folder), { recursive: true, force: true });
  }

  has(dependency: string): boolean {
    return readdirSync(join(this.folder, "node_modules")).includes(dependency);
  }

  installedBytes(): number {
    return sizeOf(join(this.folder, "node_modules"));
  }

  packedFiles(): string[] {
    const listing = execFileSync("tar", ["-tzf", this.tarball], { encoding: "utf8" });
    return listing
      .trim()
      .split("\n")
      .map((path) => path.replace(/^package\//, ""));
  }

  packageVersion(): string {
    return (JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")) as { version: string }).version;
  }

  copyApp(name: string): void {
    copyFileSync(join(appSources, name), join(this.folder, name));
  }

  write(name: string, text: string): string {
    writeFileSync(join(this.folder, name), text);
    return name;
  }

  read(name: string): string {
    return readFileSync(join(this.folder, name), "utf8");
  }

  /** Compiles a file strictly against the installed declarations: no @types at all, library checks on. */
  compile(name: string): void {
    const compilerOptions = {
      strict: true,
      target: "es2022",
      module: "nodenext",
      moduleResolution: "nodenext",
      types: [],
      skipLibCheck: false,
    };
    writeFileSync(join(this.folder, "tsconfig.json"), JSON.stringify({ compilerOptions, files: [name] }));
    const tsc = join(projectRoot, "node_modules", "typescript", "bin", "tsc");
    const result = spawnSync(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: this.folder, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`tsc failed on ${name}:\n${result.stdout}${result.stderr}`);
  }

  node(name: string): string {
    return execFileSync(process.execPath, [name], { cwd: this.folder, encoding: "utf8" });
  }

  emx(...args: string[]): { code: number | null; out: string; err: string } {
    const result = spawnSync(join(this.folder, "node_modules", ".bin", "emx"), args, {
      cwd: this.folder,
      encoding: "utf8",
    });
    return { code: result.status, out: result.stdout, err: result.stderr };
  }

  /** Runs the installed emx without blocking this process (which may be serving it, as the mock). */
  emxAsync(
    args: string[],
    environment: Record<string, string>,
  ): Promise<{ code: number | null; out: string; err: string }> {
    const child = spawn(join(this.folder, "node_modules", ".bin", "emx"), args, {
      cwd: this.folder,
      env: { ...process.env, ...environment },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (err += chunk));
    return new Promise((resolve) => child.on("close", (code) => resolve({ code, out, err })));
  }

  sampleTask(): string {
    return `<Task xmlns="http://www.veeam.com/ent/v1.0" Href="https://em/api/tasks/task-1"><TaskId>task-1</TaskId><State>Finished</State><Operation>StartJob</Operation></Task>\n`;
  }

  smallSchemas(): string {
    return join(fixtures, "schemas", "small");
  }

  installToolchain(): void {
    execFileSync(npm, ["install", "ts-morph", "prettier", ...INSTALL_FLAGS], { cwd: this.folder, stdio: "pipe" });
  }

  /** Runs `emx mock --ca-out` until `use` is done with its URL and certificate. */
  async withMock<T>(use: (url: string, ca: string) => Promise<T>): Promise<T> {
    const child = spawn(join(this.folder, "node_modules", ".bin", "emx"), ["mock", "--ca-out", "ca.pem"], {
      cwd: this.folder,
      stdio: ["ignore", "pipe", "inherit"],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (chunk) => {
          out += chunk;
          const match = /at (https:\/\/\S+\/api\/)/.exec(out);
          if (match !== null) resolve(match[1]!);
        });
        child.on("exit", (code) => reject(new Error(`emx mock ended with ${code}: ${out}`)));
      });
      return await use(url, this.read("ca.pem"));
    } finally {
      child.kill("SIGTERM");
    }
  }

  fetchOverTls(url: string, ca: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      request(url, { ca, headers: { Accept: "application/xml" } }, (response) => {
        let body = "";
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      })
        .on("error", reject)
        .end();
    });
  }

  /** Bundles a file for the browser with esbuild, resolving `emx` from the installed package; returns its size. */
  async bundleForBrowser(name: string): Promise<number> {
    this.copyApp(name);
    const { build } = await import("esbuild");
    const result = await build({
      entryPoints: [join(this.folder, name)],
      absWorkingDir: this.folder,
      bundle: true,
      minify: true,
      platform: "browser",
      format: "iife",
      write: false,
      logLevel: "silent",
    });
    this.bundle = result.outputFiles[0]!.text;
    return Buffer.byteLength(this.bundle);
  }

  /** Runs the bundle in a context holding only what a browser has (no process, Buffer, require). */
  runBundleWithoutNode(): string {
    const context: Record<string, unknown> = { TextDecoder, TextEncoder, console };
    context.globalThis = context;
    runInNewContext(this.bundle, context);
    return context.emxResult as string;
  }
}

function sizeOf(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.size;
  return readdirSync(path).reduce((total, name) => total + sizeOf(join(path, name)), 0);
}
