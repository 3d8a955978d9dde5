import { type IsoDate, parseIsoDate } from '../engine/dates.ts';

/**
 * Statutory retirement age under 全国人大常委会关于实施渐进式延迟法定退休年龄的决定 (2024-09-13,
 * in force 2025-01-01) and its annex 《国务院关于渐进式延迟法定退休年龄的办法》 第二条 and the
 * comparison tables (附件1–3):
 *   - men: 60 → 63; women cadres: 55 → 58 — one month later for every 4 months of birth from the
 *     start cohort (men born 1965-01, women cadres born 1970-01), capped at 36 months;
 *   - women workers: 50 → 55 — one month later for every 2 months of birth from 1975-01,
 *     capped at 60 months.
 * Retirement month = birth month + retirement age (e.g. a man born 1965-01 retires at 60 years
 * 1 month, in 2025-02). People born before the start cohort keep the original age.
 */
export type RetirementCategory = 'male' | 'female_cadre' | 'female_worker';

interface Rule {
  originalYears: number;
  startCohort: { year: number; month: number };
  birthMonthsPerStep: number;
  maxDelayMonths: number;
  label: string;
}

const RULES: Record<RetirementCategory, Rule> = {
  male: {
    originalYears: 60,
    startCohort: { year: 1965, month: 1 },
    birthMonthsPerStep: 4,
    maxDelayMonths: 36,
    label: '男职工',
  },
  female_cadre: {
    originalYears: 55,
    startCohort: { year: 1970, month: 1 },
    birthMonthsPerStep: 4,
    maxDelayMonths: 36,
    label: '原法定退休年龄55周岁的女职工',
  },
  female_worker: {
    originalYears: 50,
    startCohort: { year: 1975, month: 1 },
    birthMonthsPerStep: 2,
    maxDelayMonths: 60,
    label: '原法定退休年龄50周岁的女职工',
  },
};

/** Flexible early retirement may be at most 3 years early and never below the original age. */
const FLEXIBLE_EARLY_MONTHS = 36;

export interface StatutoryRetirement {
  category: RetirementCategory;
  /** retirement age as years + months */
  ageYears: number;
  ageMonths: number;
  /** retirement age in months */
  totalMonths: number;
  originalAgeYears: number;
  delayMonths: number;
  /** YYYY-MM: the month statutory retirement is reached */
  retirementMonth: string;
  /** YYYY-MM: earliest month of voluntary flexible early retirement (弹性提前退休) */
  earliestFlexibleMonth: string;
  /** Chinese description */
  description: string;
}

const monthString = (index: number) =>
  `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

export function statutoryRetirement(birthDate: IsoDate, category: RetirementCategory): StatutoryRetirement {
  const rule = RULES[category];
  const birth = parseIsoDate(birthDate);
  const birthIndex = birth.year * 12 + (birth.month - 1);
  const startIndex = rule.startCohort.year * 12 + (rule.startCohort.month - 1);
  const sinceStart = birthIndex - startIndex;
  const delayMonths =
    sinceStart < 0 ? 0 : Math.min(rule.maxDelayMonths, Math.floor(sinceStart / rule.birthMonthsPerStep) + 1);
  const original = rule.originalYears * 12;
  const totalMonths = original + delayMonths;
  const earliest = Math.max(original, totalMonths - FLEXIBLE_EARLY_MONTHS);
  const ageYears = Math.floor(totalMonths / 12);
  const ageMonths = totalMonths % 12;
  const retirementMonth = monthString(birthIndex + totalMonths);
  return {
    category,
    ageYears,
    ageMonths,
    totalMonths,
    originalAgeYears: rule.originalYears,
    delayMonths,
    retirementMonth,
    earliestFlexibleMonth: monthString(birthIndex + earliest),
    description: `${rule.label}，法定退休年龄${ageYears}周岁${ageMonths > 0 ? `${ageMonths}个月` : ''}，${retirementMonth.replace('-', '年')}月退休`,
  };
}

/** Whether the statutory retirement month has been reached on `on`. */
export function hasReachedRetirementAge(
  birthDate: IsoDate,
  category: RetirementCategory,
  on: IsoDate,
): boolean {
  return on.slice(0, 7) >= statutoryRetirement(birthDate, category).retirementMonth;
}

/** Months until the statutory retirement month (negative once passed). */
export function monthsToRetirement(birthDate: IsoDate, category: RetirementCategory, on: IsoDate): number {
  const { retirementMonth } = statutoryRetirement(birthDate, category);
  const [ry, rm] = retirementMonth.split('-').map(Number) as [number, number];
  const o = parseIsoDate(on);
  return ry * 12 + rm - (o.year * 12 + o.month);
}
