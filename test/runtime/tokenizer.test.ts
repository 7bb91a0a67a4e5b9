/**
 * The XML tokenizer (runtime/xml/tokenizer.ts) on its own: the token streams of small well-formed
 * documents, the reason and place of each well-formedness error, the same outcome however a
 * document is cut into chunks, and agreement with saxes on generated and mutated documents.
 *
 * Places are `line:column`, 1-based, columns counted in UTF-16 code units after line-end
 * normalisation: the offending character for an error, the end of the document for an error at the
 * end, the character just after the token for a token.
 */
import fc from "fast-check";
import { SaxesParser } from "saxes";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { Tokenizer, type TokenSink } from "../../runtime/xml/tokenizer.js";

/** Generated documents per property; FC_RUNS (20 by default, as in the other suites) scales it. */
const RUNS = 15 * Number(process.env.FC_RUNS ?? "20");
const SEED = Number(process.env.FC_SEED ?? "20261129");

// ---------------------------------------------------------------------------------------------
// Recording

/**
 * A token as recorded: `["<", name, attribute, value, attribute, value...]` for a start tag,
 * `["/", name]` for an end, `["text", text]`, `["cdata", text]`, `["comment", text]`,
 * `["pi", target, body]`, `["doctype"]`. Adjacent texts are joined (the tokenizer may report a
 * text in pieces).
 */
type Token = readonly string[];

interface Failure {
  readonly reason: string;
  readonly line: number;
  readonly column: number;
  readonly malformed: boolean;
}

interface Outcome {
  readonly tokens: Token[];
  /** Where the tokenizer said it was as each token was reported. */
  readonly places: string[];
  readonly error?: Failure;
}

class Stop extends Error {}

class Recorder implements TokenSink {
  readonly tokens: Token[] = [];
  readonly places: string[] = [];
  failure: Failure | undefined;
  readonly tokenizer: Tokenizer = new Tokenizer(this);
  private readonly open: string[] = [];

  /**
   * @param tracking whether to ask for the place of every token; the reader asks only on errors and
   * warnings, and the tokenizer counts lines only when asked, so both ways are tried.
   */
  constructor(private readonly tracking = true) {}

  private push(token: Token): void {
    const place = this.tracking ? `${this.tokenizer.line}:${this.tokenizer.column}` : "";
    const last = this.tokens.length - 1;
    if (token[0] === "text" && last >= 0 && this.tokens[last]![0] === "text") {
      this.tokens[last] = ["text", this.tokens[last]![1]! + token[1]!];
      this.places[last] = place;
      return;
    }
    this.tokens.push(token);
    this.places.push(place);
  }

  openTag(name: string): void {
    const token = ["<", name];
    const tokenizer = this.tokenizer;
    for (let index = 0; index < tokenizer.attributeCount; index++) {
      token.push(tokenizer.attributeNames[index]!, tokenizer.attributeValues[index]!);
    }
    this.open.push(name);
    this.push(token);
  }
  closeTag(): void {
    this.push(["/", this.open.pop() ?? "(none open)"]);
  }
  text(text: string): void {
    if (text === "") this.push(["empty text"]);
    else this.push(["text", text]);
  }
  cdata(text: string): void {
    this.push(["cdata", text]);
  }
  comment(text: string): void {
    this.push(["comment", text]);
  }
  instruction(target: string, body: string): void {
    this.push(["pi", target, body]);
  }
  /** Returns, so the tokenizer must refuse the DOCTYPE itself. */
  doctype(): void {
    this.push(["doctype"]);
  }
  error(reason: string, malformed: boolean): never {
    this.failure = { reason, line: this.tokenizer.line, column: this.tokenizer.column, malformed };
    throw new Stop(reason);
  }

  /** Writes the chunks and closes; the outcome so far. */
  read(chunks: Iterable<string>): Outcome {
    try {
      for (const chunk of chunks) this.tokenizer.write(chunk);
      this.tokenizer.close();
    } catch (error) {
      if (!(error instanceof Stop)) throw error;
    }
    const { tokens, places, failure: error } = this;
    return error === undefined ? { tokens, places } : { tokens, places, error };
  }
}

function read(chunks: Iterable<string>, tracking = true): Outcome {
  return new Recorder(tracking).read(chunks);
}

/** The document in every two-piece split (empty pieces included), then in one-code-unit pieces. */
function* chunkings(xml: string): Generator<string[]> {
  for (let cut = 0; cut <= xml.length; cut++) yield [xml.slice(0, cut), xml.slice(cut)];
  yield xml.split("");
}

/** JSON, with blanks and other invisible characters beyond ASCII written as escapes. */
function show(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\ufff0-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

function showOutcome(outcome: Outcome): string {
  const error = outcome.error;
  return `${show(outcome.tokens)}${error === undefined ? "" : ` then ${error.reason} at ${error.line}:${error.column}`}`;
}

/** The first chunking of `xml` whose outcome differs from reading it whole, described, or undefined. */
function chunkingDifference(xml: string): string | undefined {
  for (const tracking of [true, false]) {
    const whole = read([xml], tracking);
    for (const chunks of chunkings(xml)) {
      const cut = read(chunks, tracking);
      if (show(cut) !== show(whole)) {
        const how = chunks.length === 2 ? `cut as ${show(chunks)}` : "in one-character chunks";
        const asked = tracking ? "" : " (places asked only at the error)";
        return `${show(xml)} ${how}${asked}:\n    whole: ${showOutcome(whole)}\n    cut:   ${showOutcome(cut)}`;
      }
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Well-formed documents

interface WellFormed {
  readonly name: string;
  readonly xml: string;
  readonly tokens: Token[];
}

const A: Token = ["<", "a"];
const END_A: Token = ["/", "a"];

const WELL_FORMED: readonly WellFormed[] = [
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

test("well-formed documents give their token streams", () => {
  const failures: string[] = [];
  for (const { name, xml, tokens } of WELL_FORMED) {
    const outcome = read([xml]);
    if (outcome.error !== undefined || show(outcome.tokens) !== show(tokens)) {
      failures.push(`${name}: ${show(xml)}\n    expected: ${show(tokens)}\n    actual:   ${showOutcome(outcome)}`);
    }
  }
  assert.ok(failures.length === 0, `\n${failures.join("\n")}`);
});

test("places of tokens: the end of each, lines counted after line-end normalisation", () => {
  const outcome = read(['<a>\n  <b x="1"/>\r\n  t\u{1F600}\r<!--\n-->\n</a>']);
  assert.equal(outcome.tokens, [
    A,
    ["text", "\n  "],
    ["<", "b", "x", "1"],
    ["/", "b"],
    ["text", "\n  t\u{1F600}\n"],
    ["comment", "\n"],
    ["text", "\n"],
    END_A,
  ]);
  assert.equal(outcome.places, ["1:4", "2:3", "2:13", "2:13", "4:1", "5:4", "6:1", "6:5"]);
});

// ---------------------------------------------------------------------------------------------
// Malformed documents

interface Malformed {
  readonly name: string;
  readonly xml: string;
  readonly reason: RegExp;
  readonly line: number;
  readonly column: number;
}

const MALFORMED: readonly Malformed[] = [
  {
    name: "mismatched end tag",
    xml: "<a>\n  <b></c>\n</a>",
    reason: /end tag <\/c> does not match <b>/,
    line: 2,
    column: 6,
  },
  { name: "end tag with an empty name", xml: "<a></>", reason: /end tag <\/> does not match <a>/, line: 1, column: 4 },
  { name: "end tag before the root", xml: "</a>", reason: /end tag <\/a> without a start tag/, line: 1, column: 1 },
  {
    name: "end tag after the root",
    xml: "<a></a></a>",
    reason: /end tag <\/a> without a start tag/,
    line: 1,
    column: 8,
  },
  { name: "unclosed tag at the end", xml: "<a>\n<b></b>", reason: /unclosed tag <a>/, line: 2, column: 8 },
  { name: "unclosed tag after text", xml: "<a>text", reason: /unclosed tag <a>/, line: 1, column: 8 },
  { name: "start tag cut by the end", xml: '<a b="1"', reason: /unexpected end of document/, line: 1, column: 9 },
  { name: "end tag cut by the end", xml: "<a></a", reason: /unexpected end of document/, line: 1, column: 7 },
  { name: "comment cut by the end", xml: "<a><!-- x", reason: /unexpected end of document/, line: 1, column: 10 },
  { name: "CDATA cut by the end", xml: "<a><![CDATA[x]]", reason: /unexpected end of document/, line: 1, column: 16 },
  {
    name: "< in an attribute value",
    xml: '<a b="x<y"/>',
    reason: /< is not allowed in an attribute value/,
    line: 1,
    column: 8,
  },
  {
    name: "unquoted attribute value",
    xml: "<a b=1/>",
    reason: /value of attribute b is not quoted/,
    line: 1,
    column: 6,
  },
  { name: "duplicate attribute", xml: '<a b="1" b="2"/>', reason: /duplicate attribute b on a/, line: 1, column: 10 },
  {
    name: "no whitespace between attributes",
    xml: '<a b="1"c="2"/>',
    reason: /expected whitespace before attribute/,
    line: 1,
    column: 9,
  },
  {
    name: "attribute without value, before />",
    xml: "<a b/>",
    reason: /attribute b of a has no value/,
    line: 1,
    column: 5,
  },
  {
    name: "attribute without value, before another",
    xml: '<a b c="1"/>',
    reason: /attribute b of a has no value/,
    line: 1,
    column: 6,
  },
  { name: "/ not followed by >", xml: "<a/ >", reason: /expected > after \/ in tag a/, line: 1, column: 3 },
  { name: "blank after <", xml: "< a/>", reason: /disallowed character U\+0020 after </, line: 1, column: 2 },
  {
    name: "element name starting with a digit",
    xml: "<1a/>",
    reason: /disallowed character U\+0031 after </,
    line: 1,
    column: 2,
  },
  {
    name: "element name starting with -",
    xml: "<-a/>",
    reason: /disallowed character U\+002D after </,
    line: 1,
    column: 2,
  },
  {
    name: "element name starting with a combining mark",
    xml: "<\u0300/>",
    reason: /disallowed character U\+0300 after </,
    line: 1,
    column: 2,
  },
  {
    name: "attribute name starting with a digit",
    xml: '<a 1b="x"/>',
    reason: /disallowed character U\+0031 in tag a/,
    line: 1,
    column: 4,
  },
  {
    name: "end tag name starting with a digit",
    xml: "<a></1a>",
    reason: /expected > to end the end tag/,
    line: 1,
    column: 6,
  },
  { name: "undefined entity in text", xml: "<a>x&nbsp;</a>", reason: /undefined entity &nbsp;/, line: 1, column: 5 },
  {
    name: "undefined entity in an attribute",
    xml: '<a b="&foo;"/>',
    reason: /undefined entity &foo;/,
    line: 1,
    column: 7,
  },
  { name: "bare & in text", xml: "<a>a & b</a>", reason: /& must start a reference/, line: 1, column: 6 },
  { name: "bare & in an attribute", xml: '<a b="&"/>', reason: /& must start a reference/, line: 1, column: 7 },
  {
    name: "character reference without ;",
    xml: "<a>&#65</a>",
    reason: /& must start a reference|malformed character reference/,
    line: 1,
    column: 4,
  },
  {
    name: "character reference without digits",
    xml: "<a>&#x;</a>",
    reason: /malformed character reference &#x;/,
    line: 1,
    column: 4,
  },
  {
    name: "character reference with X",
    xml: "<a>&#X41;</a>",
    reason: /malformed character reference &#X41;/,
    line: 1,
    column: 4,
  },
  {
    name: "character reference with a bad digit",
    xml: "<a>&#x4G;</a>",
    reason: /malformed character reference &#x4G;/,
    line: 1,
    column: 4,
  },
  {
    name: "negative character reference",
    xml: "<a>&#-1;</a>",
    reason: /malformed character reference/,
    line: 1,
    column: 4,
  },
  {
    name: "character reference to NUL",
    xml: "<a>&#0;</a>",
    reason: /&#0; names a character XML does not allow/,
    line: 1,
    column: 4,
  },
  {
    name: "character reference to a control",
    xml: '<a b="x&#1;"/>',
    reason: /&#1; names a character XML does not allow/,
    line: 1,
    column: 8,
  },
  {
    name: "character reference to a surrogate",
    xml: "<a>&#xD800;</a>",
    reason: /&#xD800; names a character/,
    line: 1,
    column: 4,
  },
  {
    name: "character reference to U+FFFE",
    xml: "<a>&#xFFFE;</a>",
    reason: /&#xFFFE; names a character/,
    line: 1,
    column: 4,
  },
  {
    name: "character reference beyond Unicode",
    xml: "<a>&#x110000;</a>",
    reason: /&#x110000; names a character/,
    line: 1,
    column: 4,
  },
  { name: "]]> in text", xml: "<a>x]]>y</a>", reason: /\]\]> is not allowed in text/, line: 1, column: 5 },
  {
    name: "-- inside a comment",
    xml: "<a><!-- a -- b --></a>",
    reason: /-- is not allowed inside a comment/,
    line: 1,
    column: 11,
  },
  {
    name: "comment ending in --->",
    xml: "<a><!-- a---></a>",
    reason: /-- is not allowed inside a comment/,
    line: 1,
    column: 10,
  },
  { name: "NUL in text", xml: "<a>\0</a>", reason: /disallowed character U\+0000/, line: 1, column: 4 },
  {
    name: "control character in an attribute",
    xml: '<a b="\x01"/>',
    reason: /disallowed character U\+0001/,
    line: 1,
    column: 7,
  },
  { name: "control character in a name", xml: "<a\x1f/>", reason: /disallowed character U\+001F/, line: 1, column: 3 },
  { name: "vertical tab in text", xml: "<a>\n\x0b</a>", reason: /disallowed character U\+000B/, line: 2, column: 1 },
  {
    name: "form feed in a comment",
    xml: "<a><!--\x0c--></a>",
    reason: /disallowed character U\+000C/,
    line: 1,
    column: 8,
  },
  {
    name: "unpaired high surrogate",
    xml: "<a>\ud800x</a>",
    reason: /disallowed character U\+D800/,
    line: 1,
    column: 4,
  },
  { name: "unpaired low surrogate", xml: "<a>x\udc00</a>", reason: /disallowed character U\+DC00/, line: 1, column: 5 },
  {
    name: "high surrogate at the very end",
    xml: "<a/>\ud83d",
    reason: /disallowed character U\+D83D/,
    line: 1,
    column: 5,
  },
  { name: "U+FFFE", xml: "<a>\ufffe</a>", reason: /disallowed character U\+FFFE/, line: 1, column: 4 },
  {
    name: "U+FFFF in an attribute",
    xml: '<a b="\uffff"/>',
    reason: /disallowed character U\+FFFF/,
    line: 1,
    column: 7,
  },
  { name: "text after the root", xml: "<a/>x", reason: /text data outside of root node/, line: 1, column: 5 },
  { name: "text before the root", xml: "x<a/>", reason: /text data outside of root node/, line: 1, column: 1 },
  {
    name: "reference after the root",
    xml: "<a/>\n&amp;",
    reason: /text data outside of root node/,
    line: 2,
    column: 1,
  },
  {
    name: "no-break space after the root",
    xml: "<a/>\u00a0",
    reason: /text data outside of root node/,
    line: 1,
    column: 5,
  },
  { name: "two root elements", xml: "<a/>\n<b/>", reason: /element b after the root element/, line: 2, column: 1 },
  {
    name: "XML declaration after a blank",
    xml: ' <?xml version="1.0"?><a/>',
    reason: /only allowed at the very beginning/,
    line: 1,
    column: 2,
  },
  {
    name: "XML declaration inside the root",
    xml: '<a><?xml version="1.0"?></a>',
    reason: /only allowed at the very beginning/,
    line: 1,
    column: 4,
  },
  {
    name: "XML declaration with version 2.0",
    xml: '<?xml version="2.0"?><a/>',
    reason: /malformed XML declaration/,
    line: 1,
    column: 1,
  },
  {
    name: "XML declaration out of order",
    xml: '<?xml encoding="UTF-8" version="1.0"?><a/>',
    reason: /malformed XML declaration/,
    line: 1,
    column: 1,
  },
  {
    name: "XML declaration without version",
    xml: "<?xml?><a/>",
    reason: /malformed XML declaration/,
    line: 1,
    column: 1,
  },
  {
    name: "PI target XmL",
    xml: "<a><?XmL x?></a>",
    reason: /processing instruction target XmL is reserved/,
    line: 1,
    column: 4,
  },
  {
    name: "PI without a target",
    xml: "<a><? x?></a>",
    reason: /processing instruction without a target/,
    line: 1,
    column: 6,
  },
  {
    name: "PI target not followed by a blank",
    xml: "<a><?p?x?></a>",
    reason: /expected whitespace after <\?p/,
    line: 1,
    column: 7,
  },
  {
    name: "CDATA before the root",
    xml: "<![CDATA[x]]><a/>",
    reason: /CDATA section outside the root element/,
    line: 1,
    column: 1,
  },
  {
    name: "CDATA after the root",
    xml: "<a/><![CDATA[]]>",
    reason: /CDATA section outside the root element/,
    line: 1,
    column: 5,
  },
  { name: "<!FOO", xml: "<a><!FOO></a>", reason: /markup starting with <! is not a comment/, line: 1, column: 4 },
  {
    name: "lower-case <!doctype",
    xml: "<!doctype a><a/>",
    reason: /markup starting with <! is not a comment/,
    line: 1,
    column: 1,
  },
  {
    name: "DOCTYPE (the sink returns)",
    xml: "<!DOCTYPE a><a/>",
    reason: /DOCTYPE is not supported/,
    line: 1,
    column: 1,
  },
  { name: "place after CRLF", xml: "<a>\r\n<b>\r\n</c>", reason: /does not match/, line: 3, column: 1 },
  { name: "place after lone CRs", xml: "<a>\r\r</c>", reason: /does not match/, line: 3, column: 1 },
  {
    name: "place after an astral character (two code units)",
    xml: "<a>\u{1F600}&x;</a>",
    reason: /undefined entity/,
    line: 1,
    column: 6,
  },
  // An error before a line end, in a token that may be cut after that line end.
  {
    name: "bad reference on the line before the end of its tag",
    xml: '<a b="&#1;\n"/>',
    reason: /&#1; names a character/,
    line: 1,
    column: 7,
  },
  { name: "text before the root, then a line end", xml: "x\n<a/>", reason: /text data outside/, line: 1, column: 1 },
  { name: "]]> in text, then a line end", xml: "<a>x]]>\n</a>", reason: /\]\]> is not allowed/, line: 1, column: 5 },
  // The error comes before the end of the markup it is in, and the document ends (or meets a
  // disallowed character) before that markup's end: the error is still the first one.
  {
    name: "missing blank in a tag the document ends inside",
    xml: '<a b="1"c',
    reason: /expected whitespace/,
    line: 1,
    column: 9,
  },
  { name: "missing blank in a tag, then NUL", xml: '<a b="1"c\0', reason: /expected whitespace/, line: 1, column: 9 },
  { name: "bad name in a tag the document ends inside", xml: "<a><1", reason: /U\+0031 after </, line: 1, column: 5 },
  {
    name: "-- in a comment the document ends inside",
    xml: "<a><!-- a -- b",
    reason: /-- is not allowed/,
    line: 1,
    column: 11,
  },
  {
    name: "<!- not starting a comment, at the end",
    xml: "<a><!-x",
    reason: /markup starting with <!/,
    line: 1,
    column: 4,
  },
];

test("malformed documents fail with their reason, at their place", () => {
  const failures: string[] = [];
  for (const { name, xml, reason, line, column } of MALFORMED) {
    const { error, tokens } = read([xml]);
    if (error === undefined) failures.push(`${name}: ${show(xml)} accepted as ${show(tokens)}`);
    else if (!reason.test(error.reason) || error.line !== line || error.column !== column || !error.malformed) {
      failures.push(
        `${name}: ${show(xml)}\n    expected: ${reason} at ${line}:${column}\n    actual:   ${error.reason} at ${error.line}:${error.column}${error.malformed ? "" : " (not malformed)"}`,
      );
    }
  }
  assert.ok(failures.length === 0, `\n${failures.join("\n")}`);
});

test("the DOCTYPE is handed to the sink, which refuses it", () => {
  const recorder = new Recorder();
  recorder.doctype = () => recorder.error("refused by the sink", true);
  const { error, tokens } = recorder.read(["<!DOCTYPE a><a/>"]);
  assert.equal(tokens, []);
  assert.equal(error, { reason: "refused by the sink", line: 1, column: 1, malformed: true });
});

// ---------------------------------------------------------------------------------------------
// Chunking

test("chunking: every split of each well-formed document reads the same, places included", () => {
  const failures = WELL_FORMED.map(({ xml }) => chunkingDifference(xml)).filter((found) => found !== undefined);
  assert.ok(failures.length === 0, `\n${failures.join("\n")}`);
});

test("chunking: every split of each malformed document fails the same, at the same place", () => {
  const failures = MALFORMED.map(({ xml }) => chunkingDifference(xml)).filter((found) => found !== undefined);
  assert.ok(failures.length === 0, `\n${failures.join("\n")}`);
});

test("reset: one tokenizer reads document after document as fresh ones do", () => {
  const recorder = new Recorder();
  const failures: string[] = [];
  for (const { xml } of [...MALFORMED, ...WELL_FORMED]) {
    recorder.tokenizer.reset();
    recorder.tokens.length = 0;
    recorder.places.length = 0;
    recorder.failure = undefined;
    // The previous document may have stopped anywhere, mid-token included.
    const again = recorder.read(xml.split(""));
    const fresh = read(xml.split(""));
    if (show(again) !== show(fresh)) failures.push(`${show(xml)}: ${showOutcome(again)} / ${showOutcome(fresh)}`);
  }
  assert.ok(failures.length === 0, `\n${failures.join("\n")}`);
});

test("reportBlank: off, blank-only text is not reported; text with content keeps its blanks", () => {
  const xml = "\n <a> <b>\r\n\t</b> x <c> &#32; </c><![CDATA[ ]]>\n</a>\n";
  const readWithoutBlanks = (chunks: string[]) => {
    const recorder = new Recorder();
    recorder.tokenizer.reportBlank = false;
    return recorder.read(chunks);
  };
  const outcome = readWithoutBlanks([xml]);
  for (const chunks of chunkings(xml)) assert.equal(readWithoutBlanks(chunks), outcome, show(chunks));
  assert.equal(outcome.tokens, [
    A,
    ["<", "b"],
    ["/", "b"],
    ["text", " x "],
    ["<", "c"],
    ["text", "   "],
    ["/", "c"],
    ["cdata", " "],
    END_A,
  ]);
  assert.is(outcome.error, undefined);
});

test("limits fail as limits, not as malformed documents", () => {
  const attributes = new Recorder();
  attributes.tokenizer.maxAttributes = 2;
  const tooMany = attributes.read(['<a x="" y=""><b x="" y="" z=""/></a>']);
  assert.match(tooMany.error?.reason ?? "", /more than the limit of 2 attributes/);
  assert.is(tooMany.error?.malformed, false);
  const long = new Recorder();
  long.tokenizer.maxTokenLength = 10;
  const tooLong = long.read(`<a>${"x".repeat(20)}</a>`.split(""));
  assert.match(tooLong.error?.reason ?? "", /longer than the limit of 10 characters/);
  assert.is(tooLong.error?.malformed, false);
  const fits = new Recorder();
  fits.tokenizer.maxTokenLength = 10;
  assert.equal(fits.read(`<a>${"x".repeat(10)}</a>`.split("")).error, undefined);
});

// ---------------------------------------------------------------------------------------------
// Generated documents

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
const documentArbitrary = fc
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
const mutantArbitrary = fc
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

/** saxes's view of a document, recorded as ours is: tokens inside the root only. */
function readWithSaxes(xml: string): { tokens: Token[]; error?: string } {
  const tokens: Token[] = [];
  let depth = 0;
  const push = (token: Token) => {
    const last = tokens.length - 1;
    if (token[0] === "text" && last >= 0 && tokens[last]![0] === "text") {
      tokens[last] = ["text", tokens[last]![1]! + token[1]!];
    } else tokens.push(token);
  };
  // Forced to XML 1.0 as we are: saxes would switch to XML 1.1 rules on a 1.1 declaration.
  const parser = new SaxesParser({ xmlns: false, position: true, forceXMLVersion: true, defaultXMLVersion: "1.0" });
  parser.on("opentag", (tag) => {
    depth++;
    push(["<", tag.name, ...Object.entries(tag.attributes).flat()]);
  });
  parser.on("closetag", (tag) => {
    depth--;
    push(["/", tag.name]);
  });
  parser.on("text", (text) => {
    if (depth > 0) push(["text", text]);
  });
  parser.on("cdata", (text) => push(["cdata", text]));
  parser.on("comment", (text) => {
    if (depth > 0) push(["comment", text]);
  });
  parser.on("processinginstruction", ({ target, body }) => {
    // saxes keeps some of the blanks after the target (`<?p    x?>` gives " x"); the content of a
    // PI excludes all of them (XML Infoset §2.4; libxml2 drops them all too), as ours does.
    if (depth > 0) push(["pi", target, body.replace(/^[ \t\n]+/, "")]);
  });
  let error: string | undefined;
  parser.on("error", (thrown) => {
    error = thrown.message;
    throw new Stop(thrown.message);
  });
  try {
    parser.write(xml);
    parser.close();
  } catch (thrown) {
    // saxes 6 crashes on a document ending inside a PI right after a `?` (String.fromCodePoint(NaN)):
    // such a document is not well-formed, and saxes did not accept it.
    if (thrown instanceof RangeError) error = `saxes crashed: ${thrown.message}`;
    else if (!(thrown instanceof Stop)) throw thrown;
  }
  return error === undefined ? { tokens } : { tokens, error };
}

/** Runs a property; a failure names its shrunk counterexample and what went wrong with it. */
function check<Ts extends [unknown, ...unknown[]]>(property: fc.IProperty<Ts>, numRuns: number): void {
  const details = fc.check(property, { numRuns, seed: SEED });
  if (!details.failed) return;
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  assert.unreachable(
    `failed after ${details.numRuns} runs (seed ${details.seed}, path "${details.counterexamplePath}"), shrunk to ${show(details.counterexample)}:\n    ${error}`,
  );
}

const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Where ours and saxes part, or undefined when they agree (or part only where saxes is wrong). */
function differenceFromSaxes(xml: string): string | undefined {
  const ours = read([xml]);
  // The tokenizer leaves "no root element" to its sink (the reader says "document has no root element").
  const oursAccepts = ours.error === undefined && ours.tokens.length > 0;
  if (UNPAIRED_SURROGATE.test(xml)) {
    // saxes reads a lone surrogate together with the next code unit (`<a>\uD800</a>` fails as
    // "unclosed tag"); an unpaired surrogate is no Char (XML 1.0 §2.2), and we must refuse it.
    return oursAccepts ? `${show(xml)} has an unpaired surrogate but was accepted` : undefined;
  }
  const theirs = readWithSaxes(xml);
  const theyAccept = theirs.error === undefined;
  if (!oursAccepts && theyAccept && /^expected whitespace after <\?/.test(ours.error?.reason ?? "")) {
    // saxes accepts `<?x?y?>`: a PI target must be followed by S or `?>` (XML 1.0 [16]); libxml2
    // agrees with us ("ParsePI: PI x space expected").
    return undefined;
  }
  if (oursAccepts === theyAccept && (!oursAccepts || show(ours.tokens) === show(theirs.tokens))) return undefined;
  const mine = oursAccepts ? show(ours.tokens) : `rejected: ${ours.error?.reason ?? "no root element"}`;
  const saxes = theyAccept ? show(theirs.tokens) : `rejected: ${theirs.error}`;
  return `${show(xml)}\n    ours:  ${mine}\n    saxes: ${saxes}`;
}

test("generated documents are read as saxes reads them", () => {
  check(
    fc.property(documentArbitrary, (xml) => {
      const difference = differenceFromSaxes(xml);
      if (difference !== undefined) throw new Error(difference);
    }),
    RUNS,
  );
});

test("mutated documents: saxes and we accept and refuse the same, and read the same", () => {
  check(
    fc.property(mutantArbitrary, (xml) => {
      const difference = differenceFromSaxes(xml);
      if (difference !== undefined) throw new Error(difference);
    }),
    10 * RUNS,
  );
});

test("chunking: generated and mutated documents cut anywhere read as they do whole", () => {
  // Up to four cuts, or one-character chunks; places asked at every token, or only at an error.
  const cuts = fc.oneof(fc.array(fc.nat(), { maxLength: 4 }), fc.constant("every character" as const));
  check(
    fc.property(fc.oneof(documentArbitrary, mutantArbitrary), cuts, fc.boolean(), (xml, at, tracking) => {
      let chunks: string[];
      if (at === "every character") chunks = xml.split("");
      else {
        const points = [...new Set([0, ...at.map((point) => point % (xml.length + 1)), xml.length])];
        points.sort((a, b) => a - b);
        chunks = points.slice(1).map((point, index) => xml.slice(points[index], point));
      }
      const whole = show(read([xml], tracking));
      const cut = show(read(chunks, tracking));
      if (cut !== whole) throw new Error(`${show(chunks)}\n    whole: ${whole}\n    cut:   ${cut}`);
    }),
    3 * RUNS,
  );
});

test.run();
