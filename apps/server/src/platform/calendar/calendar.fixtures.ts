import { defaultCalendarYears } from '@minsheng/rules/engine/calendar.ts';
import type { Executor } from '../../db/client.ts';
import { createCalendarYearsRepo } from './calendar-years.repo.ts';

/** The packaged data as it stood before any 2027 schedule was released. */
export const packagedUntil2026 = () => defaultCalendarYears().filter((y) => y.year <= 2026);

/**
 * A 2027 schedule in the shape the State Council publishes (test data, not the real notice): New
 * Year on Friday 01-01 with the weekend, the Spring Festival week with a Saturday worked, National
 * Day week with a Saturday worked.
 */
export const schedule2027 = () => ({
  sourceDoc: '国务院办公厅关于2027年部分节假日安排的通知（测试数据）',
  holidays: [
    ...['01-01', '01-02', '01-03'].map((d) => ({ date: `2027-${d}`, name: '元旦' })),
    ...['02-06', '02-07', '02-08', '02-09', '02-10', '02-11', '02-12', '02-13'].map((d) => ({
      date: `2027-${d}`,
      name: '春节',
    })),
    ...['10-01', '10-02', '10-03', '10-04', '10-05', '10-06', '10-07'].map((d) => ({
      date: `2027-${d}`,
      name: '国庆节',
    })),
  ],
  workdays: [
    { date: '2027-02-20', name: '春节调休' },
    { date: '2027-10-10', name: '国庆节调休' },
  ],
});

/** 2027 as entered by an administrator (of this or another server process), written straight to the table. */
export function insert2027(db: Executor) {
  const { sourceDoc, holidays, workdays } = schedule2027();
  return createCalendarYearsRepo(db).insert({
    year: 2027,
    sourceDoc,
    holidays: Object.fromEntries(holidays.map((d) => [d.date, d.name])),
    workdays: Object.fromEntries(workdays.map((d) => [d.date, d.name])),
    enteredBy: '00000000-0000-0000-0000-000000000000',
    enteredByName: '系统管理员',
    enteredAt: new Date('2026-11-20T09:00:00+08:00'),
  });
}
