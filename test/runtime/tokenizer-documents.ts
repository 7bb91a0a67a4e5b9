/**
 * Generated XML documents for the tokenizer's properties: well-formed ones built from names, texts,
 * comments, CDATA sections and PIs, and mutants of them with a few characters changed.
 */
import fc from "fast-check";

/** Some pieces from `list`, joined. */
function pieces(list: readonly string[], maxLength = 4): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...list), { maxLength }).map((chosen) => chosen.join(""));
}

const NAMES = ["a", "b", "c:d", "_x", "x-1", "y.2", "Ω", "日本", "é", "A\u{10000}"];
const CHARACTERS = [
  ...["x", "hi", " ", "\n", "\r\n", "\r", "\t", ">", "]", "é", "\u{1F600}", "\u00a0", "\u2028", "\u0085"],
  ...["&lt;", "&gt;", "&amp;", "&apos;", "&quot;", "&#65;", "&#x1F600;", "&#9;", "&#10;", "&#13;"],
];
const nameArbitrary = fc.constantFrom(...NAMES);
const textArbitrary = pieces([...CHARACTERS, "'", '"', "]]"])
  .map((text) => text.replaceAll("]]>", "]]&gt;"))
  .filter((text) => text !== "");
const commentArbitrary = pieces(["x", " ", "-x", ">", "<", "&", "é", "\r\n", "\u00a0"]).map((text) => `<!--${text}-->`);
const cdataArbitrary = pieces(["x", "<b>", "&amp;", "]", "]x", ">", "\r\n", " ", "]]"]).map(
  (text) => `<![CDATA[${text.replaceAll("]]>", "]] >")}]]>`,
);
const piArbitrary = fc
  .tuple(
    fc.constantFrom("p", "pi", "x-m", "xml-s", "é"),
    fc.constantFrom("", " ", "\t", "\n", "  "),
    pieces(["x", " ", "?", ">", "<", "&", "é", "\u00a0", "\u3000", "\r\n"]),
  )
  .map(([target, blank, body]) => `<?${target}${blank === "" ? "" : blank + body.replaceAll("?>", "? >")}?>`);
const blankArbitrary = fc.constantFrom("", " ", "\n", "\t", "\r\n", "  ");
const attributeArbitrary = fc.record({
  name: nameArbitrary,
  value: pieces([...CHARACTERS, "'", '"', "]]>"]),
  quote: fc.constantFrom('"', "'"),
  equals: fc.constantFrom("=", " = ", "=\n", "\t="),
  before: fc.constantFrom(" ", "\n", "\t", "  ", "\r\n"),
});
const { element: elementArbitrary } = fc.letrec<{ element: string; node: string }>((tie) => ({
  element: fc
    .record({
      name: nameArbitrary,
      attributes: fc.uniqueArray(attributeArbitrary, { selector: (attribute) => attribute.name, maxLength: 3 }),
      children: fc.array(tie("node"), { maxLength: 4 }),
      empty: fc.boolean(),
      startBlank: blankArbitrary,
      endBlank: blankArbitrary,
    })
    .map(({ name, attributes, children, empty, startBlank, endBlank }) => {
      const written = attributes
        .map(({ name, value, quote, equals, before }) => {
          const escaped = value.replaceAll(quote, quote === '"' ? "&quot;" : "&apos;");
          return `${before}${name}${equals}${quote}${escaped}${quote}`;
        })
        .join("");
      if (empty && children.length === 0) return `<${name}${written}${startBlank}/>`;
      return `<${name}${written}${startBlank}>${children.join("")}</${name}${endBlank}>`;
    }),
  node: fc.oneof({ depthSize: "small" }, textArbitrary, commentArbitrary, cdataArbitrary, piArbitrary, tie("element")),
}));
const miscArbitrary = fc
  .array(fc.oneof(commentArbitrary, piArbitrary, fc.constantFrom(" ", "\n", "\r\n", "\t")), { maxLength: 3 })
  .map((misc) => misc.join(""));
const declarationArbitrary = fc.constantFrom(
  "",
  '<?xml version="1.0"?>',
  "<?xml version='1.0' encoding='UTF-8'?>",
  '<?xml version="1.0" encoding="utf-8" standalone="no" ?>\n',
  "<?xml version=\"1.0\" standalone='yes'?>",
);
/** A well-formed document. */
export const documentArbitrary = fc
  .tuple(declarationArbitrary, miscArbitrary, elementArbitrary, miscArbitrary)
  .map((parts) => parts.join(""));

/** What mutations insert: markup characters, name characters, blanks, and characters XML refuses. */
const MUTATION_TEXT = [
  ...`<>&;"'/=!?-[]`,
  ...["a", "Z", "x", "0", "9", "#", ":", ".", " ", "\n", "\r", "\t", "é", "Ω", "\u{1F600}", "\u00a0", "\u3000"],
  ...["\0", "\x01", "\x1f", "\ud800", "\udc00", "\ufffe"],
  ...["-->", "]]>", "?>", "<!--", "&#", "<![CDATA["],
];
const mutationArbitrary = fc.record({
  kind: fc.constantFrom("insert", "delete", "replace"),
  at: fc.nat(),
  text: fc.constantFrom(...MUTATION_TEXT),
});
/** A generated document with up to three characters inserted, deleted or replaced; never a DOCTYPE. */
export const mutantArbitrary = fc
  .tuple(documentArbitrary, fc.array(mutationArbitrary, { maxLength: 3 }))
  .map(([xml, mutations]) => {
    for (const { kind, at, text } of mutations) {
      const where = at % (xml.length + 1);
      const after = kind === "insert" ? where : where + 1;
      xml = xml.slice(0, where) + (kind === "delete" ? "" : text) + xml.slice(after);
    }
    return xml;
  })
  .filter((xml) => !xml.includes("<!DOCTYPE"));
