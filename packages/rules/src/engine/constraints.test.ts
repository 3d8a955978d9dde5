import { describe, expect, it } from 'vitest';
import { atMostYears, oncePerCategory, type PastClaim, yearlyCap } from './constraints.ts';

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

  it('limits the number of years', () => {
    const claims = [
      claim({ id: 'Y1', periodFrom: '2023-01-01', periodTo: '2024-12-31' }),
      claim({ id: 'Y2', decidedOn: '2025-02-01' }),
    ];
    expect(atMostYears(claims, 'p', 3, { from: '2025-06-01', to: '2025-12-31' }).ok).toBe(true);
    const r = atMostYears(claims, 'p', 3, { from: '2026-01-01', to: '2026-12-31' });
    expect(r.ok).toBe(false);
    expect(r.conflicts.map((c) => c.id)).toEqual(['Y1', 'Y2']);
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
