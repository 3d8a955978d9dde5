import type { StopFacts } from '@minsheng/rules/entitlements/stop-events.ts';
import { statutoryRetirement } from '@minsheng/rules/national/retirement.ts';
import { describe, expect, it } from 'vitest';
import { lastDayOfMonth, listableNow, notDue, planPeriod, prevMonth } from './period-plan.ts';

const facts = (over: Partial<StopFacts> = {}): StopFacts => ({
  gender: 'male',
  birthDate: '1985-03-15',
  retirementCategory: 'male',
  since: '2026-07-01',
  ownEmployerId: 'post-employer',
  employments: [],
  contracts: [],
  ...over,
});
const monthly = {
  periodKind: 'monthly' as const,
  startMonth: '2026-07',
  endMonth: null,
  listedThroughMonth: null,
};

describe('a period of a recurring entitlement', () => {
  it('is due until statutory retirement, and the retirement month stops it with its reason', () => {
    const birthDate = '1966-05-10';
    const retirement = statutoryRetirement(birthDate, 'male').retirementMonth;
    const f = facts({ birthDate, since: '2026-01-01' });
    const e = { ...monthly, startMonth: '2026-01' };
    // listed every month up to the one before
    const upTo = (m: string) => ({ ...e, listedThroughMonth: prevMonth(m) });
    expect(planPeriod(upTo(prevMonth(retirement)), prevMonth(retirement), new Set(), f)).toMatchObject({
      kind: 'due',
      stop: null,
    });
    const stopped = planPeriod(upTo(retirement), retirement, new Set(), f);
    expect(stopped).toMatchObject({ kind: 'stopped', stop: { code: 'retired', on: `${retirement}-01` } });
    expect(stopped.kind === 'stopped' && stopped.stop.reason).toContain('法定退休年龄');
  });

  it('a woman retires by her declared category: a worker earlier than a cadre', () => {
    const birthDate = '1976-03-10';
    const worker = statutoryRetirement(birthDate, 'female_worker').retirementMonth;
    const cadre = statutoryRetirement(birthDate, 'female_cadre').retirementMonth;
    expect(worker < cadre).toBe(true);
    const e = { ...monthly, startMonth: '2020-01', listedThroughMonth: prevMonth(worker) };
    const f = (retirementCategory: 'female_worker' | 'female_cadre') =>
      facts({ gender: 'female', birthDate, retirementCategory, since: '2020-01-01' });
    expect(planPeriod(e, worker, new Set(), f('female_worker')).kind).toBe('stopped');
    expect(planPeriod(e, worker, new Set(), f('female_cadre')).kind).toBe('due');
  });

  it('is skipped when listed, before the start, or through the last listed month; ended after the end month', () => {
    expect(planPeriod(monthly, '2026-07', new Set(['2026-07']), facts())).toEqual({ kind: 'skip' });
    expect(planPeriod(monthly, '2026-06', new Set(), facts())).toEqual({ kind: 'skip' });
    expect(planPeriod({ ...monthly, listedThroughMonth: '2026-08' }, '2026-08', new Set(), facts())).toEqual({
      kind: 'skip',
    });
    expect(planPeriod({ ...monthly, endMonth: '2026-08' }, '2026-09', new Set(), facts())).toEqual({
      kind: 'ended',
    });
  });

  it('catches up the months no run listed: set up late, or a month without a run', () => {
    expect(planPeriod(monthly, '2026-09', new Set(), facts())).toMatchObject({
      kind: 'due',
      from: '2026-07',
      to: '2026-09',
      paidTo: '2026-09',
    });
    expect(
      planPeriod({ ...monthly, listedThroughMonth: '2026-07' }, '2026-09', new Set(), facts()),
    ).toMatchObject({ kind: 'due', from: '2026-08', to: '2026-09' });
  });

  it('a quarter cut short by a new contract elsewhere is due for its months before it', () => {
    const f = facts({ contracts: [{ employerId: 'other', startsOn: '2026-08-20' }] });
    const plan = planPeriod({ ...monthly, periodKind: 'quarterly' }, '2026-08', new Set(), f);
    expect(plan).toMatchObject({ kind: 'due', from: '2026-07', to: '2026-09', paidTo: '2026-08' });
    expect(plan.kind === 'due' && plan.stop?.code).toBe('new_contract');
  });
});

describe('a period listed before its last month has come', () => {
  const quarterly = { ...monthly, periodKind: 'quarterly' as const, startMonth: '2026-10' };

  it('waits for a quarter until its third month; a month is listable in itself', () => {
    const q4 = planPeriod(quarterly, '2026-10', new Set(), facts({ since: '2026-10-01' }));
    expect(q4).toMatchObject({ kind: 'due', from: '2026-10', to: '2026-12' });
    expect(listableNow(q4, '2026-10')).toEqual({ kind: 'skip' });
    expect(listableNow(q4, '2026-11')).toEqual({ kind: 'skip' });
    expect(listableNow(q4, '2026-12')).toBe(q4);
    expect(listableNow(q4, '2027-01')).toBe(q4);
    const october = planPeriod({ ...monthly, startMonth: '2026-10' }, '2026-10', new Set(), facts());
    expect(listableNow(october, '2026-10')).toBe(october);
  });

  it('stops at once a quarter with no month due, and lists one cut short to its end month', () => {
    const f = facts({
      since: '2026-10-01',
      employments: [{ employerId: null, startedOn: '2026-10-01', endedOn: null, endReason: null }],
    });
    const stopped = planPeriod(quarterly, '2026-10', new Set(), f);
    expect(listableNow(stopped, '2026-10')).toMatchObject({ kind: 'stopped', stop: { code: 're_employed' } });
    const ending = planPeriod({ ...quarterly, endMonth: '2026-10' }, '2026-10', new Set(), facts());
    expect(listableNow(ending, '2026-10')).toMatchObject({ kind: 'due', from: '2026-10', to: '2026-10' });
  });
});

describe('months paid but not due', () => {
  it('a backdated re-employment leaves the months from the first stopped one to the paid end', () => {
    const f = facts({
      employments: [
        { employerId: null, employerName: '某公司', startedOn: '2026-08-10', endedOn: null, endReason: null },
      ],
    });
    // paid July to September; re-employed on 10 August: September is not due, July and August were
    expect(notDue(f, '2026-07', '2026-09')).toMatchObject({
      from: '2026-09',
      to: '2026-09',
      duePaidTo: '2026-08',
      stop: { code: 're_employed', on: '2026-08-10' },
    });
    // from the 1st of July: none was due
    const fromFirst = facts({
      employments: [{ employerId: null, startedOn: '2026-07-01', endedOn: null, endReason: null }],
    });
    expect(notDue(fromFirst, '2026-07', '2026-09')).toMatchObject({ from: '2026-07', duePaidTo: null });
    expect(notDue(facts(), '2026-07', '2026-09')).toBeNull();
  });

  it('a death recorded in the registry stops the months after it', () => {
    expect(notDue(facts({ deceasedOn: '2026-07-15' }), '2026-07', '2026-08')).toMatchObject({
      from: '2026-08',
      stop: { code: 'deceased' },
    });
    expect(lastDayOfMonth('2028-02')).toBe('2028-02-29');
  });
});
