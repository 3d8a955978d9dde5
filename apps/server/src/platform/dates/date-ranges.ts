/**
 * The range of every kind of date the platform accepts, written down once (listed in
 * docs/api-foundation.md, "Input bounds"). The edge refuses dates outside them (`isoDateIn`,
 * `isoMonthIn` in platform/http/input-schemas.ts); the domain rules check the same ranges, so the
 * forms and the Excel importers agree, and add "not after today" where the service passes today in.
 */
export interface DateRange {
  min: string;
  max: string;
}

export const dateRanges = {
  /** Birth dates (read from the resident ID number); also never after today. */
  birth: { min: '1900-01-01', max: '2099-12-31' },
  /**
   * A working life: labour contracts, employment and unemployment registrations, difficulty
   * determinations, vocational certificates, over-age service history.
   */
  working: { min: '1950-01-01', max: '2099-12-31' },
  /** Case work: applications, decisions, notices, objections, payments, zero-employment records. */
  casework: { min: '2000-01-01', max: '2099-12-31' },
  /** Policy texts and catalogues: publication and effective dates. */
  policy: { min: '1949-10-01', max: '2099-12-31' },
  /** Search and report filters (from / to): wider, since a filter only compares ("until 2999"). */
  filter: { min: '1900-01-01', max: '2999-12-31' },
} as const satisfies Record<string, DateRange>;

/** Contribution months (`YYYY-MM`); also never after the current month. */
export const contributionMonths: DateRange = { min: '1980-01', max: '2099-12' };

/** The rule in words, for messages: `须在 1950-01-01 至 2099-12-31 之间`. */
export const rangeRule = (range: DateRange) => `须在 ${range.min} 至 ${range.max} 之间`;

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ISO_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * `value` has the range's shape (`YYYY-MM-DD`, or `YYYY-MM` for a month range) and lies inside it.
 * Total over any string, so reads can test what the database holds (`10000-01-01`, `0044-03-15 BC`).
 */
export const inRange = (value: string, range: DateRange): boolean =>
  (range.min.length === 7 ? ISO_MONTH : ISO_DATE).test(value) && value >= range.min && value <= range.max;

/** `null` when `value` lies in the range, else the rule it breaks. */
export const outOfRange = (value: string, range: DateRange): string | null =>
  inRange(value, range) ? null : rangeRule(range);

/**
 * The domain's form of the check, for services and importers alike: `null`, or the field's
 * violation (`签订日期「9999-12-31」须在 1950-01-01 至 2099-12-31 之间`).
 */
export function rangeViolation(path: string, label: string, value: string, range: DateRange) {
  const why = outOfRange(value, range);
  return why ? { path, message: `${label}「${value}」${why}` } : null;
}
