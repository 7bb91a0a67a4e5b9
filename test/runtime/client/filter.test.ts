import { test } from "uvu";
import * as assert from "uvu/assert";
import { where, XmlDateTime } from "../../../index.js";
import { Filter } from "../../../runtime/client/filter.js";

test("writes each comparison operator", () => {
  assert.is(String(where.eq("Name", "Nightly")), 'Name=="Nightly"');
  assert.is(String(where.ne("State", "Working")), 'State!="Working"');
  assert.is(String(where.lt("Progress", 50)), "Progress<50");
  assert.is(String(where.gt("Progress", 0.5)), "Progress>0.5");
  assert.is(String(where.le("IsRetry", false)), "IsRetry<=false");
  assert.is(String(where.ge("ScheduleEnabled", true)), "ScheduleEnabled>=true");
});

test("quotes strings and doubles quotes inside them", () => {
  assert.is(String(where.eq("Name", 'Backup "Exchange" ; a, b (c)')), 'Name=="Backup ""Exchange"" ; a, b (c)"');
  assert.is(String(where.eq("Name", "")), 'Name==""');
});

test("writes dates in UTC", () => {
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
});

test("joins with ; for AND and , for OR, grouping mixed operands", () => {
  const backup = where.eq("JobType", "Backup");
  const replica = where.eq("JobType", "Replica");
  const enabled = where.eq("ScheduleEnabled", true);
  assert.is(String(Filter.and(backup, enabled)), 'JobType=="Backup";ScheduleEnabled==true');
  assert.is(String(Filter.or(backup, replica)), 'JobType=="Backup",JobType=="Replica"');
  assert.is(
    String(Filter.and(Filter.or(backup, replica), enabled)),
    '(JobType=="Backup",JobType=="Replica");ScheduleEnabled==true',
  );
  assert.is(
    String(Filter.or(Filter.and(replica, enabled), Filter.and(backup, enabled))),
    '(JobType=="Replica";ScheduleEnabled==true),(JobType=="Backup";ScheduleEnabled==true)',
  );
  assert.is(
    String(Filter.and(Filter.and(backup, enabled), replica)),
    'JobType=="Backup";ScheduleEnabled==true;JobType=="Replica"',
  );
  assert.is(String(backup.and(replica.or(enabled))), 'JobType=="Backup";(JobType=="Replica",ScheduleEnabled==true)');
  assert.is(String(Filter.and(backup)), 'JobType=="Backup"');
});

test("rejects what cannot be written", () => {
  assert.throws(() => where.eq("Name; x", "y"), /not a field name/);
  assert.throws(() => where.eq("Progress", NaN), /not a finite number/);
  assert.throws(() => where.eq("EndTime", new Date("nonsense")), /invalid date/);
  assert.throws(() => Filter.and(), /needs at least one filter/);
});

test.run();
