/**
 * Values the concept pages list in prose rather than in a table: the object types of the lookup
 * service and the API versions a logon may ask for.
 */
import { unescapeMarkdown, type EmPage } from "./em-pages.js";

/** The object types the lookup query page lists (VMware, Cloud Director, Hyper-V), each once. */
export function lookupObjectTypes(page: EmPage): string[] {
  const start = page.lines.findIndex((line) => /following object types/.test(line));
  const values: string[] = [];
  for (const line of page.lines.slice(start + 1)) {
    if (/^The example/.test(line)) break;
    const value = /^\* ([A-Za-z]+)$/.exec(line)?.[1];
    if (value !== undefined && !values.some((known) => known.toLowerCase() === value.toLowerCase())) values.push(value);
  }
  return values;
}

/** The `v` values of the logon URLs the versions page lists, in its order. */
export function logonVersions(page: EmPage): string[] {
  const values: string[] = [];
  for (const match of page.lines.join("\n").matchAll(/sessionMngr\/\?v=([A-Za-z0-9\\_]+)/g)) {
    const value = unescapeMarkdown(match[1]!);
    if (!values.includes(value)) values.push(value);
  }
  return values;
}
