import type { IsoDate } from '@minsheng/rules/engine/dates.ts';
import {
  checkEndDate,
  checkPeriodOverlap,
  checkRecordDate,
  checkStation,
  checkWorkingAge,
  type Period,
  type PersonFacts,
  registrationPlace,
  type StationFacts,
  type Violation,
} from './registration-rules.ts';

/**
 * The checks of one 就业登记 / 失业登记 that need no database: what POST /api/persons/:id/...
 * and the Excel importers both run, given the facts they have loaded (each in its own way: the
 * service one person at a time, the importer a chunk of rows per query).
 */

export const OPEN_EMPLOYMENT_MESSAGE = '本人已有未终止的就业登记，请先终止原就业登记';
export const OPEN_UNEMPLOYMENT_MESSAGE = '本人已有有效的失业登记，不能重复登记';
export const CERTIFICATE_TAKEN_MESSAGE = '该《就业创业证》编号已登记给他人';

export interface EmploymentFields {
  form: string;
  employerId: string | null;
  employerName: string | null;
  startedOn: IsoDate;
}

const present = <T>(xs: (T | null)[]): T[] => xs.filter((x): x is T => x !== null);

/** 单位就业 names its employer; the work started after the person turned 16 and not in the future. */
export function employmentViolations(
  person: PersonFacts,
  input: EmploymentFields,
  today: IsoDate,
): Violation[] {
  return present([
    input.form === 'employer' && !input.employerId && !input.employerName?.trim()
      ? { path: 'employerId', message: '单位就业须填写用人单位' }
      : null,
    checkRecordDate('就业日期', 'startedOn', input.startedOn, person.birthDate, today),
  ]);
}

/** 失业登记: a date in working age, at a public employment service station serving the person. */
export function unemploymentViolations(
  person: PersonFacts & { orgPath: string },
  registeredOn: IsoDate,
  station: StationFacts,
  today: IsoDate,
): Violation[] {
  return present([
    checkRecordDate('失业登记日期', 'registeredOn', registeredOn, person.birthDate, today),
    checkWorkingAge(person, registeredOn, 'registeredOn'),
    checkStation(station, person.orgPath),
  ]);
}

/** An end recorded with a registration (historical data): not before the start, with a reason. */
export function endViolations(
  label: string,
  period: Period,
  endReason: string | null,
  today: IsoDate,
): Violation[] {
  if (period.endedOn === null)
    return endReason ? [{ path: 'endReason', message: `未填写${label}时不能填写原因` }] : [];
  return present([
    checkEndDate(label, 'endedOn', period.endedOn, period.startedOn, today),
    endReason ? null : { path: 'endReason', message: `填写${label}时须选择原因` },
  ]);
}

/**
 * A 失业登记 against the person's other registrations: no overlap with employment or another
 * unemployment registration, and the place rule of `001 篇3 五(四)` judged on the employment that
 * had ended by the registration date.
 */
export function unemploymentHistoryViolation(
  person: PersonFacts,
  period: Period,
  employment: readonly Period[],
  unemployment: readonly Period[],
): Violation | null {
  const overlap =
    checkPeriodOverlap('失业登记日期', 'registeredOn', period, employment) ??
    checkPeriodOverlap('失业登记日期', 'registeredOn', period, unemployment);
  if (overlap) return overlap;
  const before = employment.filter((p) => p.endedOn !== null && p.endedOn <= period.startedOn);
  const place = registrationPlace(person, before);
  return place.allowed ? null : { path: 'registeredOn', message: `不能在本地办理失业登记：${place.basis}` };
}
