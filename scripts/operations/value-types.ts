/** The value types the pages' tables name, as types of the schemas. */

const PAGE_TYPES: Readonly<Record<string, string>> = {
  string: "xs:string",
  name: "xs:string",
  boolean: "xs:boolean",
  bool: "xs:boolean",
  int: "xs:int",
  integer: "xs:int",
  long: "xs:long",
  int64: "xs:long",
  double: "xs:double",
  datetime: "xs:dateTime",
  uidtype: "UidType",
  hierarchyobjreftype: "HierarchyObjRefType",
};

/** The schema type of a page's type name (`DateTime` → `xs:dateTime`); other names become strings. */
export function schemaType(pageType: string): string {
  return PAGE_TYPES[pageType.replace(/\s+/g, "").toLowerCase()] ?? "xs:string";
}
