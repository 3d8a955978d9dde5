import { dec, money, sum } from '@minsheng/rules/engine/money.ts';
import type { Input } from '@minsheng/rules/policies/dezhou/health-check-settlement/policy.ts';
import { maskName } from '../../cases/notices/cases-notice.rules.ts';
import type { DeclinedItem } from '../examinations/examinations.schema.ts';
import type { healthCheckHospitals } from '../hospitals/hospitals.schema.ts';
import type { PackageItem } from '../plans/plans.schema.ts';
import type { QualityRates } from '../quality/quality-rates.ts';
import { weekOf } from '../reports/week.ts';

/** What the settlement reads of one concluded examination: no health data. */
export interface SettledExamination {
  examinedOn: string;
  examineeName: string;
  declinedItems: readonly DeclinedItem[];
}

type Hospital = Pick<
  typeof healthCheckHospitals.$inferSelect,
  'name' | 'insuranceDesignated' | 'grade' | 'general'
>;

/**
 * The settlement rule's input from a hospital's records for a plan (第二十条): the fee is every
 * concluded examination's whole package — an item the examinee declined and signed for is paid
 * ("应由体检职工…签字认可"), one declined without signing is listed to be taken off by the rule
 * (examinee's name masked, item and fee from the package); the examinations ended on the last day
 * one was made, which selects the rule's parameters; the rates are counted from the quality records.
 */
export function settlementInput(
  hospital: Hospital,
  items: readonly PackageItem[],
  exams: readonly SettledExamination[],
  rates: QualityRates,
): Input {
  const byCode = new Map(items.map((i) => [i.code, i]));
  const packageFee = sum(items.map((i) => i.fee));
  return {
    hospital: {
      name: hospital.name,
      designated: hospital.insuranceDesignated,
      grade: hospital.grade,
      general: hospital.general,
    },
    examinationsEndedOn:
      exams
        .map((e) => e.examinedOn)
        .sort()
        .at(-1) ?? '',
    fee: money(dec(packageFee).times(exams.length)),
    unsignedWaivedItems: exams.flatMap((e) =>
      e.declinedItems
        .filter((d) => !d.signed && byCode.has(d.code))
        .map((d) => ({
          examinee: maskName(e.examineeName),
          item: byCode.get(d.code)!.name,
          fee: byCode.get(d.code)!.fee,
        })),
    ),
    rates,
  };
}

/**
 * The weeks in which the hospital examined someone without a submitted weekly progress report
 * (第十六条 每周定期报送), Monday to Sunday as the weekly reports count them; a week with no
 * examinations needs no report here either.
 */
export function weeksNotReported(examinedOn: readonly string[], reportedWeeks: readonly string[]): string[] {
  const reported = new Set(reportedWeeks);
  return [...new Set(examinedOn.map((d) => weekOf(d).start))].filter((w) => !reported.has(w)).sort();
}
