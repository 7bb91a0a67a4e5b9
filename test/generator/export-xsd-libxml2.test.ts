/**
 * The XSD export under libxml2 (xmllint-wasm): it compiles, and it agrees with `validateDocument`
 * on our fixtures, on the EM-namespaced samples of the reference corpus (read in place; skipped with
 * a message when absent) and on random valid instances of the generated classes. Every
 * disagreement is listed with its reason, and each listed one must still happen.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { SaxesParser } from "saxes";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { validateDocument } from "../../cli/validate.js";
import { exportXsd } from "../../generator/export-xsd/export-xsd.js";
import { loadSchemaFolder, type LoadedSchema } from "../../generator/load/load-schemas.js";
import type { GroupSchema, ParticleSchema, TypeBodySchema } from "../../generator/schema-types.js";
import { serialize } from "../../generated/index.js";
import { types } from "../../generated/type-table.gen.js";
import { escapeAttribute, escapeText } from "../../runtime/xml/escape.js";
import type { XmlObject } from "../../index.js";
import { corpus, documents, fixtureNames, projectRoot } from "../helpers.js";
import { instanceArbitrary, model } from "../property/arbitrary.js";
import { compileErrors, EM, libxml2 } from "./libxml2.js";

const crossChecking = suite("export-xsd against libxml2");

const schemas = loadSchemaFolder(join(projectRoot, "schemas"));
const exported = exportXsd(schemas);

/**
 * What our schemas say that XSD 1.0, which libxml2 implements, cannot compile; each with its reason
 * and the change that makes the export compile for the cross-checks below. The export itself stays
 * faithful (it is what import-xsd reads back); the test fails when the list is no longer true.
 */
const XSD10_ADJUSTMENTS: { type: string; error: string; reason: string; from: string; to: string }[] = [];

/** The export with {@link XSD10_ADJUSTMENTS} applied, each inside its own type only. */
function adjustedForXsd10(xsd: string): string {
  let text = xsd;
  for (const adjustment of XSD10_ADJUSTMENTS) {
    const start = text.indexOf(`<xs:complexType name="${adjustment.type}"`);
    const end = text.indexOf("</xs:complexType>", start);
    assert.ok(start >= 0 && end > start, `${adjustment.type} is not in the export`);
    const body = text.slice(start, end);
    assert.ok(body.includes(adjustment.from), `${adjustment.type} no longer has ${adjustment.from}`);
    text = text.slice(0, start) + body.replace(adjustment.from, adjustment.to) + text.slice(end);
  }
  return text;
}

const xsd10 = adjustedForXsd10(exported);

// ---------------------------------------------------------------------------------------------
// libxml2 and the fixtures

crossChecking("libxml2 compiles the export, but for the listed XSD 1.0 limits of our schemas", async () => {
  assert.equal(
    (await compileErrors(exported)).map((line) =>
      line.replace(/^em\.xsd:\d+: element complexType: Schemas parser error : /, ""),
    ),
    XSD10_ADJUSTMENTS.map((adjustment) => adjustment.error),
  );
  assert.equal(await compileErrors(xsd10), []);
});

crossChecking(
  "libxml2 validates every fixture document by the export; unknown content is rejected where emx warns",
  async () => {
    const names = fixtureNames();
    const verdicts = await libxml2(
      xsd10,
      names.map((name) => ({ fileName: name, contents: readFileSync(join(documents, name), "utf8") })),
    );
    for (const name of names) {
      if (name === "unknown-content.xml") continue;
      assert.equal(verdicts.get(name), { valid: true, errors: [] }, name);
      assert.ok(validateDocument(name, readFileSync(join(documents, name))).ok, name);
    }
    assert.is(verdicts.get("unknown-content.xml")!.valid, false);

    // libxml2 stops at the first unexpected child of an element, so the places are found one round at
    // a time: each complaint's element or attribute is removed and the rest validated again.
    const bytes = readFileSync(join(documents, "unknown-content.xml"));
    const ours = validateDocument("unknown-content.xml", bytes);
    assert.ok(ours.ok);
    assert.ok(ours.findings.every((finding) => finding.severity === "warning"));
    const ourPlaces = ours.findings.map((finding) => localName(lastStep(finding.path!))).sort();
    const theirPlaces: string[] = [];
    let text = bytes.toString("utf8");
    for (let round = 0; ; round++) {
      assert.ok(round < 20, "libxml2 keeps complaining");
      const verdict = (await libxml2(xsd10, [{ fileName: "unknown-content.xml", contents: text }])).get(
        "unknown-content.xml",
      )!;
      if (verdict.valid) break;
      const tree = readTree(text);
      for (const error of verdict.errors) {
        const complaint = parseComplaint(error);
        assert.ok(complaint !== undefined, `not a complaint about unknown content: ${error}`);
        theirPlaces.push(complaint.element);
        removeComplaint(tree, complaint);
      }
      text = writeTree(tree);
    }
    assert.equal(theirPlaces.sort(), ourPlaces);
    assert.equal(ourPlaces, ["Audit", "BackupMode", "NASJob", "NASJob", "Note", "Tier", "Trailer"]);
  },
);

const lastStep = (path: string) => path.slice(path.lastIndexOf("/") + 1).replace(/\[\d+\]$/, "");
const localName = (name: string) => name.slice(name.indexOf(":") + 1);

interface Complaint {
  readonly line: number;
  /** Local name of the element complained about. */
  readonly element: string;
  /** Local name of the attribute, when the complaint is about one. */
  readonly attribute?: string;
}

/** `12: Schemas validity error : Element 'A', attribute '{ns}b': The attribute ... is not allowed.` */
function parseComplaint(error: string): Complaint | undefined {
  const match =
    /^(\d+): Schemas validity error : Element '(?:\{[^}]*\})?([^']+)'(?:, attribute '(?:\{[^}]*\})?([^']+)')?: (.*)$/.exec(
      error,
    );
  if (match === null) return undefined;
  const [, line, element, attribute, message] = match;
  if (attribute !== undefined ? !/is not allowed/.test(message!) : !/This element is not expected/.test(message!))
    return undefined;
  return { line: Number(line), element: element!, ...(attribute === undefined ? {} : { attribute }) };
}

/** A small element tree, enough to remove what libxml2 complains about and write the rest back. */
interface TreeElement {
  readonly name: string;
  attributes: [string, string][];
  readonly children: (TreeElement | string)[];
  /** Lines of the start tag, from `<` to `>`. */
  readonly lines: readonly [number, number];
}

function readTree(text: string): TreeElement {
  const parser = new SaxesParser({ position: true });
  const stack: TreeElement[] = [];
  let root: TreeElement | undefined;
  let startLine = 1;
  parser.on("opentagstart", () => void (startLine = parser.line));
  parser.on("opentag", (tag) => {
    const element: TreeElement = {
      name: tag.name,
      attributes: Object.entries(tag.attributes as Record<string, string>),
      children: [],
      lines: [startLine, parser.line],
    };
    if (stack.length === 0) root = element;
    else stack[stack.length - 1]!.children.push(element);
    stack.push(element);
  });
  parser.on("text", (value) => void stack[stack.length - 1]?.children.push(value));
  parser.on("closetag", () => void stack.pop());
  parser.write(text).close();
  return root!;
}

function writeTree(element: TreeElement): string {
  const attributes = element.attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join("");
  const children = element.children
    .map((child) => (typeof child === "string" ? escapeText(child) : writeTree(child)))
    .join("");
  return `<${element.name}${attributes}>${children}</${element.name}>`;
}

function removeComplaint(tree: TreeElement, complaint: Complaint): void {
  const visit = (element: TreeElement, parent: TreeElement | undefined): boolean => {
    const [first, last] = element.lines;
    if (localName(element.name) === complaint.element && complaint.line >= first && complaint.line <= last) {
      if (complaint.attribute !== undefined) {
        const before = element.attributes.length;
        element.attributes = element.attributes.filter(([name]) => localName(name) !== complaint.attribute);
        return element.attributes.length < before;
      }
      if (parent === undefined) return false;
      parent.children.splice(parent.children.indexOf(element), 1);
      return true;
    }
    return element.children.some((child) => typeof child !== "string" && visit(child, element));
  };
  assert.ok(visit(tree, undefined), `could not find ${JSON.stringify(complaint)}`);
}

// ---------------------------------------------------------------------------------------------
// libxml2 and the reference corpus

/**
 * Samples on which libxml2 and `emx validate` disagree, each with why, which side rejects it, and
 * what each side says (checked, so that an entry cannot hide a different disagreement).
 */
const KNOWN_DISAGREEMENTS: Record<
  string,
  { reason: string; rejectedBy: "libxml2" | "emx"; emx: RegExp; libxml2: RegExp }
> = Object.fromEntries([
  ...[
    "scenario_1_click_restore__3__EntityReferences.xml",
    "scenario_restore_scope__8__EnterpriseAccountHierarchyScopes.xml",
    "scenario_starting_a_job__2__EntityReferences.xml",
    "scenario_vm_restore__3__EntityReferences.xml",
  ].map((file) => [
    file,
    {
      reason:
        "The page shortens a list with a literal '...' between the items. XSD allows no text in element-only " +
        "content; emx keeps stray text in place with a warning (nothing read is lost, by design), so it is " +
        "not an error there.",
      rejectedBy: "libxml2",
      emx: /^text "\.\.\." is not part of \S+ \(\w+\); it is kept$/,
      libxml2: /Character content other than whitespace is not allowed because the content type is 'element-only'/,
    },
  ]),
  ...[
    "post_backupservers__2__BackupServerSpec.xml",
    "post_vcloud_orgconfigs__2__VCloudOrganizationConfigCreateSpec.xml",
  ].map((file) => [
    file,
    {
      reason:
        "The page's hand-written example puts an element out of schema order. XSD rejects it; emx reads it " +
        "leniently with a warning (writing puts it back in schema order), so it is not an error there.",
      rejectedBy: "libxml2",
      emx: /^element \w+ is out of order in \w+: it comes after \w+, but the schema puts it before/,
      libxml2: /Schemas validity error : Element '\w+': This element is not expected/,
    },
  ]),
]);

const corpusXml = join(corpus, "xml");
if (!existsSync(corpusXml)) {
  console.log(`export-xsd: skipped the corpus agreement, the reference corpus is not at ${corpusXml}`);
} else {
  crossChecking(
    "libxml2 and emx validate agree on every EM-namespaced sample of the corpus, but for the listed cases",
    async () => {
      const files = readdirSync(corpusXml)
        .filter((name) => name.endsWith(".xml"))
        .sort()
        .map((name) => ({ name, text: readFileSync(join(corpusXml, name), "utf8") }))
        .filter(({ text }) => rootNamespace(text) === EM);
      const verdicts = await libxml2(
        xsd10,
        files.map(({ name, text }) => ({ fileName: name, contents: text })),
      );
      const unexplained: string[] = [];
      let agreeing = 0;
      for (const { name, text } of files) {
        const theirs = verdicts.get(name)!;
        const ours = validateDocument(name, new TextEncoder().encode(text));
        const known = KNOWN_DISAGREEMENTS[name];
        if (theirs.valid === ours.ok) {
          agreeing++;
          if (known !== undefined)
            unexplained.push(
              `${name}: listed as a disagreement, but both sides say ${theirs.valid ? "valid" : "invalid"} now`,
            );
          continue;
        }
        const describe = `${name}: libxml2 says ${theirs.valid ? "valid" : `invalid (${theirs.errors.join("; ")})`}, emx says ${ours.ok ? "valid" : `invalid (${ours.problem})`}`;
        const explained =
          known !== undefined &&
          (known.rejectedBy === "libxml2" ? !theirs.valid : !ours.ok) &&
          ours.findings.some((finding) => known.emx.test(finding.message)) &&
          theirs.errors.some((error) => known.libxml2.test(error));
        if (!explained) unexplained.push(describe);
      }
      assert.ok(files.length > 250, `${files.length} EM-namespaced samples`);
      console.log(`libxml2 and emx validate agree on ${agreeing}/${files.length} samples`);
      assert.equal(unexplained, []);
    },
  );
}

/** The namespace of a document's root element, from its own default namespace declaration. */
function rootNamespace(text: string): string | undefined {
  const start = /<([A-Za-z_][\w.:-]*)(\s[^>]*)?>/.exec(text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ""));
  return start === null ? undefined : /\sxmlns="([^"]*)"/.exec(start[2] ?? "")?.[1];
}

// ---------------------------------------------------------------------------------------------
// Random valid instances

/** Instances per root element; FC_RUNS raises it. */
const RUNS = Number(process.env.FC_RUNS ?? "5");
const SEED = Number(process.env.FC_SEED ?? "20261129");

/**
 * The exclusive choices a type requires (one branch must be present), as the element names of each
 * branch, by the type names the lowering gives (anonymous types included). arbitrary.ts treats each
 * branch of a choice as optional, so it sometimes makes an instance that takes none; the test tells
 * those apart rather than count them as disagreements.
 */
function requiredChoices(files: readonly LoadedSchema[]): Map<string, string[][][]> {
  const result = new Map<string, string[][][]>();
  const names = (particle: ParticleSchema): string[] =>
    "element" in particle
      ? [particle.element]
      : "any" in particle
        ? []
        : ((particle as GroupSchema).sequence ?? (particle as GroupSchema).choice ?? []).flatMap(names);
  const emptiable = (particle: ParticleSchema): boolean => {
    if ((particle.minOccurs ?? 1) === 0 || "any" in particle) return true;
    if ("element" in particle) return false;
    const group = particle as GroupSchema;
    return group.sequence !== undefined ? group.sequence.every(emptiable) : group.choice!.some(emptiable);
  };
  const visitType = (name: string, body: TypeBodySchema) => {
    const choices: string[][][] = [];
    const visit = (particle: ParticleSchema, required: boolean) => {
      if ("element" in particle) {
        if (particle.complexType !== undefined)
          visitType(`${name.replace(/Type$/, "")}${particle.element}Type`, particle.complexType);
        return;
      }
      if ("any" in particle) return;
      const group = particle as GroupSchema;
      const own = required && (group.minOccurs ?? 1) > 0;
      const exclusive = (group.choice?.length ?? 0) > 1;
      if (exclusive && own && !group.choice!.some(emptiable)) choices.push(group.choice!.map(names));
      for (const child of group.sequence ?? group.choice ?? []) visit(child, own && !exclusive);
    };
    if (body.content !== undefined) visit(body.content, true);
    if (choices.length > 0) result.set(name, choices);
  };
  for (const { schema } of files) for (const type of schema.complexTypes ?? []) visitType(type.name, type);
  return result;
}

const classNames = new Map<unknown, string>(
  model.files.flatMap((file) =>
    file.classes
      .filter((type) => !type.abstract)
      .map((type) => [types.get(type.schemaName).create().constructor, type.schemaName] as const),
  ),
);
const members = new Map(model.files.flatMap((file) => file.classes.map((type) => [type.schemaName, type] as const)));

/** Whether an instance (or one inside it) takes no branch of a choice its type requires. */
function missesRequiredChoice(object: XmlObject, choices: Map<string, string[][][]>): boolean {
  const typeName = classNames.get(object.constructor);
  if (typeName === undefined) return false;
  const record = object as unknown as Record<string, unknown>;
  for (let name: string | undefined = typeName; name !== undefined; name = members.get(name)?.base) {
    const type = members.get(name)!;
    const present = (xmlName: string) => {
      const element = type.elements.find((candidate) => candidate.xmlName === xmlName);
      return element !== undefined && record[element.member] !== undefined;
    };
    if ((choices.get(name) ?? []).some((branches) => !branches.some((branch) => branch.some(present)))) return true;
  }
  return Object.values(record).some((value) =>
    (Array.isArray(value) ? value : [value]).some(
      (item) =>
        typeof item === "object" &&
        item !== null &&
        classNames.has(item.constructor) &&
        missesRequiredChoice(item as XmlObject, choices),
    ),
  );
}

/**
 * Root elements whose valid instances emx's validation rejects, each with its reason and what emx
 * says (checked, and each must still happen).
 */
const KNOWN_INSTANCE_DISAGREEMENTS: Record<string, { reason: string; emx: RegExp }> = {};

crossChecking(
  `random valid instances of every root element's class, written by emx, validate with libxml2 (${RUNS} each)`,
  async () => {
    const choices = requiredChoices(schemas);
    const roots = model.files.flatMap((file) => file.roots);
    const docs: { root: string; fileName: string; contents: string; outside: boolean }[] = [];
    for (const root of roots) {
      fc.sample(instanceArbitrary(root.type), { numRuns: RUNS, seed: SEED }).forEach((object, index) =>
        docs.push({
          root: root.element,
          fileName: `${root.element}-${index}.xml`,
          contents: serialize(object, { root: root.element }),
          outside: missesRequiredChoice(object, choices),
        }),
      );
    }
    const verdicts = await libxml2(xsd10, docs);
    const failures: string[] = [];
    const known = new Map<string, number>();
    let outside = 0;
    for (const doc of docs) {
      const theirs = verdicts.get(doc.fileName)!;
      const ours = validateDocument(doc.fileName, new TextEncoder().encode(doc.contents));
      const errors = ours.findings.filter((finding) => finding.severity === "error");
      const listed = KNOWN_INSTANCE_DISAGREEMENTS[doc.root];
      let emxAccepts = ours.ok;
      if (!ours.ok && listed !== undefined && errors.every((finding) => listed.emx.test(finding.message))) {
        known.set(doc.root, (known.get(doc.root) ?? 0) + 1);
        emxAccepts = true;
      }
      if (doc.outside) {
        // Not valid instances: libxml2 must say so; emx does not check that a required choice is taken.
        outside++;
        if (
          theirs.valid ||
          !theirs.errors.every((error) => /Missing child element|This element is not expected/.test(error))
        )
          failures.push(
            `${doc.fileName} takes no branch of a required choice, yet libxml2 says ${theirs.errors.join("; ") || "valid"}`,
          );
        if (!emxAccepts) failures.push(`${doc.fileName}: emx says ${ours.problem}`);
        continue;
      }
      if (!theirs.valid) failures.push(`${doc.fileName}: libxml2 says ${theirs.errors.join("; ")}\n${doc.contents}`);
      if (!emxAccepts) failures.push(`${doc.fileName}: emx says ${ours.problem}`);
    }
    for (const root of Object.keys(KNOWN_INSTANCE_DISAGREEMENTS))
      if (known.get(root) !== docs.filter((doc) => doc.root === root).length)
        failures.push(`${root}: listed as a disagreement, but emx accepts some of its instances now`);
    const disagreeing = [...known.values()].reduce((sum, count) => sum + count, 0);
    console.log(
      `random instances: libxml2 and emx validate agree on ${docs.length - outside - disagreeing}/${docs.length - outside} valid ones ` +
        `(${disagreeing} listed: ${[...known.keys()].join(", ")}); ${outside} more take no branch of a required choice ` +
        "(arbitrary.ts), which libxml2 rejects and emx accepts",
    );
    assert.equal(failures, []);
  },
);

crossChecking.run();
