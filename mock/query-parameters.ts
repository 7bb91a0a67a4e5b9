/** Reading query parameters as EM does: names without regard to case, the first value of a repeated one. */

/** The first value of a parameter, its name matched without regard to case (EM reads `Format` as `format`). */
export function queryParameter(search: URLSearchParams, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [key, value] of search) if (key.toLowerCase() === lower) return value;
  return undefined;
}

/** Every parameter by lower-case name, first value each. */
export function queryParameters(search: URLSearchParams): Map<string, string> {
  const parameters = new Map<string, string>();
  for (const [name, value] of search) {
    const key = name.toLowerCase();
    if (!parameters.has(key)) parameters.set(key, value);
  }
  return parameters;
}
