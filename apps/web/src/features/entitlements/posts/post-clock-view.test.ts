import { describe, expect, it } from 'vitest';
import { clockView } from './post-clock-view';

const base = {
  monthsUsed: 22,
  generalMaxMonths: 36,
  monthsLeft: 14,
  generalEndMonth: '2027-12',
  nearEnd: false,
  endedOn: null,
  extensionApprovedAt: null,
};

describe('clockView', () => {
  it('shows the months used of 36 and the end month', () => {
    expect(clockView(base)).toEqual({
      percent: 61,
      status: 'active',
      text: '已用22/36个月',
      note: '一般补贴期限至2027-12，尚余14个月',
    });
  });

  it('warns near the end and past it, capping the bar at 100', () => {
    expect(
      clockView({ ...base, monthsUsed: 35, monthsLeft: 1, nearEnd: true, generalEndMonth: '2026-11' }),
    ).toMatchObject({
      status: 'exception',
      note: '一般补贴期限至2026-11，尚余1个月，即将届满',
    });
    expect(clockView({ ...base, monthsUsed: 40, monthsLeft: 0, nearEnd: true })).toMatchObject({
      percent: 100,
      text: '已用36/36个月',
      note: '一般补贴期限已于2027-12届满（已超出4个月）',
    });
  });

  it('says when the post has ended or the extension was approved', () => {
    expect(clockView({ ...base, endedOn: '2026-09-30', monthsUsed: 21 }).note).toBe(
      '岗位已于2026-09-30结束，共计21个月',
    );
    expect(clockView({ ...base, extensionApprovedAt: '2026-10-20T02:00:00.000Z' }).status).toBe('success');
  });
});
