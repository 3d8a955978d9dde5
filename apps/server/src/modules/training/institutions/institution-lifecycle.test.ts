import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canOpenClasses,
  displayStatus,
  isExpired,
  supervisionActions,
  transition,
  validityEnd,
} from './institution-lifecycle.ts';
import { institutionStatuses } from './institutions.schema.ts';

const designated = { status: 'designated' as const, validFrom: '2026-02-01', validTo: '2027-12-31' };

describe('canOpenClasses', () => {
  it('allows a designated institution within its validity, both ends included', () => {
    expect(canOpenClasses(designated, '2026-02-01')).toBe(true);
    expect(canOpenClasses(designated, '2027-12-31')).toBe(true);
  });

  it('refuses before the validity starts, after it ends, and in any other status', () => {
    expect(canOpenClasses(designated, '2026-01-31')).toBe(false);
    expect(canOpenClasses(designated, '2028-01-01')).toBe(false);
    for (const status of institutionStatuses.filter((s) => s !== 'designated'))
      expect(canOpenClasses({ ...designated, status }, '2026-06-01')).toBe(false);
  });
});

describe('expiry', () => {
  it('shows an expired designation as 已过期', () => {
    expect(isExpired(designated, '2028-01-01')).toBe(true);
    expect(displayStatus(designated, '2028-01-01')).toBe('已过期');
    expect(displayStatus(designated, '2027-12-31')).toBe('已认定');
    expect(isExpired({ ...designated, status: 'withdrawn' }, '2028-01-01')).toBe(false);
  });
});

describe('transition', () => {
  it('makes withdrawal final: no action leaves 已取消定点资格', () => {
    for (const action of [...supervisionActions, 'review_pass', 'review_reject', 'designate'] as const)
      expect(transition(action, 'withdrawn').ok).toBe(false);
  });

  it('explains a refused action in Chinese, naming the statuses that allow it', () => {
    expect(transition('rectified', 'designated')).toEqual({
      ok: false,
      message: '机构当前状态为「已认定」，不能整改完成（仅「限期整改」的机构可以）',
    });
  });

  it('designates only from the notice', () => {
    for (const status of institutionStatuses)
      expect(transition('designate', status).ok).toBe(status === 'in_notice');
  });
});

describe('validityEnd', () => {
  it('ends the day before the same date the given years later', () => {
    expect(validityEnd('2026-10-27', 2)).toBe('2028-10-26');
    expect(validityEnd('2026-01-01', 1)).toBe('2026-12-31');
  });

  it('always lies after the start and within the years given', () => {
    const day = fc
      .integer({ min: 0, max: 365 * 70 })
      .map((n) => new Date(Date.UTC(2000, 0, 1) + n * 864e5).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 5 }), (from, years) => {
        const end = validityEnd(from, years);
        expect(end > from).toBe(true);
        expect(Number(end.slice(0, 4)) - Number(from.slice(0, 4))).toBeLessThanOrEqual(years);
      }),
    );
  });
});
