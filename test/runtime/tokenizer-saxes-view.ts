/**
 * saxes as the second opinion on the tokenizer: its view of a document recorded as ours is, and
 * where the two part, leaving out the places where saxes is known to be wrong.
 */
import { SaxesParser } from "saxes";
import { read, show, Stop, type Token } from "./tokenizer-recorder.js";

/** saxes's view of a document, recorded as ours is: tokens inside the root only. */
export function readWithSaxes(xml: string): { tokens: Token[]; error?: string } {
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

const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Where ours and saxes part, or undefined when they agree (or part only where saxes is wrong). */
export function differenceFromSaxes(xml: string): string | undefined {
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
