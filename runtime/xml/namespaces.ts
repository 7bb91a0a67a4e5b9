/** Namespaces: the EM namespace, and scopes shared by the reader and the canonical form (token sources leave namespaces to them). */

/** The namespace of every EM element, declared once on the root of a written document. */
export const EM_NAMESPACE = "http://www.veeam.com/ent/v1.0";

const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

/** Namespace bindings in force; a new scope is made only where an element declares some. */
export class Scope {
  /** Whether unprefixed names are in the EM namespace, decided once rather than per element. */
  readonly defaultIsEm: boolean;

  constructor(
    readonly defaultNamespace: string,
    readonly prefixes: ReadonlyMap<string, string> | undefined,
    readonly parent: Scope | undefined,
  ) {
    this.defaultIsEm = defaultNamespace === EM_NAMESPACE;
  }

  /** The namespace bound to `prefix`, or undefined when none is. */
  lookup(prefix: string): string | undefined {
    for (let scope: Scope | undefined = this; scope !== undefined; scope = scope.parent) {
      const uri = scope.prefixes?.get(prefix);
      if (uri !== undefined) return uri;
    }
    return prefix === "xml" ? XML_NAMESPACE : undefined;
  }
}

/** The scope outside any element: no default namespace. */
export const NO_NAMESPACE = new Scope("", undefined, undefined);

/** Whether an attribute name declares a namespace (`xmlns`, `xmlns:p`). */
export function isDeclaration(name: string): boolean {
  return name.charCodeAt(0) === 120 /* x */ && (name === "xmlns" || name.startsWith("xmlns:"));
}

/** The scope of an element with these attributes: `scope` itself unless they declare namespaces. */
export function scopeOf(scope: Scope, names: readonly string[], values: readonly string[], count: number): Scope {
  let declares = false;
  for (let index = 0; index < count && !declares; index++) declares = isDeclaration(names[index]!);
  if (!declares) return scope;
  let defaultNamespace = scope.defaultNamespace;
  let prefixes: Map<string, string> | undefined;
  for (let index = 0; index < count; index++) {
    const name = names[index]!;
    if (name === "xmlns") defaultNamespace = values[index]!.trim();
    else if (isDeclaration(name)) (prefixes ??= new Map()).set(name.slice(6), values[index]!.trim());
  }
  return new Scope(defaultNamespace, prefixes, scope);
}
