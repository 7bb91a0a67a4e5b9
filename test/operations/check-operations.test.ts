/**
 * The checks of the operation files against each other and the type schemas: each mistake is
 * reported alone, at its file and JSON pointer, and several mistakes are reported together.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { JOB_OPERATIONS, operationFile, problemsOf, VALID_FILES, type Source } from "./operation-fixtures.js";

type Json = Record<string, any>;

/** The valid set with one file's content changed. */
function changed(file: "jobs" | "query", change: (content: Json) => void): Source[] {
  return VALID_FILES.map((source) => {
    if (source.file !== `operations/${file}.json`) return source;
    const content = JSON.parse(source.text) as Json;
    change(content);
    return { file: source.file, text: JSON.stringify(content) };
  });
}

const checks = suite("operation reference checks");

/** [what is wrong, which file, the change, the pointer, a fragment of the message] */
const CASES: [string, "jobs" | "query", (content: Json) => void, string, string][] = [
  [
    "an unknown request body element",
    "jobs",
    (c) => (c.operations[2].body.element = "Nope"),
    "/operations/2/body/element",
    'request body element "Nope" is not a root element',
  ],
  [
    "an unknown answer element",
    "jobs",
    (c) => (c.operations[0].responses[1].element = "JobList"),
    "/operations/0/responses/1/element",
    'answer element "JobList" is not a root element',
  ],
  [
    "path parameters the template does not name",
    "jobs",
    (c) => (c.operations[1].path = "/jobs/{jobID}"),
    "/operations/1/pathParameters",
    "path parameters [ID] do not match the template's [jobID]",
  ],
  [
    "a template that names one parameter twice",
    "jobs",
    (c) => {
      c.operations[3].path = "/jobs/{ID}/includes/{ID}";
      c.operations[3].pathParameters[0].name = "ID";
    },
    "/operations/3/path",
    "path parameter {ID} appears twice",
  ],
  [
    "a spanning parameter before the end of the path",
    "jobs",
    (c) => (c.operations[3].pathParameters[0].spansSegments = true),
    "/operations/3/pathParameters/0",
    "spans segments, so it must end the path",
  ],
  [
    "the same method, path and action twice (paths without regard to case)",
    "jobs",
    (c) => c.operations.push({ ...c.operations[2], id: "startJobAgain", path: "/JOBS/{ID}", action: "Start" }),
    "/operations/4",
    "operation POST /jobs/{}?action=start is declared twice (also at operations/jobs.json#/operations/2)",
  ],
  [
    "a query parameter type that is no simple type",
    "jobs",
    (c) => (c.operations[0].query[0].type = "JobType"),
    "/operations/0/query/0/type",
    'type "JobType" is not a built-in or a simple type',
  ],
  [
    "values and valuesFrom together",
    "jobs",
    (c) => (c.operations[0].query[0].valuesFrom = "queryTypes"),
    "/operations/0/query/0",
    "has both values and valuesFrom",
  ],
  [
    "a query parameter action on an operation with its own action",
    "jobs",
    (c) => (c.operations[2].query = [{ name: "action", type: "xs:string", doc: "Clashes." }]),
    "/operations/2/query/0",
    'clashes with the operation\'s own action "start"',
  ],
  [
    "an answer selected by a format value the operation does not declare",
    "jobs",
    (c) => (c.operations[1].query[0].values = ["Entities"]),
    "/operations/1/responses/1/format",
    'format "Entity" is not a value of the operation\'s format parameter',
  ],
  [
    "a referenceType on an answer that is no reference",
    "jobs",
    (c) => (c.operations[2].responses[0].referenceType = "TaskReference"),
    "/operations/2/responses/0/referenceType",
    "referenceType is for EntityRef and EntityReferences answers, not Task",
  ],
  [
    "an answer with an element and a media type",
    "jobs",
    (c) => (c.operations[2].responses[0].mediaType = "application/octet-stream"),
    "/operations/2/responses/0",
    "either an element or a media type",
  ],
  [
    "a resource read by an operation that is not declared",
    "jobs",
    (c) => (c.resources[0].operation = "readJob"),
    "/resources/0/operation",
    'operation "readJob" is not declared',
  ],
  [
    "a resource read by an operation that is no GET",
    "jobs",
    (c) => (c.resources[0].operation = "startJob"),
    "/resources/0/operation",
    "operation startJob is a POST, not the GET that reads the resource",
  ],
  [
    "a resource element its operation does not answer",
    "jobs",
    (c) => (c.resources[0].element = "Task"),
    "/resources/0/element",
    "operation getJob does not answer Task",
  ],
  [
    "a link to an operation that is not declared",
    "jobs",
    (c) => (c.resources[0].links[0].operation = "beginJob"),
    "/resources/0/links/0/operation",
    'link Start leads to operation "beginJob", which is not declared',
  ],
  [
    "a query type declared twice (names without regard to case)",
    "query",
    (c) => c.queryTypes.push({ ...c.queryTypes[0], name: "JOB" }),
    "/queryTypes/1/name",
    "query type JOB is declared twice (also at operations/query.json#/queryTypes/0)",
  ],
  [
    "a field type that is no simple type",
    "query",
    (c) => (c.queryTypes[0].fields[0].type = "Uid"),
    "/queryTypes/0/fields/0/type",
    'type "Uid" is not a built-in or a simple type',
  ],
  [
    "a field declared twice",
    "query",
    (c) => (c.queryTypes[0].fields[1].name = "uid"),
    "/queryTypes/0/fields/1/name",
    "field uid is declared twice",
  ],
  [
    "an entity that is no root element",
    "query",
    (c) => (c.queryTypes[0].entity = "JobEntity"),
    "/queryTypes/0/entity",
    'entity element "JobEntity" is not a root element',
  ],
  [
    "an entities element that QueryResult/Entities does not hold",
    "query",
    (c) => (c.queryTypes[0].entities = "Job"),
    "/queryTypes/0/entities",
    'entities element "Job" is not an element of QueryResult/Entities',
  ],
];

for (const [what, file, change, pointer, fragment] of CASES) {
  checks(`reports ${what} at its place`, () => {
    const problems = problemsOf(changed(file, change));
    assert.is(problems.length, 1, JSON.stringify(problems, null, 2));
    assert.is(problems[0]!.file, `operations/${file}.json`);
    assert.is(problems[0]!.pointer, pointer);
    assert.ok(problems[0]!.message.includes(fragment), `${problems[0]!.message} lacks ${fragment}`);
  });
}

checks("reports an id used in two files at the second", () => {
  const problems = problemsOf(changed("query", (c) => (c.operations[0].id = "getJobs")));
  assert.equal(problems, [
    {
      file: "operations/query.json",
      pointer: "/operations/0/id",
      message: "operation id getJobs is used twice (also at operations/jobs.json#/operations/0)",
    },
  ]);
});

checks("reports valuesFrom queryTypes when no file declares a query type", () => {
  const problems = problemsOf(changed("query", (c) => delete c.queryTypes));
  assert.equal(problems, [
    {
      file: "operations/query.json",
      pointer: "/operations/0/query/0/valuesFrom",
      message: "query parameter type takes the query types' names, but no file declares a query type",
    },
  ]);
});

checks("reports the problems of two files together in one SchemaError", () => {
  const jobs = {
    file: "operations/jobs.json",
    text: operationFile({ operations: [{ ...JOB_OPERATIONS[1], pathParameters: [] }] }),
  };
  const other = {
    file: "operations/other.json",
    text: operationFile({ operations: [{ ...JOB_OPERATIONS[0], id: "getJob" }] }),
  };
  const problems = problemsOf([jobs, other, { file: "operations/broken.json", text: "[" }]);
  assert.equal(problems.map((problem) => `${problem.file}#${problem.pointer}`).sort(), [
    "operations/broken.json#",
    "operations/jobs.json#/operations/0/pathParameters",
    "operations/other.json#/operations/0/id",
  ]);
});

checks.run();
