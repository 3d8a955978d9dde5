import { describe, expect, it } from 'vitest';
import { getPolicy } from '../catalogue.ts';
import { policyExamples } from '../examples.ts';
import { createWorkCalendar, defaultCalendarYears, workCalendar } from './calendar.ts';
import { evaluate, PROVISIONAL_CALENDAR_CHECK } from './evaluate.ts';

// A year the data does not cover: far enough ahead that no schedule will have been added.
const FUTURE = 2099;

describe('years without a published holiday schedule', () => {
  it('still throw on the plain calendar, so nothing silently guesses', () => {
    expect(() => workCalendar.isWorkingDay(`${FUTURE}-03-02`)).toThrow(/缺少 2099 年/);
  });

  it('count weekends only on a provisional calendar and report the year', () => {
    const missing: number[] = [];
    const cal = createWorkCalendar(defaultCalendarYears()).withMissingYearsAs((y) => missing.push(y));
    expect(cal.isWorkingDay(`${FUTURE}-01-01`)).toBe(true); // a Thursday; New Year unknown here
    expect(cal.isWorkingDay(`${FUTURE}-01-03`)).toBe(false); // Saturday
    expect(cal.periodEnd(`${FUTURE}-01-01`, 2)).toBe(`${FUTURE}-01-05`); // Sat → next Monday
    expect(missing).toContain(FUTURE);
    expect(cal.isWorkingDay('2026-10-01')).toBe(false); // known years keep their holidays
  });

  it('turns a deadline into a reviewer check instead of failing the evaluation', () => {
    const zhuhai = getPolicy('zhuhai.high-skill-subsidy')!;
    const base = policyExamples('zhuhai.high-skill-subsidy')[0]!;
    const input = structuredClone(base.input) as { certificate: { issuedOn: string } };
    const years = defaultCalendarYears().filter((y) => y.year !== 2026);
    const calendar = createWorkCalendar(years); // as if 2026 had not been published yet
    input.certificate.issuedOn = '2026-03-02';
    const pending = evaluate(zhuhai, input, { on: base.on, confirmedChecks: base.confirmedChecks, calendar });
    expect(pending.outcome).toBe('needs_review');
    const check = pending.checks.find((c) => c.id === PROVISIONAL_CALENDAR_CHECK)!;
    expect(check).toMatchObject({ status: 'pending', years: [2026] });
    expect(check.label).toMatch(/2026 年/);
    const confirmed = evaluate(zhuhai, input, {
      on: base.on,
      calendar,
      confirmedChecks: {
        training_materials: true,
        appraisal_materials: true,
        [PROVISIONAL_CALENDAR_CHECK]: true,
      },
    });
    expect(confirmed.outcome).toBe('eligible');
    const known = evaluate(zhuhai, input, {
      on: base.on,
      confirmedChecks: confirmed.checks.length ? {} : {},
    });
    expect(known.checks.map((c) => c.id)).not.toContain(PROVISIONAL_CALENDAR_CHECK);
  });
});
