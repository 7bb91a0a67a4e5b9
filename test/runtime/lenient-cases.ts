/**
 * Documents that lenient reading keeps and strict reading refuses, as EM has accepted them: a
 * single element repeated, a root the bindings do not know, elements out of order. Each with what
 * lenient reading warns of, what strict reading fails with (both located), and the document as
 * written back where writing changes it.
 */

const EM = 'xmlns="http://www.veeam.com/ent/v1.0"';

export interface LenientCase {
  readonly xml: string;
  /** The class the root is read as. */
  readonly type: string;
  /** The findings of a lenient read, `severity message (line:column at path)`. */
  readonly findings: readonly string[];
  /** The reason and place of the strict read's error. */
  readonly strictError: string;
  /** What `serialize` writes, canonically, when not the document itself (elements put in schema order). */
  readonly written?: string;
}

export const LENIENT_CASES: Readonly<Record<string, LenientCase>> = {
  "a repeated single scalar": {
    xml: `<Task ${EM} Type="Task" Href="https://em/api/tasks/task-9">
  <TaskId>task-9</TaskId>
  <TaskId>task-9-retry</TaskId>
  <State>Finished</State>
  <Operation>StartJob</Operation>
</Task>`,
    type: "Task",
    findings: [
      "warning element TaskId occurs more than once in Task (the schema allows one); the first is read, this one is kept as it is (3:11 at /Task/TaskId)",
    ],
    strictError: "element TaskId occurs more than once in Task (3:11 at /Task/TaskId)",
  },
  "a repeated wrapper": {
    xml: `<Task ${EM} Type="Task" Href="https://em/api/tasks/task-3">
  <Links />
  <Links>
    <Link Rel="Delete" Type="Task" Href="https://em/api/tasks/task-3" />
  </Links>
  <TaskId>task-3</TaskId>
  <State>Running</State>
  <Operation>StartJob</Operation>
</Task>`,
    type: "Task",
    findings: [
      "warning element Links occurs more than once in Task (the schema allows one); the first is read, this one is kept as it is (3:10 at /Task/Links)",
    ],
    strictError: "element Links occurs more than once in Task (3:10 at /Task/Links)",
  },
  "a repeated single object, nested": {
    xml: `<NASJob ${EM} Href="https://em/api/nas/jobs/4" Name="Shares" UID="urn:veeam:NasJob:4">
  <Description>shares of the file server</Description>
  <JobScheduleOptions>
    <ImmediateCopyMode>
      <OptionsContinuous Enabled="true" />
    </ImmediateCopyMode>
    <ImmediateCopyMode>
      <OptionsContinuous Enabled="false" />
    </ImmediateCopyMode>
  </JobScheduleOptions>
</NASJob>`,
    type: "NASJob",
    findings: [
      "warning element ImmediateCopyMode occurs more than once in JobScheduleOptions (the schema allows one); the first is read, this one is kept as it is (7:24 at /NASJob/JobScheduleOptions/ImmediateCopyMode)",
    ],
    strictError:
      "element ImmediateCopyMode occurs more than once in JobScheduleOptions (7:24 at /NASJob/JobScheduleOptions/ImmediateCopyMode)",
  },
  "an unknown root in the EM namespace": {
    xml: `<LegacyJobStartSpec ${EM} Mode="Full">
  <JobName>Nightly</JobName>
  <Options Retry="3"><Item>a</Item><Item>b &amp; c</Item></Options>
  <!-- as an older EM took it -->
  <Note><![CDATA[x < y]]></Note>
</LegacyJobStartSpec>`,
    type: "UnknownRoot",
    findings: [
      "warning root element LegacyJobStartSpec is not an EM resource this library knows (it is read as an UnknownRoot and kept as it is) (1:71 at /LegacyJobStartSpec)",
    ],
    strictError: "root element LegacyJobStartSpec is not an EM resource this library knows (1:71)",
  },
  "an unknown root of another namespace, with text": {
    xml: `<old:Report xmlns:old="urn:example:old-em" Version="7">
  <old:Line n="1">first</old:Line>
  loose text
  <old:Line n="2" />
</old:Report>`,
    type: "UnknownRoot",
    findings: [
      "warning root element old:Report is in namespace urn:example:old-em; expected http://www.veeam.com/ent/v1.0 (it is read as an UnknownRoot and kept as it is) (1:56 at /old:Report)",
    ],
    strictError:
      "root element old:Report is in namespace urn:example:old-em; expected http://www.veeam.com/ent/v1.0 (1:56)",
  },
  "a root without a namespace": {
    xml: `<Task Href="https://em/api/tasks/task-1"><TaskId>task-1</TaskId></Task>`,
    type: "UnknownRoot",
    findings: [
      "warning root element Task has no namespace; expected http://www.veeam.com/ent/v1.0 (it is read as an UnknownRoot and kept as it is) (1:42 at /Task)",
    ],
    strictError: "root element Task has no namespace; expected http://www.veeam.com/ent/v1.0 (1:42)",
  },
  "elements out of order": {
    xml: `<Task ${EM} Type="Task" Href="https://em/api/tasks/task-5">
  <TaskId>task-5</TaskId>
  <Links>
    <Link Rel="Delete" Type="Task" Href="https://em/api/tasks/task-5" />
  </Links>
  <Operation>StartJob</Operation>
  <State>Running</State>
</Task>`,
    type: "Task",
    findings: [
      "warning element Links is out of order in Task: it comes after TaskId, but the schema puts it before; writing puts it there (3:10 at /Task/Links)",
      "warning element State is out of order in Task: it comes after Operation, but the schema puts it before; writing puts it there (7:10 at /Task/State)",
    ],
    strictError:
      "element Links is out of order in Task: it comes after TaskId, but the schema puts it before (3:10 at /Task/Links)",
    written: `<Task ${EM} Type="Task" Href="https://em/api/tasks/task-5">
  <Links>
    <Link Rel="Delete" Type="Task" Href="https://em/api/tasks/task-5" />
  </Links>
  <TaskId>task-5</TaskId>
  <State>Running</State>
  <Operation>StartJob</Operation>
</Task>`,
  },
};
