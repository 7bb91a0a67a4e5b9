/** Well-formed documents and the token streams the tokenizer gives for them. */
import type { Token } from "./tokenizer-recorder.js";

/** A well-formed document and its tokens. */
export interface WellFormed {
  readonly name: string;
  readonly xml: string;
  readonly tokens: Token[];
}

/** The start and end tags of the root most cases use. */
export const A: Token = ["<", "a"];
export const END_A: Token = ["/", "a"];

export const WELL_FORMED: readonly WellFormed[] = [
  {
    name: "XML declaration, comments and PIs around the root (not reported there)",
    xml: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!-- before -->\n<?style x?>\n<a/>\n<!-- after -->\n<?style y?>\n',
    tokens: [A, END_A],
  },
  {
    name: "XML declaration in single quotes, with blanks, without encoding",
    xml: "<?xml version='1.1'  standalone='no' ?><a/>",
    tokens: [A, END_A],
  },
  { name: "XML declaration with the version only", xml: '<?xml version="1.0"?>\r\n<a/>', tokens: [A, END_A] },
  {
    name: "comments and PIs inside the root",
    xml: "<a><!-- c --><?p  x y ?><?q?><!----><!-- - --><!--->--></a>",
    tokens: [
      A,
      ["comment", " c "],
      ["pi", "p", "x y "],
      ["pi", "q", ""],
      ["comment", ""],
      ["comment", " - "],
      ["comment", "->"],
      END_A,
    ],
  },
  {
    name: "PI targets that only start with xml",
    xml: '<a><?xml-stylesheet href="s"?><?xmlx?></a>',
    tokens: [A, ["pi", "xml-stylesheet", 'href="s"'], ["pi", "xmlx", ""], END_A],
  },
  {
    name: "a PI body keeps leading characters that are not XML blanks (S is space, tab, CR, LF only)",
    xml: "<a><?p \u00a0x?><?q\t\u3000y?><?r \u2028z?><?s \ufeffw?></a>",
    tokens: [A, ["pi", "p", "\u00a0x"], ["pi", "q", "\u3000y"], ["pi", "r", "\u2028z"], ["pi", "s", "\ufeffw"], END_A],
  },
  {
    name: "CDATA sections",
    xml: "<a><![CDATA[<b>&amp;</b> ]] ]> ]]]><![CDATA[]]><![CDATA[\r\nx\ry]]></a>",
    tokens: [A, ["cdata", "<b>&amp;</b> ]] ]> ]"], ["cdata", ""], ["cdata", "\nx\ny"], END_A],
  },
  {
    name: "predefined entities and character references",
    xml: "<a>&lt;&gt;&amp;&apos;&quot; &#65;&#x42;&#x63;&#x1F600;&#128512;&#x10FFFF;&#xE000;</a>",
    tokens: [A, ["text", "<>&'\" ABc\u{1F600}\u{1F600}\u{10FFFF}\ue000"], END_A],
  },
  {
    name: "character references with many leading zeros ([0-9]+ and [0-9a-fA-F]+ have no length limit)",
    xml: '<a b="&#x000000041;">&#00000000066;&#x0000000000000043;</a>',
    tokens: [["<", "a", "b", "A"], ["text", "BC"], END_A],
  },
  { name: "references inside text", xml: "<a>x&amp;y&#10;z</a>", tokens: [A, ["text", "x&y\nz"], END_A] },
  {
    name: "attribute value normalisation: literal blanks become spaces, referenced ones stay",
    xml: '<a b="x\ty\nz" c="&#9;&#10;&#13;&#32;" d="&lt;&amp;&gt;&quot;&apos;&#x1F600;"/>',
    tokens: [["<", "a", "b", "x y z", "c", "\t\n\r ", "d", "<&>\"'\u{1F600}"], END_A],
  },
  {
    name: "line ends: CRLF and a lone CR become LF in text and attributes",
    xml: '<a b="1\r\n2\r3">x\r\ny\rz\r\n<![CDATA[\r]]></a>\r\n\r',
    tokens: [["<", "a", "b", "1 2 3"], ["text", "x\ny\nz\n"], ["cdata", "\n"], END_A],
  },
  {
    name: "single- and double-quoted attributes, each holding the other quote",
    xml: `<a b='x"y' c="x'y" d='' e=""/>`,
    tokens: [["<", "a", "b", 'x"y', "c", "x'y", "d", "", "e", ""], END_A],
  },
  {
    name: "> and ]]> inside attribute values",
    xml: `<a b=">" c='>>' d="]]>"/>`,
    tokens: [["<", "a", "b", ">", "c", ">>", "d", "]]>"], END_A],
  },
  {
    name: "blanks around = and before > or />",
    xml: `<a b = "1"\n\tc\t=\t'2'\n><e f="1" /><e\n/></a>`,
    tokens: [["<", "a", "b", "1", "c", "2"], ["<", "e", "f", "1"], ["/", "e"], ["<", "e"], ["/", "e"], END_A],
  },
  {
    name: "blanks in end tags",
    xml: "<a><b></b ></a\n\t>",
    tokens: [A, ["<", "b"], ["/", "b"], END_A],
  },
  {
    name: "non-ASCII element and attribute names",
    xml: '<Ω:日本 ä="1" _·-.0="2"><é\u0300/><𐀀 𐀁="3"/></Ω:日本>',
    tokens: [
      ["<", "Ω:日本", "ä", "1", "_·-.0", "2"],
      ["<", "é\u0300"],
      ["/", "é\u0300"],
      ["<", "𐀀", "𐀁", "3"],
      ["/", "𐀀"],
      ["/", "Ω:日本"],
    ],
  },
  {
    name: "names made of colons (no namespace processing)",
    xml: '<a :="1" b:="2"><c:d:e/></a>',
    tokens: [["<", "a", ":", "1", "b:", "2"], ["<", "c:d:e"], ["/", "c:d:e"], END_A],
  },
  {
    name: "names that are keys of Object.prototype",
    xml: '<__proto__ constructor="1" toString="2"><hasOwnProperty/></__proto__>',
    tokens: [
      ["<", "__proto__", "constructor", "1", "toString", "2"],
      ["<", "hasOwnProperty"],
      ["/", "hasOwnProperty"],
      ["/", "__proto__"],
    ],
  },
  {
    name: "empty-element tags, nesting, attribute order kept",
    xml: '<a z="1" a="2" m="3"><b><c/></b><c></c></a>',
    tokens: [
      ["<", "a", "z", "1", "a", "2", "m", "3"],
      ["<", "b"],
      ["<", "c"],
      ["/", "c"],
      ["/", "b"],
      ["<", "c"],
      ["/", "c"],
      END_A,
    ],
  },
  {
    name: "text with >, ]] and ]>; blank text inside the root reported",
    xml: "\n<a> <b/>]]x ]> > ]</a>\n",
    tokens: [A, ["text", " "], ["<", "b"], ["/", "b"], ["text", "]]x ]> > ]"], END_A],
  },
  {
    name: "characters XML 1.0 allows: DEL, C1 controls, U+2028, astral ones, U+FFFD",
    xml: "<a>\x7f\x85\u2028\u{1F600}\u{1FFFF}\ufffd\t</a>",
    tokens: [A, ["text", "\x7f\x85\u2028\u{1F600}\u{1FFFF}\ufffd\t"], END_A],
  },
];
