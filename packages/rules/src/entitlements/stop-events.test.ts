import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthFromIndex, monthIndex } from '../policies/county-city/flexible-employment/standard.ts';
import { firstStoppedMonth, periodDue, periodOf, type StopFacts, stopEvents } from './stop-events.ts';

const END = '2029-12-31';
const holder: StopFacts = {
  gender: 'male',
  birthDate: '1972-05-10',
  retirementCategory: 'male',
  since: '2026-10-01',
  ownEmployerId: 'post-employer',
  employments: [{ employerId: 'post-employer', startedOn: '2026-10-01', endedOn: null, endReason: null }],
  contracts: [{ employerId: 'post-employer', startsOn: '2026-10-01' }],
};

describe('stop events of a recurring entitlement', () => {
  it('sees nothing while the holder stays on the post', () => {
    expect(stopEvents(holder, END)).toEqual([]);
    expect(periodDue(stopEvents(holder, END), '2027-01', '2027-01')).toEqual({
      paidTo: '2027-01',
      stop: null,
    });
  });

  it('stops from the month after a re-employment registered mid-month, naming it', () => {
    const events = stopEvents(
      {
        ...holder,
        employments: [
          { ...holder.employments[0]!, endedOn: '2026-12-19', endReason: 'resigned' },
          {
            employerId: 'shop',
            employerName: '泰山商贸有限公司',
            startedOn: '2026-12-20',
            endedOn: null,
            endReason: null,
          },
        ],
      },
      END,
    );
    expect(events.map((e) => e.code)).toEqual(['post_ended', 're_employed']);
    expect(events[1]!.reason).toContain('泰山商贸有限公司');
    expect(periodDue(events, '2026-12', '2026-12').paidTo).toBe('2026-12');
    const jan = periodDue(events, '2027-01', '2027-01');
    expect(jan.paidTo).toBeNull();
    expect(jan.stop?.code).toBe('post_ended');
  });

  it('stops the month itself when the event is on the 1st, and prorates a quarter', () => {
    const events = stopEvents(
      { ...holder, contracts: [...holder.contracts, { employerId: 'x', startsOn: '2027-02-01' }] },
      END,
    );
    expect(events.map((e) => e.code)).toEqual(['new_contract']);
    expect(periodDue(events, '2027-01', '2027-03')).toMatchObject({
      paidTo: '2027-01',
      stop: { code: 'new_contract' },
    });
  });

  it('ignores what happened before the entitlement began (the approval saw it)', () => {
    const events = stopEvents(
      {
        ...holder,
        employments: [
          { employerId: 'old', startedOn: '2020-01-01', endedOn: '2026-09-30', endReason: 'resigned' },
          ...holder.employments,
        ],
      },
      END,
    );
    expect(events).toEqual([]);
  });

  it('stops at the statutory retirement month under the gradual-delay schedule', () => {
    // a man born 1966-11 retires at 60 years 6 months (one month later per 4 months of birth from
    // 1965-01, 附件1: 1966-09…12 → 60岁6个月): 2027-05; listed once the period reaches it
    const events = stopEvents({ ...holder, birthDate: '1966-11-15' }, END);
    expect(events.map((e) => [e.code, e.on])).toEqual([['retired', '2027-05-01']]);
    expect(stopEvents({ ...holder, birthDate: '1966-11-15' }, '2027-04-30')).toEqual([]);
    expect(events[0]!.reason).toContain('法定退休年龄');
    // a woman worker born 1977-01 (50 + 13 months): 2028-02
    const woman = stopEvents(
      { ...holder, gender: 'female', birthDate: '1977-01-05', retirementCategory: 'female_worker' },
      END,
    );
    expect(woman.map((e) => [e.code, e.on])).toEqual([['retired', '2028-02-01']]);
    expect(periodDue(woman, '2028-01', '2028-03').paidTo).toBe('2028-01');
  });

  it('stops on death, whichever record says so', () => {
    const events = stopEvents({ ...holder, deceasedOn: '2027-03-05' }, END);
    expect(events.map((e) => e.code)).toEqual(['deceased']);
    expect(periodDue(events, '2027-04', '2027-04').paidTo).toBeNull();
    expect(periodDue(events, '2027-03', '2027-03').paidTo).toBe('2027-03');
  });

  it('quarters start in January, April, July and October', () => {
    expect(periodOf('quarterly', '2027-05')).toEqual({ from: '2027-04', to: '2027-06' });
    expect(periodOf('quarterly', '2027-12')).toEqual({ from: '2027-10', to: '2027-12' });
    expect(periodOf('monthly', '2027-05')).toEqual({ from: '2027-05', to: '2027-05' });
  });

  const day = fc
    .record({
      m: fc.integer({ min: monthIndex('2026-01'), max: monthIndex('2029-12') }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ m, d }) => `${monthFromIndex(m)}-${String(d).padStart(2, '0')}`);

  it('pays exactly the months whose first day no event had reached (property)', () => {
    fc.assert(
      fc.property(
        fc.array(day, { maxLength: 4 }),
        fc.integer({ min: monthIndex('2026-06'), max: monthIndex('2029-06') }),
        fc.integer({ min: 0, max: 5 }),
        (starts, from, span) => {
          const facts: StopFacts = {
            ...holder,
            since: '2026-01-01',
            contracts: starts.map((s, i) => ({ employerId: `e${i}`, startsOn: s })),
          };
          const fromMonth = monthFromIndex(from);
          const toMonth = monthFromIndex(from + span);
          const due = periodDue(stopEvents(facts, END), fromMonth, toMonth);
          for (let i = from; i <= from + span; i += 1) {
            const first = `${monthFromIndex(i)}-01`;
            const stopped = starts.some((s) => s <= first);
            const paid = due.paidTo !== null && monthFromIndex(i) <= due.paidTo;
            expect(paid).toBe(!stopped);
          }
          if (due.stop) expect(firstStoppedMonth(due.stop.on) <= toMonth).toBe(true);
        },
      ),
    );
  });
});
