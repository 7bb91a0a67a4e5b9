/** The generated classes used from typed code: construct, modify, serialize, read back. */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import {
  EntityReferences,
  ErrorType,
  JobScheduleOptionsInfo,
  Link,
  NASJob,
  NASObject,
  parse,
  serialize,
  Task,
  type TaskStateEnumeration,
} from "../../generated/index.js";
import { XmlDateTime, XmlTime } from "../../index.js";

const usage = suite("generated classes in use");

usage("builds a job from plain data and writes it in schema order", () => {
  const job = new NASJob({
    href: "https://em/api/nas/jobs/1?format=Entity",
    name: "Shares",
    uid: "urn:veeam:NasJob:1",
    type: "NasJob",
    nextRun: new Date(Date.UTC(2026, 11, 24, 18, 30)),
    scheduleEnabled: true,
    includes: [
      { href: "https://em/api/nas/jobs/1/includes/1", fileOrFolder: "\\\\fs\\share", exclusionMask: ["*.tmp"] },
    ],
    jobScheduleOptions: {
      standart: {
        optionsDaily: {
          enabled: true,
          kind: "SelectedDays",
          days: ["Monday", "Thursday"],
          time: XmlTime.of(22, 0, 0, 60),
        },
      },
    },
  });
  assert.instance(job.includes![0], NASObject);
  assert.instance(job.jobScheduleOptions, JobScheduleOptionsInfo);
  assert.instance(job.nextRun, XmlDateTime);
  assert.is(
    serialize(job, { indent: "" }),
    '<NASJob xmlns="http://www.veeam.com/ent/v1.0" Href="https://em/api/nas/jobs/1?format=Entity" Type="NasJob" Name="Shares" UID="urn:veeam:NasJob:1">' +
      '<Includes><NASObject Href="https://em/api/nas/jobs/1/includes/1"><FileOrFolder>\\\\fs\\share</FileOrFolder><ExclusionMask><Extension>*.tmp</Extension></ExclusionMask></NASObject></Includes>' +
      "<ScheduleEnabled>true</ScheduleEnabled><NextRun>2026-12-24T18:30:00Z</NextRun>" +
      '<JobScheduleOptions><Standart><OptionsDaily Enabled="true"><Kind>SelectedDays</Kind><Days>Monday</Days><Days>Thursday</Days><Time>22:00:00+01:00</Time></OptionsDaily></Standart></JobScheduleOptions>' +
      "</NASJob>",
  );
});

usage("modifies a parsed job and keeps everything else", () => {
  const text =
    '<NASJob xmlns="http://www.veeam.com/ent/v1.0" Href="h" Name="n" UID="urn:veeam:NasJob:1"><Links><Link Rel="Start" Href="s"/></Links><Description>old</Description><ScheduleEnabled>true</ScheduleEnabled></NASJob>';
  const job = parse(text, { expect: NASJob });
  job.description = "new";
  job.scheduleEnabled = !job.scheduleEnabled;
  job.links!.push(new Link({ rel: "Stop", href: "t" }));
  assert.is(
    serialize(job, { indent: "" }),
    '<NASJob xmlns="http://www.veeam.com/ent/v1.0" Href="h" Name="n" UID="urn:veeam:NasJob:1"><Links><Link Href="s" Rel="Start" /><Link Href="t" Rel="Stop" /></Links><Description>new</Description><ScheduleEnabled>false</ScheduleEnabled></NASJob>',
  );
});

usage("narrows a parsed document by class", () => {
  const document = parse('<Error xmlns="http://www.veeam.com/ent/v1.0" Message="Session not found" StatusCode="401"/>');
  if (!(document instanceof ErrorType)) throw new Error("expected an Error document");
  assert.is(document.statusCode, 401);
  assert.is(document.status, undefined);
  const references = parse(
    '<EntityReferences xmlns="http://www.veeam.com/ent/v1.0"><Ref UID="u" Name="n" Href="h" Type="JobReference"/></EntityReferences>',
  );
  assert.instance(references, EntityReferences);
  assert.is((references as EntityReferences).refs?.[0]?.type, "JobReference");
});

usage("enumerations are open string unions with documented values", () => {
  const states: TaskStateEnumeration[] = ["Running", "OperationFinished", "Finished", "SomethingNewer"];
  const task = new Task({ href: "h", taskId: "1", state: states[3], operation: "o" });
  assert.is(parse(serialize(task), { expect: Task }).state, "SomethingNewer");
});

usage("instances compare as plain data", () => {
  const a = new Task({ href: "h", taskId: "1", state: "Running", operation: "o" });
  const b = parse(serialize(a), { expect: Task });
  assert.equal({ ...b }, { ...a });
  assert.equal(
    JSON.parse(
      JSON.stringify(
        new NASJob({ href: "h", name: "n", uid: "u", nextRun: new XmlDateTime("2026-01-02T03:04:05.6789Z") }),
      ),
    ),
    {
      href: "h",
      name: "n",
      uid: "u",
      nextRun: "2026-01-02T03:04:05.6789Z",
    },
  );
});

usage.run();
