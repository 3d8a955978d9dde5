import { getPolicy } from '@minsheng/rules/catalogue.ts';
import { workCalendar as calendar } from '@minsheng/rules/engine/calendar.ts';
import { describe, expect, it } from 'vitest';
import { defaultTimeLimits } from '../case-types/case-type-defaults.ts';
import { dueFlags, dueOnEntering, stepDueDate } from './case-due-dates.ts';

// The official 2026 schedule: 国庆节 10-01..10-07 off, Sunday 09-20 and Saturday 10-10 worked.
const zhuhai = {
  timeLimits: defaultTimeLimits(getPolicy('zhuhai.high-skill-subsidy')!),
  publicNoticeDays: 5,
};
const plain = { requiresPublicNotice: false, paysMoney: true };

describe('case due dates on the holiday calendar', () => {
  it('counts acceptance in working days across National Day, including the adjusted Saturday', () => {
    // 09-30, 10-08, 10-09, 10-10 (调休上班), 10-12
    expect(stepDueDate(zhuhai, 'accept', '2026-09-29', calendar)).toBe('2026-10-12');
  });

  it("counts the policy's own 8 working days to finance from the approval", () => {
    // 09-29, 09-30, 10-08, 10-09, 10-10, 10-12, 10-13, 10-14
    expect(stepDueDate(zhuhai, 'bureau_to_finance', '2026-09-28', calendar)).toBe('2026-10-14');
  });

  it('ends a public notice after its working days', () => {
    expect(stepDueDate({ ...zhuhai, publicNoticeDays: 3 }, 'public_notice', '2026-09-30', calendar)).toBe(
      '2026-10-10',
    );
  });

  it('answers null for a step the case type has no limit for', () => {
    expect(stepDueDate(zhuhai, 'reconcile', '2026-09-30', calendar)).toBeNull();
  });

  it('gives the next actor their due date when a case enters a status', () => {
    expect(dueOnEntering('accepted', plain, zhuhai, '2026-09-30', null, calendar)).toMatchObject({
      step: 'review',
      dueOn: '2026-10-20',
    });
    expect(dueOnEntering('draft', plain, zhuhai, '2026-09-30', '2026-10-08', calendar)).toMatchObject({
      step: 'application',
      dueOn: '2026-10-08',
    });
    expect(dueOnEntering('rejected', plain, zhuhai, '2026-09-30', null, calendar)).toBeNull();
  });

  it('flags overdue and due-soon in working days', () => {
    expect(dueFlags('2026-10-12', '2026-10-13', calendar)).toEqual({ overdue: true, dueSoon: false });
    // three working days after 09-30 are 10-08, 10-09, 10-10
    expect(dueFlags('2026-10-10', '2026-09-30', calendar)).toEqual({ overdue: false, dueSoon: true });
    expect(dueFlags('2026-10-12', '2026-09-30', calendar)).toEqual({ overdue: false, dueSoon: false });
    expect(dueFlags(null, '2026-09-30', calendar)).toEqual({ overdue: false, dueSoon: false });
  });
});
