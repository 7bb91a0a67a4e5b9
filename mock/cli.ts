/** The body of `emx mock`: start a mock Enterprise Manager and tell the user how to reach and trust it. */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { DEFAULT_USER, startMockEm, type MockEm, type MockJsonCase } from "./index.js";

/** Options of {@link runMockCommand}. */
export interface MockCommandOptions {
  /** Port to listen on; any free port when absent. */
  readonly port?: number;
  /** Idle expiry of logon sessions in milliseconds; 15 minutes when absent. */
  readonly idleTimeoutMs?: number;
  /** File to write the certificate (PEM) to, for clients to trust. */
  readonly caOut?: string;
  /** The property-name case of JSON answers; camelCase (as EM 13) when absent. */
  readonly jsonCase?: MockJsonCase;
}

/**
 * Starts the mock, writes its certificate to `caOut` when given, and prints the URL, the account
 * and how to trust the certificate. The mock runs until the caller closes the returned handle.
 */
export async function runMockCommand(options: MockCommandOptions): Promise<MockEm> {
  const em = await startMockEm({
    port: options.port,
    idleTimeoutMs: options.idleTimeoutMs,
    jsonCase: options.jsonCase,
  });
  let caPath: string | undefined;
  if (options.caOut !== undefined) {
    caPath = resolve(options.caOut);
    try {
      await writeFile(caPath, em.ca, { encoding: "utf8", mode: 0o644 });
    } catch (error) {
      await em.close();
      throw error;
    }
  }
  const lines = [
    `Mock Veeam Backup Enterprise Manager at ${em.url}`,
    `  user name: ${DEFAULT_USER.username}`,
    `  password:  ${DEFAULT_USER.password}`,
    `  logon:     POST ${em.url}sessionMngr/?v=latest with Basic authentication`,
    `  answers XML, or EM's JSON in ${options.jsonCase === "pascal" ? "PascalCase (as EM 12)" : "camelCase (as EM 13)"} to Accept: application/json`,
    "The server uses a self-signed certificate for localhost and 127.0.0.1, made for this run.",
  ];
  if (caPath !== undefined) {
    lines.push(
      `  certificate written to ${caPath}`,
      "  trust it with one of:",
      `    NODE_EXTRA_CA_CERTS=${shellQuote(caPath)} (Node clients)`,
      `    curl --cacert ${shellQuote(caPath)} ...`,
      "    the ca option of the emx client, given the file's contents",
    );
  } else {
    lines.push(
      "  save it with --ca-out <file> to trust it (NODE_EXTRA_CA_CERTS, curl --cacert); the PEM:",
      em.ca.trimEnd(),
    );
  }
  process.stdout.write(`${lines.join("\n")}\n`);
  return em;
}

function shellQuote(path: string): string {
  return /^[\w./:-]+$/.test(path) ? path : `'${path.replaceAll("'", "'\\''")}'`;
}
