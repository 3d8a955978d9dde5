import { workCalendar } from '@minsheng/rules/engine/calendar.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  earliestNoticeEnd,
  maskName,
  noticeCloseProblem,
  noticeLength,
  noticePeriodProblem,
} from './cases-notice.rules.ts';

describe('maskName', () => {
  it('keeps the first and last character of a three-character name', () => {
    expect(maskName('张小三')).toBe('张*三');
  });
  it('keeps only the surname of a two-character name', () => {
    expect(maskName('张三')).toBe('张*');
  });
  it('masks every middle character of a long name, the middle dot included', () => {
    expect(maskName('欧阳小明')).toBe('欧**明');
    expect(maskName('阿依·买买提')).toBe('阿****提');
  });
  it('masks a one-character name completely', () => {
    expect(maskName('王')).toBe('*');
  });
  it('counts characters outside the basic plane as one', () => {
    expect(maskName('𠮷野家')).toBe('𠮷*家');
  });
  it('never shows more than two characters of a name and keeps its length', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('张', '王', '李', '明', '华', '𠮷'), { minLength: 3, maxLength: 8 }),
        (chars) => {
          const masked = Array.from(maskName(chars.join('')));
          expect(masked.length).toBe(chars.length);
          expect(masked.filter((c) => c !== '*').length).toBe(2);
        },
      ),
    );
  });
});

describe('notice period', () => {
  const fiveWorkingDays = { unit: 'working_days' as const, amount: 5 };
  it('counts both the first and the last day of a notice', () => {
    expect(noticeLength({ unit: 'days', amount: 7 }, '2026-03-02', '2026-03-08', workCalendar)).toBe(7);
    expect(noticeLength(fiveWorkingDays, '2026-03-02', '2026-03-06', workCalendar)).toBe(5);
  });
  it('skips National Day 2026 and counts the adjusted Saturday 10 October as a working day', () => {
    // 09-30 (1); 10-01..10-07 holiday; 10-08 (2), 10-09 (3), 10-10 Saturday worked (4), 10-12 (5)
    expect(earliestNoticeEnd(fiveWorkingDays, '2026-09-30', workCalendar)).toBe('2026-10-12');
    expect(
      noticePeriodProblem(fiveWorkingDays, '2026-09-30', '2026-10-12', '2026-09-29', workCalendar),
    ).toBeNull();
    expect(noticePeriodProblem(fiveWorkingDays, '2026-09-30', '2026-10-10', '2026-09-29', workCalendar)).toBe(
      '公示期不得少于5个工作日，2026-09-30 起最早于 2026-10-12 结束',
    );
  });
  it('starting on a holiday, the first working day is the first counted day', () => {
    // 10-08 (1), 10-09 (2), 10-10 (3), 10-12 (4), 10-13 (5)
    expect(earliestNoticeEnd(fiveWorkingDays, '2026-10-03', workCalendar)).toBe('2026-10-13');
  });
  it('rejects a notice starting in the past or ending before it starts', () => {
    expect(noticePeriodProblem(fiveWorkingDays, '2026-03-01', '2026-03-20', '2026-03-02', workCalendar)).toBe(
      '公示开始日期「2026-03-01」早于今天',
    );
    expect(noticePeriodProblem(fiveWorkingDays, '2026-03-10', '2026-03-09', '2026-03-02', workCalendar)).toBe(
      '公示结束日期「2026-03-09」早于开始日期「2026-03-10」',
    );
  });
  it('the earliest end always satisfies the rule and the day before never does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 15 }),
        fc.integer({ min: 0, max: 300 }),
        fc.boolean(),
        (n, offset, working) => {
          const rule = { unit: working ? ('working_days' as const) : ('days' as const), amount: n };
          const start = new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);
          const end = earliestNoticeEnd(rule, start, workCalendar);
          expect(noticeLength(rule, start, end, workCalendar)).toBeGreaterThanOrEqual(n);
          const before = new Date(Date.parse(`${end}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
          expect(noticeLength(rule, start, before, workCalendar)).toBeLessThan(n);
        },
      ),
    );
  });
});

describe('noticeCloseProblem', () => {
  it('keeps a notice open on its last day', () => {
    expect(noticeCloseProblem('2026-03-10', '2026-03-10', 0)).toBe(
      '公示期至 2026-03-10 结束，期满后方可结束公示',
    );
  });
  it('keeps a notice open while an objection is unresolved', () => {
    expect(noticeCloseProblem('2026-03-10', '2026-03-11', 1)).toBe(
      '尚有 1 件异议未处理，处理完毕后方可结束公示',
    );
  });
  it('closes a notice after its end date with no open objection', () => {
    expect(noticeCloseProblem('2026-03-10', '2026-03-11', 0)).toBeNull();
  });
});
