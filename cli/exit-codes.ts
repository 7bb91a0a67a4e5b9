/** The exit codes of `emx`, and which failures map to which. */
import {
  CodecError,
  EmHttpError,
  EmRequestError,
  EmTaskError,
  SchemaError,
  XmlReadError,
  XmlWriteError,
} from "../runtime/errors.js";
import { SchemaSourceError } from "../generator/source-error.js";
import { UsageError } from "./usage-error.js";

/** What a run of `emx` ended with. */
export const ExitCode = {
  /** Everything asked for was done and passed. */
  ok: 0,
  /** The command ran, and what it checked failed: a document, a stale file, a breaking change, a bad schema. */
  failed: 1,
  /** The command line cannot be carried out: unknown option, missing argument, unreadable path. */
  usage: 2,
  /** The Enterprise Manager could not be reached, refused, or answered with an error. */
  server: 3,
  /** A fault in emx itself: reported with its stack, so it can be fixed. */
  internal: 70,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * The exit code for a failure, and whether its message says all a user needs. Anything not known
 * here is a bug and is shown with its stack.
 */
export function classifyFailure(error: unknown): { code: ExitCode; known: boolean } {
  if (error instanceof UsageError || error instanceof SchemaSourceError) return { code: ExitCode.usage, known: true };
  if (error instanceof EmHttpError || error instanceof EmRequestError || error instanceof EmTaskError)
    return { code: ExitCode.server, known: true };
  if (
    error instanceof SchemaError ||
    error instanceof XmlReadError ||
    error instanceof XmlWriteError ||
    error instanceof CodecError
  )
    return { code: ExitCode.failed, known: true };
  if (isFileSystemError(error)) return { code: ExitCode.usage, known: true };
  return { code: ExitCode.internal, known: false };
}

/** A missing or unreadable file named on the command line. */
function isFileSystemError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && ["ENOENT", "EACCES", "EISDIR", "ENOTDIR", "EPERM"].includes(code);
}
