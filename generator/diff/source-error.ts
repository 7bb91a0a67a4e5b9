/** A side of a diff that cannot be read: missing, of an unknown kind, or a revision git cannot show. */
export class SchemaSourceError extends Error {
  override readonly name = "SchemaSourceError";
}
