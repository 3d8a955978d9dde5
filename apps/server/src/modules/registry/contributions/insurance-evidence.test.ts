import { addDays, addYears } from '@minsheng/rules/engine/dates.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ContributionFact,
  continuousInsuredMonthsTo,
  contractAtLeastYears,
  contractInForceOn,
  contractTermMonths,
  insuredFullYears,
  insuredMonths,
  longestContinuousInsuredMonths,
  monthFromIndex,
  monthIndex,
  shiftMonth,
} from './insurance-evidence.ts';

const paid = (month: string, employerId: string | null = 'A', kind = 'pension'): ContributionFact => ({
  kind,
  month,
  status: 'paid',
  employerId,
});
/** `count` consecutive paid months from `from`. */
const block = (from: string, count: number, employerId: string | null = 'A') =>
  Array.from({ length: count }, (_, i) => paid(shiftMonth(from, i), employerId));

const monthArb = fc.integer({ min: 2000 * 12, max: 2030 * 12 + 11 }).map(monthFromIndex);
const factArb = fc.record({
  kind: fc.constantFrom('pension', 'medical'),
  month: monthArb,
  status: fc.constantFrom('paid' as const, 'arrears' as const),
  employerId: fc.constantFrom('A', 'B', null),
});
const dateArb = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('months', () => {
  it('round-trips a month through its index', () => {
    fc.assert(fc.property(monthArb, (m) => monthFromIndex(monthIndex(m)) === m));
  });

  it('rejects something that is not a month', () => {
    expect(() => monthIndex('2024-13')).toThrow(RangeError);
  });
});

describe('contract terms', () => {
  it('counts a calendar year as 12 months and one day short as 11', () => {
    expect(contractTermMonths({ startsOn: '2024-01-01', endsOn: '2024-12-31' })).toBe(12);
    expect(contractTermMonths({ startsOn: '2024-01-01', endsOn: '2024-12-30' })).toBe(11);
    expect(contractTermMonths({ startsOn: '2024-01-31', endsOn: '2024-02-28' })).toBe(1);
    expect(contractTermMonths({ startsOn: '2024-03-01', endsOn: null })).toBeNull();
  });

  it('treats an open-ended contract as at least any number of years', () => {
    const c = { termKind: 'open_ended' as const, startsOn: '2025-06-01', endsOn: null };
    expect(contractAtLeastYears(c, 1)).toBe(true);
    expect(contractAtLeastYears(c, 3)).toBe(true);
  });

  it('does not let a task contract without an end satisfy a minimum term', () => {
    expect(contractAtLeastYears({ termKind: 'task', startsOn: '2025-06-01', endsOn: null }, 1)).toBe(false);
  });

  it('agrees with the rules reading of "N年以上" (end ≥ anniversary − 1 day) and with the month count', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 1, max: 5 }),
        (start, days, years) => {
          const endsOn = addDays(start, days);
          const c = { termKind: 'fixed' as const, startsOn: start, endsOn };
          const expected = endsOn >= addDays(addYears(start, years), -1);
          expect(contractAtLeastYears(c, years)).toBe(expected);
          expect(contractTermMonths(c)! >= 12 * years).toBe(expected);
        },
      ),
    );
  });

  it('is monotonic: a contract of at least N+1 years is one of at least N years', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 1, max: 5 }),
        (start, days, n) => {
          const c = { termKind: 'fixed' as const, startsOn: start, endsOn: addDays(start, days) };
          if (contractAtLeastYears(c, n + 1)) expect(contractAtLeastYears(c, n)).toBe(true);
        },
      ),
    );
  });

  it('is in force from its start to its agreed or early end', () => {
    const c = {
      termKind: 'fixed' as const,
      startsOn: '2024-01-01',
      endsOn: '2026-12-31',
      endedOn: '2025-03-31',
    };
    expect(contractInForceOn(c, '2023-12-31')).toBe(false);
    expect(contractInForceOn(c, '2025-03-31')).toBe(true);
    expect(contractInForceOn(c, '2025-04-01')).toBe(false);
    expect(contractInForceOn({ ...c, endedOn: null }, '2026-12-31')).toBe(true);
  });
});

describe('insured months', () => {
  it('counts 36 months across two employers with a gap, and the continuous runs', () => {
    // 2021-01…2022-06 at A (18), gap 2022-07…09, 2022-10…2024-03 at B (18).
    const records = [...block('2021-01', 18, 'A'), ...block('2022-10', 18, 'B')];
    expect(insuredMonths(records, 'pension')).toBe(36);
    expect(insuredFullYears(records, 'pension', 3)).toBe(true);
    expect(insuredFullYears(records, 'pension', 4)).toBe(false);
    expect(longestContinuousInsuredMonths(records, 'pension')).toBe(18);
    expect(continuousInsuredMonthsTo(records, 'pension', '2024-03')).toBe(18);
    expect(continuousInsuredMonthsTo(records, 'pension', '2024-04')).toBe(0);
    expect(insuredMonths(records, 'pension', { employerId: 'A' })).toBe(18);
    expect(insuredMonths(records, 'pension', { from: '2022-01', to: '2022-12' })).toBe(9);
    expect(insuredMonths(records, 'medical')).toBe(0);
  });

  it('counts a month paid through two employers once, and arrears not at all', () => {
    const records = [paid('2024-01', 'A'), paid('2024-01', 'B'), paid('2024-02', null)];
    records.push({ kind: 'pension', month: '2024-03', status: 'arrears', employerId: 'A' });
    expect(insuredMonths(records, 'pension')).toBe(2);
    expect(longestContinuousInsuredMonths(records, 'pension')).toBe(2);
  });

  it('never exceeds the months of the range and is unchanged by re-imports and order', () => {
    fc.assert(
      fc.property(
        fc.array(factArb, { maxLength: 80 }),
        monthArb,
        fc.integer({ min: 0, max: 60 }),
        (facts, from, len) => {
          const to = shiftMonth(from, len);
          const n = insuredMonths(facts, 'pension', { from, to });
          expect(n).toBeLessThanOrEqual(len + 1);
          expect(insuredMonths([...facts, ...facts].reverse(), 'pension', { from, to })).toBe(n);
          expect(longestContinuousInsuredMonths(facts, 'pension', { from, to })).toBeLessThanOrEqual(n);
          expect(continuousInsuredMonthsTo(facts, 'pension', to)).toBeLessThanOrEqual(
            insuredMonths(facts, 'pension', { to }),
          );
        },
      ),
    );
  });

  it('adds up over disjoint ranges', () => {
    fc.assert(
      fc.property(fc.array(factArb, { maxLength: 80 }), monthArb, (facts, split) => {
        const before = insuredMonths(facts, 'medical', { to: shiftMonth(split, -1) });
        const after = insuredMonths(facts, 'medical', { from: split });
        expect(before + after).toBe(insuredMonths(facts, 'medical'));
      }),
    );
  });

  it('finds a contiguous block of n paid months as one run of n', () => {
    fc.assert(
      fc.property(monthArb, fc.integer({ min: 1, max: 120 }), (from, n) => {
        const records = block(from, n);
        expect(longestContinuousInsuredMonths(records, 'pension')).toBe(n);
        expect(continuousInsuredMonthsTo(records, 'pension', shiftMonth(from, n - 1))).toBe(n);
      }),
    );
  });
});
