import { test } from "uvu";
import * as assert from "uvu/assert";
import { firstDifference, parse, serialize } from "../../index.js";
import { readError } from "../helpers.js";

const EM = 'xmlns="http://www.veeam.com/ent/v1.0"';

test("keeps nested unknown elements whole after a read that failed at their depth", () => {
  for (const xmlParser of ["emx", "saxes"] as const) {
    // The failed read leaves the reused frame of depth 3 holding a Link.
    readError(() => parse(`<Task ${EM} Href="h"><Links><Link Href="x"><`, { xmlParser }));
    const xml = `<Task ${EM} Href="h"><Extra><Inner>1</Inner><More /></Extra><TaskId>1</TaskId><State>Running</State><Operation>o</Operation></Task>`;
    assert.is(firstDifference(xml, serialize(parse(xml, { xmlParser }))), undefined, xmlParser);
  }
});

test.run();
