/**
 * `emx get` and `emx query`: read from an Enterprise Manager and print XML or a JSON view.
 * Credentials come from the environment or a prompt, never from the command line alone.
 */
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { createClient, type EmClient, type EmTypes } from "../client.js";
import { EntityRef, serialize, serializeJson, XmlObject } from "../index.js";
import type { JsonCase } from "../runtime/json/json-names.js";
import { UsageError } from "./usage-error.js";

/** How to reach the server: flags first, then `EMX_URL`, `EMX_USERNAME`, `EMX_PASSWORD`, `EMX_CA`, `EMX_INSECURE`. */
export interface ConnectionFlags {
  readonly url?: string;
  readonly username?: string;
  readonly ca?: string;
  readonly insecure?: boolean;
}

/** Output of a read: the document in XML, or in EM's JSON (in `jsonCase`, PascalCase by default). */
export type OutputFormat = "xml" | "json";

/** Opens a client from flags and the environment, asking for the password on a terminal when the environment has none. */
export async function connect(
  flags: ConnectionFlags,
  environment: NodeJS.ProcessEnv = process.env,
): Promise<EmClient<EmTypes>> {
  const url = flags.url ?? environment.EMX_URL;
  const username = flags.username ?? environment.EMX_USERNAME;
  if (url === undefined) throw new UsageError("no server: pass --url or set EMX_URL (https://em.example:9398/api/)");
  if (username === undefined) throw new UsageError("no user: pass --username or set EMX_USERNAME");
  const password = environment.EMX_PASSWORD || (await promptPassword(`password for ${username} at ${url}: `));
  const caFile = flags.ca ?? (environment.EMX_CA || undefined);
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
    return Promise.reject(new UsageError("no password: set EMX_PASSWORD (there is no terminal to ask on)"));
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

/** Prints a document in either wire form. */
export function render(object: XmlObject, format: OutputFormat, jsonCase?: JsonCase): string {
  return format === "json" ? serializeJson(object, { case: jsonCase }) : serialize(object);
}

/** `emx get <path>`: one resource, reference or entity. */
export async function getResource(
  client: EmClient<EmTypes>,
  path: string,
  options: { entity: boolean; format: OutputFormat; case?: JsonCase },
): Promise<string> {
  try {
    return render(await client.get(path, options.entity ? { format: "Entity" } : {}), options.format, options.case);
  } finally {
    await client.close();
  }
}

/** What `emx query` takes. */
export interface QueryFlags {
  readonly type: string;
  readonly filter?: string;
  readonly sortAsc?: string;
  readonly sortDesc?: string;
  readonly pageSize?: number;
  readonly page?: number;
  readonly entities: boolean;
  readonly all: boolean;
  readonly format: OutputFormat;
  readonly case?: JsonCase;
}

/** `emx query <type>`: one page, or with `all` every item of every page (one JSON or XML item per block). */
export async function runQuery(
  client: EmClient<EmTypes>,
  flags: QueryFlags,
  write: (text: string) => void,
): Promise<number> {
  const { type, filter, sortAsc, sortDesc, pageSize, page } = flags;
  const query = {
    type,
    filter,
    sortAsc,
    sortDesc,
    pageSize,
    page,
    format: flags.entities ? ("Entities" as const) : undefined,
  };
  try {
    if (!flags.all) {
      write(render(await client.query(query), flags.format, flags.case));
      return 1;
    }
    let count = 0;
    // References are EntityRefs; entities are whatever class the query type's entities bind to.
    for await (const item of client.queryItems({ ...query, item: flags.entities ? XmlObject : EntityRef })) {
      const line =
        flags.format === "json"
          ? serializeJson(item, { indent: "", case: flags.case })
          : serialize(item, { indent: "" });
      write(`${line}\n`);
      count++;
    }
    return count;
  } finally {
    await client.close();
  }
}
