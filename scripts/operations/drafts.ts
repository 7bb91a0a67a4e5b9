/**
 * The first reading of an operation page: method, path template, action, and the raw facts its
 * sections state (status, request body sentence, request parameter tables). Answers, ids and docs
 * are added later from these and the examples.
 */
import { markdownTables, possibleValues, sectionSentence, type EmPage } from "./em-pages.js";
import { parseTitle, uniqueTemplate, type TemplateParameter } from "./path-templates.js";

/** An operation as one page states it. */
export interface Draft {
  readonly page: string;
  readonly method: string;
  /** The page's path, `{ID}` for every identifier (what the id is named from). */
  readonly pagePath: string;
  /** The template with unique parameter names. */
  readonly path: string;
  readonly parameters: readonly TemplateParameter[];
  readonly action: string | undefined;
  /** The success status the Response Codes section names. */
  readonly status: number | undefined;
  /** Whether the Response Body section says the answer is a task. */
  readonly answersTask: boolean;
  /** Whether the Request Body section says there is none, must be one, or may be one. */
  readonly bodyRule: "none" | "required" | "optional";
  /** Rows of the Request Parameters tables. */
  readonly queryRows: readonly DocumentedParameter[];
}

/** A query parameter row of a page. */
export interface DocumentedParameter {
  readonly name: string;
  readonly type: string;
  readonly required: boolean;
  readonly values: readonly string[];
}

/** Overrides of what a title says (the title is wrong, the HTTP Request line right). */
export interface TitleCorrection {
  readonly method?: string;
  readonly path?: string;
  readonly action?: string;
  readonly reason: string;
}

/** Reads a titled operation page; undefined for pages that are not one operation. */
export function readDraft(page: EmPage, correction: TitleCorrection | undefined): Draft | undefined {
  const title = parseTitle(page.title);
  if (title === undefined) return undefined;
  const pagePath = correction?.path ?? title.path;
  const template = uniqueTemplate(pagePath);
  return {
    page: page.file,
    method: correction?.method ?? title.method,
    pagePath,
    path: template.path,
    parameters: template.parameters,
    action: correction?.action ?? title.query.get("action"),
    status: successStatus(page),
    answersTask: /returns a task/.test(sectionSentence(page, "Response Body")),
    bodyRule: bodyRule(sectionSentence(page, "Request Body")),
    queryRows: parameterRows(page),
  };
}

/** The status of "returns response code 202 Accepted". */
function successStatus(page: EmPage): number | undefined {
  const sentence = sectionSentence(page, "Response Codes");
  const code = /response code (\d{3})/.exec(sentence)?.[1];
  return code === undefined ? undefined : Number(code);
}

function bodyRule(sentence: string): Draft["bodyRule"] {
  if (sentence === "" || /^None\.?$/.test(sentence)) return "none";
  return /client can send/.test(sentence) ? "optional" : "required";
}

/** The rows of the tables in a page's Request Parameters section. */
function parameterRows(page: EmPage): DocumentedParameter[] {
  return markdownTables(page)
    .filter((table) => table.section === "Request Parameters" && table.header.includes("Type"))
    .flatMap((table) => {
      const column = (name: string) => table.header.indexOf(name);
      const required = column("Required");
      return table.rows.map((row) => ({
        name: row[0]!,
        type: row[1]!,
        required: required >= 0 && /^true$/i.test(row[required]!),
        values: possibleValues(row[row.length - 1]!),
      }));
    });
}
