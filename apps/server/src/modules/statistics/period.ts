/**
 * A reporting period (报告期): a month, quarter, half-year or year of a calendar year, or any
 * from/to range of days. Both bounds are included; dates are the bureau's calendar days.
 */
export type PeriodKind = 'month' | 'quarter' | 'half' | 'year' | 'range';

export type PeriodSpec =
  | { kind: 'month'; year: number; index: number }
  | { kind: 'quarter'; year: number; index: number }
  | { kind: 'half'; year: number; index: number }
  | { kind: 'year'; year: number }
  | { kind: 'range'; from: string; to: string };

export interface Period {
  kind: PeriodKind;
  from: string;
  to: string;
  /** 2026年第2季度, 2026年上半年, 2026-03-01至2026-05-31 … */
  label: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const monthSpan = (year: number, first: number, last: number) => ({
  from: `${year}-${pad(first)}-01`,
  to: `${year}-${pad(last)}-${pad(lastDay(year, last))}`,
});
const quarterNames = ['一', '二', '三', '四'];

export class PeriodError extends Error {}

/** The days a period spec covers, with its Chinese label; refuses an index out of its year. */
export function resolvePeriod(spec: PeriodSpec): Period {
  const check = (index: number, max: number) => {
    if (!Number.isInteger(index) || index < 1 || index > max)
      throw new PeriodError(`期数应为 1 至 ${max} 的整数`);
  };
  switch (spec.kind) {
    case 'month':
      check(spec.index, 12);
      return {
        kind: 'month',
        ...monthSpan(spec.year, spec.index, spec.index),
        label: `${spec.year}年${spec.index}月`,
      };
    case 'quarter':
      check(spec.index, 4);
      return {
        kind: 'quarter',
        ...monthSpan(spec.year, spec.index * 3 - 2, spec.index * 3),
        label: `${spec.year}年第${quarterNames[spec.index - 1]}季度`,
      };
    case 'half':
      check(spec.index, 2);
      return {
        kind: 'half',
        ...monthSpan(spec.year, spec.index * 6 - 5, spec.index * 6),
        label: `${spec.year}年${spec.index === 1 ? '上' : '下'}半年`,
      };
    case 'year':
      return { kind: 'year', ...monthSpan(spec.year, 1, 12), label: `${spec.year}年` };
    case 'range':
      if (spec.to < spec.from) throw new PeriodError('截止日期不能早于起始日期');
      return { kind: 'range', from: spec.from, to: spec.to, label: `${spec.from}至${spec.to}` };
  }
}

/** The twelve months of a year, for trends. */
export const monthsOf = (year: number): Period[] =>
  Array.from({ length: 12 }, (_, i) => resolvePeriod({ kind: 'month', year, index: i + 1 }));

/** The day before a date (YYYY-MM-DD). */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** A period as the query string gives it (`period`, `year`, `index`, or `from`/`to`). */
export interface PeriodQuery {
  period: PeriodKind;
  year?: number | undefined;
  index?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export function periodOfQuery(q: PeriodQuery): Period {
  if (q.period === 'range') {
    if (!q.from || !q.to) throw new PeriodError('请给出起止日期');
    return resolvePeriod({ kind: 'range', from: q.from, to: q.to });
  }
  if (q.year === undefined) throw new PeriodError('请给出年份');
  if (q.period === 'year') return resolvePeriod({ kind: 'year', year: q.year });
  if (q.index === undefined) throw new PeriodError('请给出期数');
  return resolvePeriod({ kind: q.period, year: q.year, index: q.index });
}
