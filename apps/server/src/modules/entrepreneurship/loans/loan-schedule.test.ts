import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrearsFen, equalPrincipalSchedule, firstUnpaidDueOn } from './loan-schedule.ts';

const day = fc
  .record({
    y: fc.integer({ min: 2009, max: 2090 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

describe('equal-principal schedule', () => {
  it('sums to the principal exactly, in whole fen, with equal shares but the last', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000_00 }),
        day,
        fc.integer({ min: 1, max: 120 }),
        (fen, start, months) => {
          const lines = equalPrincipalSchedule(fen, start, months);
          expect(lines).toHaveLength(months);
          expect(lines.reduce((s, l) => s + l.principalFen, 0)).toBe(fen);
          for (const l of lines) expect(Number.isInteger(l.principalFen) && l.principalFen >= 0).toBe(true);
          const share = lines[0]!.principalFen;
          for (const l of lines.slice(0, -1)) expect(l.principalFen).toBe(share);
          expect(lines.at(-1)!.principalFen).toBeGreaterThanOrEqual(share);
          for (let i = 1; i < lines.length; i++) expect(lines[i]!.dueOn > lines[i - 1]!.dueOn).toBe(true);
        },
      ),
    );
  });

  it('puts the remainder on the last instalment: 50 000 yuan over 24 months', () => {
    const lines = equalPrincipalSchedule(5_000_000, '2026-01-31', 24);
    expect(lines[0]).toEqual({ seq: 1, dueOn: '2026-02-28', principalFen: 208_333 });
    expect(lines[23]).toEqual({ seq: 24, dueOn: '2028-01-31', principalFen: 5_000_000 - 208_333 * 23 });
  });

  it('counts arrears only for instalments past their due date', () => {
    const lines = equalPrincipalSchedule(300_00, '2026-01-10', 3);
    expect(arrearsFen(lines, 0, '2026-02-10')).toBe(0);
    expect(arrearsFen(lines, 0, '2026-02-11')).toBe(100_00);
    expect(arrearsFen(lines, 100_00, '2026-03-11')).toBe(100_00);
    expect(firstUnpaidDueOn(lines, 100_00)).toBe('2026-03-10');
    expect(firstUnpaidDueOn(lines, 300_00)).toBeNull();
  });
});
