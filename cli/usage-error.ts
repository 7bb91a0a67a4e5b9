/** A command line that cannot be carried out as given: said in one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
