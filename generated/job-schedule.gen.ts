// Generated from schemas/job-schedule.json by `npm run generate`. Do not edit: change the schema or the generator, then regenerate.
// When a job runs: the JobScheduleOptions block that backup, replica, backup copy, agent and file share jobs carry, with its retry, daily, monthly, periodic, continuous, backup window and chaining settings.

import {
  attribute,
  booleanCodec,
  type ClassBinding,
  defineBinding,
  enumerationCodec,
  type Init,
  intCodec,
  longCodec,
  objectElement,
  scalarElement,
  stringCodec,
  timeCodec,
  wrappedElement,
  XmlObject,
  type XmlTime,
} from "../runtime/index.js";
import { Info, optionalUidCodec, type Link } from "./common.gen.js";
import { types } from "./type-table.gen.js";

/** A day of the week. Open: other values are kept (strict reading rejects them). */
export type DaysOfWeekEnumeration =
  "Sunday" | "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | (string & {});

/** Codec of {@link DaysOfWeekEnumeration}. */
export const daysOfWeekEnumerationCodec = enumerationCodec<DaysOfWeekEnumeration>("DaysOfWeekEnumeration", [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
]);

/** A month of the year. Open: other values are kept (strict reading rejects them). */
export type JobScheduleMonthEnumeration =
  | "January"
  | "February"
  | "March"
  | "April"
  | "May"
  | "June"
  | "July"
  | "August"
  | "September"
  | "October"
  | "November"
  | "December"
  | (string & {});

/** Codec of {@link JobScheduleMonthEnumeration}. */
export const jobScheduleMonthEnumerationCodec = enumerationCodec<JobScheduleMonthEnumeration>(
  "JobScheduleMonthEnumeration",
  [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
);

/** Which days a daily schedule covers: all of them, Monday to Friday, or the days listed in Days. Open: other values are kept (strict reading rejects them). */
export type JobScheduleDailyKindEnumeration = "Everyday" | "WeekDays" | "SelectedDays" | (string & {});

/** Codec of {@link JobScheduleDailyKindEnumeration}. */
export const jobScheduleDailyKindEnumerationCodec = enumerationCodec<JobScheduleDailyKindEnumeration>(
  "JobScheduleDailyKindEnumeration",
  ["Everyday", "WeekDays", "SelectedDays"],
);

/** The unit in which a periodic schedule counts its period. Open: other values are kept (strict reading rejects them). */
export type JobSchedulePeriodicallyKindEnumeration = "Hours" | "Minutes" | (string & {});

/** Codec of {@link JobSchedulePeriodicallyKindEnumeration}. */
export const jobSchedulePeriodicallyKindEnumerationCodec = enumerationCodec<JobSchedulePeriodicallyKindEnumeration>(
  "JobSchedulePeriodicallyKindEnumeration",
  ["Hours", "Minutes"],
);

const JobScheduleOptionsInfoFields = {
  href: attribute("Href", "href", stringCodec),
  standart: objectElement(types, "Standart", "standart", "JobScheduleStandartOptionsType"),
  immediateCopyMode: objectElement(
    types,
    "ImmediateCopyMode",
    "immediateCopyMode",
    "JobScheduleImmediateCopyModeOptionsType",
  ),
  retryOptions: objectElement(types, "RetryOptions", "retryOptions", "JobScheduleRetryOptionsType"),
  waitForBackupCompletion: scalarElement("WaitForBackupCompletion", "waitForBackupCompletion", booleanCodec),
  backupCompetitionWaitingPeriodMin: scalarElement(
    "BackupCompetitionWaitingPeriodMin",
    "backupCompetitionWaitingPeriodMin",
    longCodec,
  ),
  optionsDaily: objectElement(types, "OptionsDaily", "optionsDaily", "JobScheduleDailyOptionsType"),
  optionsMonthly: objectElement(types, "OptionsMonthly", "optionsMonthly", "JobScheduleMonthlyOptionsType"),
  optionsPeriodically: objectElement(
    types,
    "OptionsPeriodically",
    "optionsPeriodically",
    "JobSchedulePeriodicallyOptionsType",
  ),
  optionsContinuous: objectElement(types, "OptionsContinuous", "optionsContinuous", "JobScheduleContinuousOptionsType"),
  optionsBackupWindow: objectElement(
    types,
    "OptionsBackupWindow",
    "optionsBackupWindow",
    "JobScheduleBackupWindowOptionsType",
  ),
  optionsDaisyChaining: objectElement(
    types,
    "OptionsDaisyChaining",
    "optionsDaisyChaining",
    "JobScheduleDaisyChainingOptionsType",
  ),
  links: wrappedElement(types, "Links", "links", "Link", "LinkType", 0, { array: true }),
};

/** The schedule of a job. Current servers wrap the settings in Standart, or in ImmediateCopyMode for immediate backup copy jobs; the unwrapped sequence is the layout older servers (API v1_2) wrote. */
export class JobScheduleOptionsInfo extends Info {
  /** Address of the schedule; EM's JSON shows the slot, always empty. */
  declare href?: string;
  /** Schedule settings of backup, replica, backup copy, agent and file share jobs (the misspelling is EM's). */
  declare standart?: JobScheduleStandartOptions;
  /** Schedule settings of immediate backup copy jobs. */
  declare immediateCopyMode?: JobScheduleImmediateCopyModeOptions;
  /** Legacy unwrapped layout: retry settings. */
  declare retryOptions?: JobScheduleRetryOptions;
  /** Legacy unwrapped layout: whether to wait for the source job to finish. */
  declare waitForBackupCompletion?: boolean;
  /** Legacy unwrapped layout: how long to wait for the source job, in minutes. */
  declare backupCompetitionWaitingPeriodMin?: number;
  /** Legacy unwrapped layout: daily schedule. */
  declare optionsDaily?: JobScheduleDailyOptions;
  /** Legacy unwrapped layout: monthly schedule. */
  declare optionsMonthly?: JobScheduleMonthlyOptions;
  /** Legacy unwrapped layout: periodic schedule. */
  declare optionsPeriodically?: JobSchedulePeriodicallyOptions;
  /** Legacy unwrapped layout: continuous schedule. */
  declare optionsContinuous?: JobScheduleContinuousOptions;
  /** Legacy unwrapped layout: backup window. */
  declare optionsBackupWindow?: JobScheduleBackupWindowOptions;
  /** Legacy unwrapped layout: job chaining. */
  declare optionsDaisyChaining?: JobScheduleDaisyChainingOptions;
  /**
   * Links of the schedule. EM's JSON shows the slot, always empty, after the settings; no XML example carries it, so its place follows the JSON.
   *
   * Written as `<Links>` around one `<Link>` per item; absent and empty stay distinct.
   */
  declare links?: Link[];
  declare private readonly "emx:JobScheduleOptionsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<JobScheduleOptionsInfo> = defineBinding<JobScheduleOptionsInfo>({
    typeName: "JobScheduleOptionsInfoType",
    className: "JobScheduleOptionsInfo",
    table: types,
    base: Info.binding,
    create: () => new JobScheduleOptionsInfo(),
    choices: [
      {
        required: false,
        branches: [
          ["Standart"],
          ["ImmediateCopyMode"],
          [
            "RetryOptions",
            "WaitForBackupCompletion",
            "BackupCompetitionWaitingPeriodMin",
            "OptionsDaily",
            "OptionsMonthly",
            "OptionsPeriodically",
            "OptionsContinuous",
            "OptionsBackupWindow",
            "OptionsDaisyChaining",
          ],
        ],
      },
    ],
    fields: Object.values(JobScheduleOptionsInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<JobScheduleOptionsInfo>) {
    super(init);
  }
}

const JobScheduleStandartOptionsFields = {
  retryOptions: objectElement(types, "RetryOptions", "retryOptions", "JobScheduleRetryOptionsType"),
  waitForBackupCompletion: scalarElement("WaitForBackupCompletion", "waitForBackupCompletion", booleanCodec),
  backupCompetitionWaitingPeriodMin: scalarElement(
    "BackupCompetitionWaitingPeriodMin",
    "backupCompetitionWaitingPeriodMin",
    longCodec,
  ),
  optionsDaily: objectElement(types, "OptionsDaily", "optionsDaily", "JobScheduleDailyOptionsType"),
  optionsMonthly: objectElement(types, "OptionsMonthly", "optionsMonthly", "JobScheduleMonthlyOptionsType"),
  optionsPeriodically: objectElement(
    types,
    "OptionsPeriodically",
    "optionsPeriodically",
    "JobSchedulePeriodicallyOptionsType",
  ),
  optionsContinuous: objectElement(types, "OptionsContinuous", "optionsContinuous", "JobScheduleContinuousOptionsType"),
  optionsBackupWindow: objectElement(
    types,
    "OptionsBackupWindow",
    "optionsBackupWindow",
    "JobScheduleBackupWindowOptionsType",
  ),
  optionsDaisyChaining: objectElement(
    types,
    "OptionsDaisyChaining",
    "optionsDaisyChaining",
    "JobScheduleDaisyChainingOptionsType",
  ),
};

/** The schedule settings of a regular job, in the order the server writes them. */
export class JobScheduleStandartOptions extends Info {
  /** Whether and how a failed run is retried. */
  declare retryOptions?: JobScheduleRetryOptions;
  /** Whether the job waits for its source backup or replica job to finish (SureBackup and backup copy jobs). */
  declare waitForBackupCompletion?: boolean;
  /** How long, in minutes, the job waits for its source job (EM's spelling). */
  declare backupCompetitionWaitingPeriodMin?: number;
  /** Run at a time of day. */
  declare optionsDaily?: JobScheduleDailyOptions;
  /** Run on a day of selected months. */
  declare optionsMonthly?: JobScheduleMonthlyOptions;
  /** Run every so many hours or minutes. */
  declare optionsPeriodically?: JobSchedulePeriodicallyOptions;
  /** Run again as soon as a run ends. */
  declare optionsContinuous?: JobScheduleContinuousOptions;
  /** Hours in which the job may run. */
  declare optionsBackupWindow?: JobScheduleBackupWindowOptions;
  /** Run after another job. */
  declare optionsDaisyChaining?: JobScheduleDaisyChainingOptions;
  declare private readonly "emx:JobScheduleStandartOptions": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<JobScheduleStandartOptions> =
    defineBinding<JobScheduleStandartOptions>({
      typeName: "JobScheduleStandartOptionsType",
      className: "JobScheduleStandartOptions",
      table: types,
      base: Info.binding,
      create: () => new JobScheduleStandartOptions(),
      fields: Object.values(JobScheduleStandartOptionsFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<JobScheduleStandartOptions>) {
    super(init);
  }
}

const JobScheduleImmediateCopyModeOptionsFields = {
  optionsContinuous: objectElement(types, "OptionsContinuous", "optionsContinuous", "JobScheduleContinuousOptionsType"),
};

/** The schedule of an immediate backup copy job; only the continuous settings apply. */
export class JobScheduleImmediateCopyModeOptions extends Info {
  /** Hours in which copying runs continuously. */
  declare optionsContinuous?: JobScheduleContinuousOptions;
  declare private readonly "emx:JobScheduleImmediateCopyModeOptions": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<JobScheduleImmediateCopyModeOptions> =
    defineBinding<JobScheduleImmediateCopyModeOptions>({
      typeName: "JobScheduleImmediateCopyModeOptionsType",
      className: "JobScheduleImmediateCopyModeOptions",
      table: types,
      base: Info.binding,
      create: () => new JobScheduleImmediateCopyModeOptions(),
      fields: Object.values(JobScheduleImmediateCopyModeOptionsFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<JobScheduleImmediateCopyModeOptions>) {
    super(init);
  }
}

const JobScheduleRetryOptionsFields = {
  retryTimes: scalarElement("RetryTimes", "retryTimes", longCodec),
  retryTimeout: scalarElement("RetryTimeout", "retryTimeout", longCodec),
  retrySpecified: scalarElement("RetrySpecified", "retrySpecified", booleanCodec, 0, 1, { name: "RetrySpecified1" }),
};

/** Automatic retries of a failed job run. */
export class JobScheduleRetryOptions extends Info {
  /** How many times to retry. */
  declare retryTimes?: number;
  /** Pause between retries, in minutes. */
  declare retryTimeout?: number;
  /** Whether retries are turned on. */
  declare retrySpecified?: boolean;
  declare private readonly "emx:JobScheduleRetryOptions": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<JobScheduleRetryOptions> = defineBinding<JobScheduleRetryOptions>({
    typeName: "JobScheduleRetryOptionsType",
    className: "JobScheduleRetryOptions",
    table: types,
    base: Info.binding,
    create: () => new JobScheduleRetryOptions(),
    fields: Object.values(JobScheduleRetryOptionsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<JobScheduleRetryOptions>) {
    super(init);
  }
}

const JobScheduleDailyOptionsFields = {
  enabled: attribute("Enabled", "enabled", booleanCodec),
  kind: scalarElement("Kind", "kind", jobScheduleDailyKindEnumerationCodec),
  days: scalarElement("Days", "days", daysOfWeekEnumerationCodec, 0, Infinity),
  time: scalarElement("Time", "time", timeCodec),
  timeOffsetUtc: scalarElement("TimeOffsetUtc", "timeOffsetUtc", intCodec),
};

/** A schedule that starts the job once a day at a set time. */
export class JobScheduleDailyOptions extends Info {
  /** Whether this schedule is the active one. */
  declare enabled?: boolean;
  /** Which days the job runs on. */
  declare kind?: JobScheduleDailyKindEnumeration;
  /** The days picked, one element per day. */
  declare days?: DaysOfWeekEnumeration[];
  /** Start time, with the server's UTC offset. */
  declare time?: XmlTime;
  /** The server's offset from UTC, in hours. */
  declare timeOffsetUtc?: number;
  declare private readonly "emx:JobScheduleDailyOptions": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<JobScheduleDailyOptions> = defineBinding<JobScheduleDailyOptions>({
    typeName: "JobScheduleDailyOptionsType",
    className: "JobScheduleDailyOptions",
    table: types,
    base: Info.binding,
    create: () => new JobScheduleDailyOptions(),
    fields: Object.values(JobScheduleDailyOptionsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<JobScheduleDailyOptions>) {
    super(init);
  }
}

const JobScheduleMonthlyOptionsFields = {
  enabled: attribute("Enabled", "enabled", booleanCodec),
  time: scalarElement("Time", "time", timeCodec),
  timeOffsetUtc: scalarElement("TimeOffsetUtc", "timeOffsetUtc", intCodec),
  dayNumberInMonth: scalarElement("DayNumberInMonth", "dayNumberInMonth", stringCodec),
  dayOfWeek: scalarElement("DayOfWeek", "dayOfWeek", daysOfWeekEnumerationCodec),
  months: scalarElement("Months", "months", jobScheduleMonthEnumerationCodec, 0, Infinity),
  dayOfMonth: scalarElement("DayOfMonth", "dayOfMonth", intCodec),
};

/** A schedule that starts the job on one day in each selected month. */
export class JobScheduleMonthlyOptions extends Info {
  /** Whether this schedule is the active one. */
  declare enabled?: boolean;
  /** Start time, with the server's UTC offset. */
  declare time?: XmlTime;
  /** The server's offset from UTC, in hours. */
  declare timeOffsetUtc?: number;
  /** Which occurrence of DayOfWeek in the month, such as `Fourth`. */
  declare dayNumberInMonth?: string;
  /** The weekday the job runs on. */
  declare dayOfWeek?: DaysOfWeekEnumeration;
  /** The months picked, one element per month. */
  declare months?: JobScheduleMonthEnumeration[];
  /** Day number in the month, for a schedule by date. */
  declare dayOfMonth?: number;
  declare private readonly "emx:JobScheduleMonthlyOptions": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<JobScheduleMonthlyOptions> = defineBinding<JobScheduleMonthlyOptions>({
    typeName: "JobScheduleMonthlyOptionsType",
    className: "JobScheduleMonthlyOptions",
    table: types,
    base: Info.binding,
    create: () => new JobScheduleMonthlyOptions(),
    fields: Object.values(JobScheduleMonthlyOptionsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<JobScheduleMonthlyOptions>) {
    super(init);
  }
}

const JobSchedulePeriodicallyOptionsFields = {
  enabled: attribute("Enabled", "enabled", booleanCodec),
  kind: scalarElement("Kind", "kind", jobSchedulePeriodicallyKindEnumerationCodec),
  fullPeriod: scalarElement("FullPeriod", "fullPeriod", longCodec),
  schedule: wrappedElement(types, "Schedule", "schedule", "Day", "TimePeriodDayType", 0, { item: "Days" }),
};

/** A schedule that starts the job at a fixed interval, within allowed hours. */
export class JobSchedulePeriodicallyOptions extends Info {
  /** Whether this schedule is the active one. */
  declare enabled?: boolean;
  /** Unit of FullPeriod. */
  declare kind?: JobSchedulePeriodicallyKindEnumeration;
  /** Interval between starts: 1 to 24 hours or 1 to 60 minutes. */
  declare fullPeriod?: number;
  /**
   * Hours of the week in which starts are allowed.
   *
   * Written as `<Schedule>` around one `<Day>` per item; absent and empty stay distinct.
   */
  declare schedule?: TimePeriodDay[];
  declare private readonly "emx:JobSchedulePeriodicallyOptions": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<JobSchedulePeriodicallyOptions> =
    defineBinding<JobSchedulePeriodicallyOptions>({
      typeName: "JobSchedulePeriodicallyOptionsType",
      className: "JobSchedulePeriodicallyOptions",
      table: types,
      base: Info.binding,
      create: () => new JobSchedulePeriodicallyOptions(),
      fields: Object.values(JobSchedulePeriodicallyOptionsFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<JobSchedulePeriodicallyOptions>) {
    super(init);
  }
}

const TimePeriodsFields = {
  days: objectElement(types, "Day", "days", "TimePeriodDayType", 0, Infinity, { name: "Days" }),
};

/** An hour-by-hour grid of the week, one Day element per weekday. */
export class TimePeriods extends Info {
  /** The grid of one weekday. */
  declare days?: TimePeriodDay[];
  declare private readonly "emx:TimePeriods": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<TimePeriods> = defineBinding<TimePeriods>({
    typeName: "TimePeriodsType",
    className: "TimePeriods",
    table: types,
    base: Info.binding,
    create: () => new TimePeriods(),
    fields: Object.values(TimePeriodsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<TimePeriods>) {
    super(init);
  }
}

const TimePeriodDayFields = {
  name: attribute("Name", "name", daysOfWeekEnumerationCodec, true),
};

/** One weekday of an hourly grid: 24 comma-separated flags, one per hour, 1 for allowed and 0 for not. */
export class TimePeriodDay extends XmlObject {
  /** The text content. */
  declare value?: string;
  /**
   * The weekday this grid is for.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare name?: DaysOfWeekEnumeration;
  declare private readonly "emx:TimePeriodDay": never;
  /** How instances are read and written. */
  static readonly binding: ClassBinding<TimePeriodDay> = defineBinding<TimePeriodDay>({
    typeName: "TimePeriodDayType",
    className: "TimePeriodDay",
    table: types,
    base: undefined,
    create: () => new TimePeriodDay(),
    text: stringCodec,
    fields: Object.values(TimePeriodDayFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<TimePeriodDay>) {
    super(init);
  }
}

const JobScheduleContinuousOptionsFields = {
  enabled: attribute("Enabled", "enabled", booleanCodec),
  schedule: wrappedElement(types, "Schedule", "schedule", "Day", "TimePeriodDayType", 0, { item: "Days" }),
};

/** A schedule that restarts the job as soon as a run finishes, within allowed hours. */
export class JobScheduleContinuousOptions extends Info {
  /** Whether this schedule is the active one. */
  declare enabled?: boolean;
  /**
   * Hours of the week in which the job may run.
   *
   * Written as `<Schedule>` around one `<Day>` per item; absent and empty stay distinct.
   */
  declare schedule?: TimePeriodDay[];
  declare private readonly "emx:JobScheduleContinuousOptions": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<JobScheduleContinuousOptions> =
    defineBinding<JobScheduleContinuousOptions>({
      typeName: "JobScheduleContinuousOptionsType",
      className: "JobScheduleContinuousOptions",
      table: types,
      base: Info.binding,
      create: () => new JobScheduleContinuousOptions(),
      fields: Object.values(JobScheduleContinuousOptionsFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<JobScheduleContinuousOptions>) {
    super(init);
  }
}

const JobScheduleBackupWindowOptionsFields = {
  enabled: attribute("Enabled", "enabled", booleanCodec),
  timePeriods: wrappedElement(types, "TimePeriods", "timePeriods", "Day", "TimePeriodDayType", 0, { item: "Days" }),
};

/** A window outside which a running job is stopped. */
export class JobScheduleBackupWindowOptions extends Info {
  /** Whether the window applies. */
  declare enabled?: boolean;
  /**
   * Hours of the week that make up the window.
   *
   * Written as `<TimePeriods>` around one `<Day>` per item; absent and empty stay distinct.
   */
  declare timePeriods?: TimePeriodDay[];
  declare private readonly "emx:JobScheduleBackupWindowOptions": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<JobScheduleBackupWindowOptions> =
    defineBinding<JobScheduleBackupWindowOptions>({
      typeName: "JobScheduleBackupWindowOptionsType",
      className: "JobScheduleBackupWindowOptions",
      table: types,
      base: Info.binding,
      create: () => new JobScheduleBackupWindowOptions(),
      fields: Object.values(JobScheduleBackupWindowOptionsFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<JobScheduleBackupWindowOptions>) {
    super(init);
  }
}

const JobScheduleDaisyChainingOptionsFields = {
  enabled: attribute("Enabled", "enabled", booleanCodec),
  previousJobUid: scalarElement("PreviousJobUid", "previousJobUid", optionalUidCodec, 1, 1),
};

/** Chaining: start the job when another job finishes. */
export class JobScheduleDaisyChainingOptions extends Info {
  /** Whether chaining is on. */
  declare enabled?: boolean;
  /**
   * The job to follow; the server writes it empty while chaining is off.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare previousJobUid?: string;
  declare private readonly "emx:JobScheduleDaisyChainingOptions": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<JobScheduleDaisyChainingOptions> =
    defineBinding<JobScheduleDaisyChainingOptions>({
      typeName: "JobScheduleDaisyChainingOptionsType",
      className: "JobScheduleDaisyChainingOptions",
      table: types,
      base: Info.binding,
      create: () => new JobScheduleDaisyChainingOptions(),
      fields: Object.values(JobScheduleDaisyChainingOptionsFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<JobScheduleDaisyChainingOptions>) {
    super(init);
  }
}
