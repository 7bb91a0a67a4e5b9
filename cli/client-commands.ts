/**
 * `emx get` and `emx query`: read from an Enterprise Manager and print XML or a JSON view.
 * Credentials come from the environment or a prompt, never from the command line alone.
 */
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { createClient, serialize, type EmRoot } from "../generated/index.js";
import type { EmClient, XmlObject } from "../runtime/index.js";
import { UsageError } from "./usage-error.js";

/** How to reach the server: flags first, then `EMX_URL`, `EMX_USERNAME`, `EMX_PASSWORD`, `EMX_CA`, `EMX_INSECURE`. */
export interface ConnectionFlags {
  readonly url?: string;
  readonly username?: string;
  readonly ca?: string;
  readonly insecure?: boolean;
}

/** Output of a read: the document as EM wrote it (XML) or the typed object as JSON. */
export type OutputFormat = "xml" | "json";

/** Opens a client from flags and the environment, asking for the password on a terminal when the environment has none. */
export async function connect(
  flags: ConnectionFlags,
  environment: NodeJS.ProcessEnv = process.env,
): Promise<EmClient<EmRoot>> {
  const url = flags.url ?? environment.EMX_URL;
  const username = flags.username ?? environment.EMX_USERNAME;
  if (url === undefined) throw new UsageError("no server: pass --url or set EMX_URL (https://em.example:9398/api/)");
  if (username === undefined) throw new UsageError("no user: pass --username or set EMX_USERNAME");
  const password = environment.EMX_PASSWORD ?? (await promptPassword(`password for ${username} at ${url}: `));
  const caFile = flags.ca ?? environment.EMX_CA;
  return createClient({
    url,
    username,
    password,
    ca: caFile === undefined ? undefined : readFileSync(caFile),
    insecureSkipTlsVerify: flags.insecure === true || environment.EMX_INSECURE === "1",
  });
}

function promptPassword(question: string): Promise<string> {
  if (!process.stdin.isTTY) {
    return Promise.reject(new Error("no password: set EMX_PASSWORD (there is no terminal to ask on)"));
  }
  return new Promise((resolve) => {
    const readline = createInterface({
      input: process.stdin,
      output: process.stderr,
      terminal: true,
    });
    // Echo nothing while the password is typed.
    (readline as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = (text) => {
      if (text.includes(question)) process.stderr.write(question);
    };
    readline.question(question, (answer) => {
      readline.close();
      process.stderr.write("\n");
      resolve(answer);
    });
  });
}

/** Prints a document. */
export function render(object: XmlObject, format: OutputFormat): string {
  return format === "json" ? `${JSON.stringify(object, null, 2)}\n` : serialize(object);
}

/** `emx get <path>`: one resource, reference or entity. */
export async function getCommand(
  client: EmClient<EmRoot>,
  path: string,
  options: { entity: boolean; format: OutputFormat },
): Promise<string> {
  try {
    return render(await client.get(path, options.entity ? { format: "Entity" } : {}), options.format);
  } finally {
    await client.close();
  }
}

/** `emx query <type>`: one page, or with `all` every item of every page (one JSON or XML item per block). */
export async function queryCommand(
  client: EmClient<EmRoot>,
  options: {
    type: string;
    filter?: string;
    sortAsc?: string;
    sortDesc?: string;
    pageSize?: number;
    page?: number;
    entities: boolean;
    all: boolean;
    format: OutputFormat;
  },
  write: (text: string) => void,
): Promise<number> {
  const query = {
    type: options.type,
    filter: options.filter,
    sortAsc: options.sortAsc,
    sortDesc: options.sortDesc,
    pageSize: options.pageSize,
    page: options.page,
    format: options.entities ? ("Entities" as const) : undefined,
  };
  try {
    if (!options.all) {
      write(render(await client.query(query), options.format));
      return 1;
    }
    let count = 0;
    for await (const item of client.queryItems(query)) {
      write(options.format === "json" ? `${JSON.stringify(item)}\n` : `${serialize(item, { indent: "" })}\n`);
      count++;
    }
    return count;
  } finally {
    await client.close();
  }
}
