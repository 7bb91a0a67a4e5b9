import { suite } from "uvu";
import * as assert from "uvu/assert";
import { XmlDateTime } from "../../../index.js";
import { bare, EmArgumentError, quoted, where } from "../../../client.js";
import { Filter } from "../../../runtime/client/filter.js";

const argumentError = (pattern: RegExp) => (error: Error) =>
  error instanceof EmArgumentError && pattern.test(error.message);

const filter = suite("filter");

filter("writes each comparison operator", () => {
  assert.is(String(where.eq("Name", "Nightly")), "Name==Nightly");
  assert.is(String(where.ne("State", "Working")), "State!=Working");
  assert.is(String(where.lt("Progress", 50)), "Progress<50");
  assert.is(String(where.gt("Progress", 0.5)), "Progress>0.5");
  assert.is(String(where.le("IsRetry", false)), "IsRetry<=false");
  assert.is(String(where.ge("ScheduleEnabled", true)), "ScheduleEnabled>=true");
});

filter("writes plain words bare and quotes the rest, doubling quotes inside values", () => {
  assert.is(String(where.eq("Name", 'Backup "Exchange" ; a, b (c)')), 'Name=="Backup ""Exchange"" ; a, b (c)"');
  assert.is(String(where.eq("Name", "")), 'Name==""');
  assert.is(String(where.eq("Name", '"Backup"')), 'Name==""Backup""');
  assert.is(String(where.eq("Name", '"')), 'Name==""""');
  assert.is(String(where.eq("Name", "Exchange Backup")), 'Name=="Exchange Backup"');
  assert.is(String(where.eq("Name", "virt03-ubuntu01")), 'Name=="virt03-ubuntu01"');
  assert.is(String(where.eq("Name", "vApp_002")), "Name==vApp_002");
});

filter("writes a value bare or quoted when asked", () => {
  assert.is(String(where.eq("Uid", bare("7445e6ce-86f5"))), "Uid==7445e6ce-86f5");
  assert.is(String(where.eq("Name", bare('say"so'))), 'Name==say""so');
  assert.is(String(where.eq("Name", quoted("filesrv03"))), 'Name=="filesrv03"');
  assert.throws(() => bare("two words"), argumentError(/cannot be written bare: quote it/));
  assert.throws(() => bare("a;b"), argumentError(/"a;b"/));
  assert.throws(() => bare(""), argumentError(/cannot be written bare/));
});

filter("writes dates in UTC, in quotes", () => {
  assert.is(
    String(where.ge("CreationTime", new Date("2026-11-01T01:30:00+02:00"))),
    'CreationTime>="2026-10-31T23:30:00Z"',
  );
  assert.is(
    String(where.lt("EndTime", new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 678)))),
    'EndTime<"2026-01-02T03:04:05.678Z"',
  );
  assert.is(
    String(where.ge("CreationTime", new XmlDateTime("2026-11-01T12:00:00.1234567+05:30"))),
    'CreationTime>="2026-11-01T06:30:00.123Z"',
  );
  assert.is(String(where.ge("CreationTimeUTC", "2021-06-15")), 'CreationTimeUTC>="2021-06-15"');
});

filter("joins with ; for AND and , for OR, grouping mixed operands", () => {
  const backup = where.eq("JobType", "Backup");
  const replica = where.eq("JobType", "Replica");
  const enabled = where.eq("ScheduleEnabled", true);
  assert.is(String(Filter.and(backup, enabled)), "JobType==Backup;ScheduleEnabled==true");
  assert.is(String(Filter.or(backup, replica)), "JobType==Backup,JobType==Replica");
  assert.is(
    String(Filter.and(Filter.or(backup, replica), enabled)),
    "(JobType==Backup,JobType==Replica);ScheduleEnabled==true",
  );
  assert.is(
    String(Filter.or(Filter.and(replica, enabled), Filter.and(backup, enabled))),
    "(JobType==Replica;ScheduleEnabled==true),(JobType==Backup;ScheduleEnabled==true)",
  );
  assert.is(
    String(Filter.and(Filter.and(backup, enabled), replica)),
    "JobType==Backup;ScheduleEnabled==true;JobType==Replica",
  );
  assert.is(String(backup.and(replica.or(enabled))), "JobType==Backup;(JobType==Replica,ScheduleEnabled==true)");
  assert.is(String(Filter.and(backup)), "JobType==Backup");
});

filter("rejects what cannot be written with EmArgumentError", () => {
  assert.throws(() => where.eq("Name; x", "y"), argumentError(/filter field "Name; x" is not a field name/));
  assert.throws(() => where.eq("Progress", NaN), argumentError(/filter value NaN of Progress is not a finite number/));
  assert.throws(() => where.eq("EndTime", new Date("nonsense")), argumentError(/of EndTime is an invalid date/));
  assert.throws(() => Filter.and(), argumentError(/needs at least one filter/));
});

filter.run();
