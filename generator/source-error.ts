/**
 * A schema source that cannot be read: a folder or file that is missing or unreadable, a path of
 * an unknown kind, a git revision git cannot show. What is wrong inside a source that was read is
 * a `SchemaError`.
 */
export class SchemaSourceError extends Error {
  override readonly name = "SchemaSourceError";
}
