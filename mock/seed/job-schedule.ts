/**
 * Job schedules as EM writes them: the `Standart` block with every option block (daily, monthly,
 * periodically, continuous, backup window, daisy chaining), one of them enabled, and the next run
 * a schedule gives after an instant.
 */
import {
  JobScheduleOptionsInfo,
  type DaysOfWeekEnumeration,
  type JobScheduleMonthEnumeration,
} from "../../generated/index.js";
import { daysOfWeekEnumerationCodec, jobScheduleMonthEnumerationCodec } from "../../generated/job-schedule.gen.js";
import { XmlDateTime, XmlTime } from "../../runtime/index.js";
import { valuesOf } from "../enumerations.js";

/** A daily schedule: at `hour:minute` UTC on every day or on the days given. */
export interface DailyAt {
  readonly hour: number;
  readonly minute: number;
  readonly days?: readonly DaysOfWeekEnumeration[];
}

const DAYS = valuesOf(daysOfWeekEnumerationCodec) as DaysOfWeekEnumeration[];
const MONTHS = valuesOf(jobScheduleMonthEnumerationCodec) as JobScheduleMonthEnumeration[];
/** Every hour of a day allowed: EM writes a day's 24 hours as 0/1 flags. */
const ALL_HOURS = Array.from({ length: 24 }, () => "1").join(",");

function emTime(hour: number, minute: number): XmlTime {
  const two = (n: number) => String(n).padStart(2, "0");
  // EM writes schedule times with seven fraction digits and the offset of the server (UTC here).
  return new XmlTime(`${two(hour)}:${two(minute)}:00.0000000+00:00`);
}

function everyHour() {
  return DAYS.map((name) => ({ name, value: ALL_HOURS }));
}

/** The full schedule of a job that runs daily. */
export function dailySchedule(at: DailyAt): JobScheduleOptionsInfo {
  const days = at.days ?? DAYS;
  return new JobScheduleOptionsInfo({
    standart: {
      retryOptions: { retryTimes: 3, retryTimeout: 10, retrySpecified: true },
      waitForBackupCompletion: true,
      backupCompetitionWaitingPeriodMin: 180,
      optionsDaily: {
        enabled: true,
        kind: days.length === 7 ? "Everyday" : days.length === 5 ? "WeekDays" : "SelectedDays",
        days: [...days],
        time: emTime(at.hour, at.minute),
        timeOffsetUtc: 0,
      },
      optionsMonthly: {
        enabled: false,
        time: emTime(22, 0),
        timeOffsetUtc: 0,
        dayNumberInMonth: "Fourth",
        dayOfWeek: "Saturday",
        months: [...MONTHS],
        dayOfMonth: 1,
      },
      optionsPeriodically: { enabled: false, kind: "Hours", fullPeriod: 1, schedule: everyHour() },
      optionsContinuous: { enabled: false, schedule: everyHour() },
      optionsBackupWindow: { enabled: false, timePeriods: everyHour() },
      optionsDaisyChaining: { enabled: false, previousJobUid: "" },
    },
  });
}

/** How a job is seeded to run: daily at a time, enabled or not, or not scheduled. */
export interface ScheduleSeed {
  readonly schedule: "enabled" | "disabled" | "none";
  readonly at?: DailyAt;
}

/** The schedule fields of a job entity: configured, enabled, its next run after `now` and the full options. */
export function scheduleFields(seed: ScheduleSeed, now: Date) {
  const scheduled = seed.schedule !== "none" && seed.at !== undefined;
  const enabled = seed.schedule === "enabled";
  return {
    scheduleConfigured: scheduled,
    scheduleEnabled: enabled,
    nextRun: enabled && seed.at !== undefined ? XmlDateTime.fromDate(nextDailyRun(seed.at, now)) : undefined,
    jobScheduleOptions: scheduled ? dailySchedule(seed.at!) : undefined,
  };
}

/** The schedule of an immediate copy job: it copies as restore points appear, the continuous window unused. */
export function immediateCopySchedule(): JobScheduleOptionsInfo {
  return new JobScheduleOptionsInfo({
    immediateCopyMode: { optionsContinuous: { enabled: false, schedule: everyHour() } },
  });
}

/** When a daily schedule runs next after `now`, on one of its days. */
export function nextDailyRun(at: DailyAt, now: Date): Date {
  const days = at.days ?? DAYS;
  const next = new Date(now);
  next.setUTCHours(at.hour, at.minute, 0, 0);
  if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  while (!days.includes(DAYS[next.getUTCDay()]!)) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

/** The daily time of a stored schedule, if its daily options are on. */
export function dailyAtOf(schedule: JobScheduleOptionsInfo | undefined): DailyAt | undefined {
  const daily = schedule?.standart?.optionsDaily ?? schedule?.optionsDaily;
  if (daily?.enabled !== true || daily.time === undefined) return undefined;
  const [hour, minute] = daily.time.lexical.split(":").map(Number) as [number, number];
  return { hour, minute, days: daily.days };
}
