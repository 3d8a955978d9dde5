import {
  type CalendarDay,
  defaultCalendarYears,
  type WorkCalendar,
} from '@minsheng/rules/engine/calendar.ts';
import {
  explainAddWorkingDays,
  explainPeriodEnd,
  type PeriodEndAnswer,
  type WorkingDaysAnswer,
} from '@minsheng/rules/engine/working-days-explained.ts';
import type { Command } from 'commander';
import { createCalendarYearsRepo } from '../platform/calendar/calendar-years.repo.ts';
import { mergedCalendar } from '../platform/calendar/merged-calendar.ts';
import { dateArg, intArg, printJson } from './cli-input.ts';
import { withExistingDatabase } from './existing-database.ts';

const kindLabel: Record<CalendarDay['kind'], string> = {
  workday: '工作日',
  weekend: '休息日（周末）',
  holiday: '法定节假日',
  adjusted_workday: '调休上班',
};

const dayLine = (d: CalendarDay) => `  ${d.date}  ${kindLabel[d.kind]}${d.name ? `（${d.name}）` : ''}`;

/**
 * Answers on the packaged calendar; when that lacks a year the answer reaches, the years the
 * bureau entered in the server's database (if there is one) are read and the answer is counted
 * again. Says where the years came from.
 */
async function answer<A extends { provisionalYears: number[] }>(count: (calendar: WorkCalendar) => A) {
  const packaged = defaultCalendarYears();
  const first = count(mergedCalendar(packaged, []));
  if (first.provisionalYears.length === 0) return { ...first, enteredYears: [] as number[] };
  const entered = await withExistingDatabase(({ db }) => createCalendarYearsRepo(db).all());
  const used = (entered ?? []).filter((r) => first.provisionalYears.includes(r.year)).map((r) => r.year);
  if (used.length === 0) return { ...first, enteredYears: [] };
  return { ...count(mergedCalendar(packaged, entered ?? [])), enteredYears: used };
}

function printSources(a: { provisionalYears: number[]; enteredYears: number[] }) {
  if (a.enteredYears.length > 0) console.log(`${a.enteredYears.join('、')} 年按本系统录入的节假日安排计算`);
  if (a.provisionalYears.length > 0) {
    console.log(
      `注意：工作日历尚无 ${a.provisionalYears.join('、')} 年的节假日安排，该年只扣除了双休日，结果为暂定`,
    );
  }
}

export function workdaysCommands(program: Command) {
  const workdays = program
    .command('workdays')
    .description('工作日计算 (working days on the official calendar)');

  workdays
    .command('add <date> <n>')
    .description('某日之后第 n 个工作日（当日不计入） (the n-th working day after date)')
    .option('--json', '输出 JSON')
    .action(async (date: string, n: string, o: { json?: boolean }) => {
      const start = dateArg(date, '起算日期');
      const count = intArg(n, '工作日数', 0, 1000);
      const a: WorkingDaysAnswer & { enteredYears: number[] } = await answer((cal) =>
        explainAddWorkingDays(cal, start, count),
      );
      if (o.json) return printJson(a);
      console.log(`${start} 之后第 ${count} 个工作日：${a.end}`);
      const skipped = a.notable.filter((d) => !d.working);
      if (skipped.length > 0) console.log(`跳过 ${skipped.length} 天：`);
      for (const d of skipped) console.log(dayLine(d));
      const adjusted = a.notable.filter((d) => d.working);
      if (adjusted.length > 0) console.log('计入的调休上班日：');
      for (const d of adjusted) console.log(dayLine(d));
      printSources(a);
    });

  workdays
    .command('deadline <start>')
    .description(
      '期间届满日：开始当日不计入，最后一日为休息日或法定节假日的顺延至其后第一个工作日（民法典第二百零一条、第二百零三条）',
    )
    .requiredOption('--days <n>', '期间天数（日历日）')
    .option('--json', '输出 JSON')
    .action(async (startArg: string, o: { days: string; json?: boolean }) => {
      const start = dateArg(startArg, '起算日期');
      const days = intArg(o.days, '期间天数', 1, 3660);
      const a: PeriodEndAnswer & { enteredYears: number[] } = await answer((cal) =>
        explainPeriodEnd(cal, start, days),
      );
      if (o.json) return printJson(a);
      if (a.end === a.nominalEnd) {
        console.log(`${start} 起 ${days} 日，期间届满日：${a.end}`);
      } else {
        const [first] = a.postponedOver;
        const why = first ? `${kindLabel[first.kind]}${first.name ? `（${first.name}）` : ''}` : '休息日';
        console.log(`${start} 起 ${days} 日，本应于 ${a.nominalEnd} 届满，该日为${why}，顺延至 ${a.end}`);
        for (const d of a.postponedOver) console.log(dayLine(d));
      }
      printSources(a);
    });
}
