import { daysInMonth, formatDate, type IsoDate } from '@minsheng/rules/engine/dates.ts';

/** How often a report is filed: 月报, 季报, 半年报, 年报. */
export const frequencies = ['month', 'quarter', 'half', 'year'] as const;
export type Frequency = (typeof frequencies)[number];

export const frequencyLabel: Record<Frequency, string> = {
  month: '月报',
  quarter: '季报',
  half: '半年报',
  year: '年报',
};

/**
 * A report period by its key: `2026-03` (month), `2026-Q1` (quarter), `2026-H1` (half year),
 * `2026` (year). From and to are the first and last day, both included.
 */
export interface ReportPeriod {
  key: string;
  frequency: Frequency;
  year: number;
  from: IsoDate;
  to: IsoDate;
  /** as the forms print it: 2026年3月, 2026年第一季度, 2026年上半年, 2026年 */
  label: string;
}

const pattern = /^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|H([12])))?$/;
const quarterNames = ['一', '二', '三', '四'];

const periodOf = (key: string, frequency: Frequency, year: number, first: number, months: number) => {
  const last = first + months - 1;
  return {
    key,
    frequency,
    year,
    from: formatDate(year, first, 1),
    to: formatDate(year, last, daysInMonth(year, last)),
  };
};

/** The period a key names, or undefined for anything else (years 2000–2099). */
export function parsePeriod(key: string): ReportPeriod | undefined {
  const m = pattern.exec(key);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 2000 || year > 2099) return undefined;
  if (m[2]) {
    const month = Number(m[2]);
    return { ...periodOf(key, 'month', year, month, 1), label: `${year}年${month}月` };
  }
  if (m[3]) {
    const q = Number(m[3]);
    return {
      ...periodOf(key, 'quarter', year, q * 3 - 2, 3),
      label: `${year}年第${quarterNames[q - 1]}季度`,
    };
  }
  if (m[4]) {
    const h = Number(m[4]);
    return { ...periodOf(key, 'half', year, h * 6 - 5, 6), label: `${year}年${h === 1 ? '上' : '下'}半年` };
  }
  return { ...periodOf(key, 'year', year, 1, 12), label: `${year}年` };
}

/** From the first of January of the period's year to the period's end (本年累计). */
export const yearToDate = (p: ReportPeriod): { from: IsoDate; to: IsoDate } => ({
  from: formatDate(p.year, 1, 1),
  to: p.to,
});

/** The key of the period of `frequency` that contains `date`. */
export function periodContaining(frequency: Frequency, date: IsoDate): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  switch (frequency) {
    case 'month':
      return date.slice(0, 7);
    case 'quarter':
      return `${year}-Q${Math.ceil(month / 3)}`;
    case 'half':
      return `${year}-H${month <= 6 ? 1 : 2}`;
    case 'year':
      return year;
  }
}

/** The period of the same frequency just before `p`. */
export function previousPeriod(p: ReportPeriod): ReportPeriod {
  const dayBefore = new Date(`${p.from}T00:00:00Z`);
  dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
  return parsePeriod(periodContaining(p.frequency, dayBefore.toISOString().slice(0, 10)))!;
}

const recentCount: Record<Frequency, number> = { month: 12, quarter: 4, half: 2, year: 2 };

/**
 * The periods of these frequencies that have begun by `today` (the current one included), by
 * frequency and latest first.
 */
export function recentPeriods(kinds: readonly Frequency[], today: IsoDate): ReportPeriod[] {
  return kinds.flatMap((f) => {
    const out = [parsePeriod(periodContaining(f, today))!];
    while (out.length < recentCount[f]) out.push(previousPeriod(out[out.length - 1]!));
    return out;
  });
}
