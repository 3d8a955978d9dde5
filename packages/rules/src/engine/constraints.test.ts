import { describe, expect, it } from 'vitest';
import { atMostYears, oncePerCategory, type PastClaim, periodYears, yearlyCap } from './constraints.ts';

const claim = (over: Partial<PastClaim>): PastClaim => ({
  id: 'C1',
  policyId: 'p',
  decidedOn: '2025-03-01',
  status: 'approved',
  ...over,
});

describe('constraints', () => {
  it('allows one claim per category and names the conflicting claim', () => {
    const claims = [
      claim({ id: 'A', category: 'level_2' }),
      claim({ id: 'B', category: 'level_3', status: 'rejected' }),
    ];
    expect(oncePerCategory(claims, 'p', 'level_3').ok).toBe(true);
    const r = oncePerCategory(claims, 'p', 'level_2');
    expect(r.ok).toBe(false);
    expect(r.conflicts.map((c) => c.id)).toEqual(['A']);
    expect(oncePerCategory(claims, 'other', 'level_2').ok).toBe(true);
  });

  it('distinguishes parts claimed separately', () => {
    const claims = [claim({ id: 'T', category: 'level_2', part: 'training' })];
    expect(oncePerCategory(claims, 'p', 'level_2', ['appraisal']).ok).toBe(true);
    expect(oncePerCategory(claims, 'p', 'level_2', ['training', 'appraisal']).ok).toBe(false);
  });

  it('counts benefit years by period length, not calendar years touched', () => {
    expect(periodYears('2025-07-01', '2026-06-30')).toBe(1);
    expect(periodYears('2023-07-01', '2024-06-30')).toBe(1);
    expect(periodYears('2025-07-01', '2026-07-01')).toBe(2);
    expect(periodYears('2024-01-01', '2026-12-31')).toBe(3);
  });

  it('limits the number of years and names the claims counted', () => {
    const claims = [
      claim({ id: 'Y1', periodFrom: '2023-07-01', periodTo: '2025-06-30' }),
      claim({ id: 'Y0', periodFrom: '2022-07-01', periodTo: '2023-06-30', status: 'rejected' }),
    ];
    const third = atMostYears(claims, 'p', 3, { from: '2025-07-01', to: '2026-06-30' });
    expect(third).toMatchObject({ ok: true, detail: '已享受 2 年，本次后共 3 年，上限 3 年' });
    const fourth = atMostYears([...claims, claim({ id: 'Y2', decidedOn: '2026-08-01' })], 'p', 3, {
      from: '2026-07-01',
      to: '2027-06-30',
    });
    expect(fourth.ok).toBe(false);
    expect(fourth.conflicts.map((c) => c.id)).toEqual(['Y1', 'Y2']);
  });

  it('applies a yearly cap using exact decimals', () => {
    const claims = [
      claim({ id: 'R1', amount: '1500.10' }),
      claim({ id: 'R0', decidedOn: '2024-05-01', amount: '3000' }),
    ];
    expect(yearlyCap(claims, 'p', 2025, '3000', '1499.90').ok).toBe(true);
    const r = yearlyCap(claims, 'p', 2025, '3000', '1499.91');
    expect(r.ok).toBe(false);
    expect(r.conflicts.map((c) => c.id)).toEqual(['R1']);
    expect(r.remaining.toFixed(2)).toBe('1499.90');
  });
});
