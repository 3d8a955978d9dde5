import { invalid } from '../../../platform/errors.ts';
import type { PackageItem } from '../plans/plans.schema.ts';
import type { DeclinedItem } from './examinations.schema.ts';
import { type FindingCode, findingLabel } from './finding-codes.ts';
import { outsideReference } from './reference-range.ts';

/** One package item as the hospital entered it: performed with its result, or declined (第二十条). */
export type ItemEntry =
  | { code: string; outcome: 'performed'; value: string; abnormal: boolean }
  | { code: string; outcome: 'declined'; signed: boolean };

/** What is stored encrypted as `resultsEnc`. */
export type Results = Record<string, { value: string; abnormal: boolean }>;

/**
 * The entries split into what is stored: the performed items' results (health data, encrypted by
 * the caller) and the declined items with the signature flag (clear: settlement pays no unsigned
 * declined item). Every entry must name an item of the plan's package, once. A number outside its
 * item's reference range is flagged 异常 whatever the clerk ticked.
 */
export function splitEntries(pkg: readonly PackageItem[], entries: readonly ItemEntry[]) {
  const known = new Set(pkg.map((i) => i.code));
  const seen = new Set<string>();
  const results: Results = {};
  const declined: DeclinedItem[] = [];
  for (const [n, e] of entries.entries()) {
    if (!known.has(e.code))
      throw invalid('体检项目不在本年度体检套餐内', [{ path: `items.${n}.code`, message: '不在体检套餐内' }]);
    if (seen.has(e.code))
      throw invalid('同一体检项目只能登记一次', [{ path: `items.${n}.code`, message: '重复登记' }]);
    seen.add(e.code);
    if (e.outcome === 'performed') {
      const { referenceRange } = pkg.find((i) => i.code === e.code)!;
      results[e.code] = { value: e.value, abnormal: e.abnormal || outsideReference(referenceRange, e.value) };
    } else declined.push({ code: e.code, signed: e.signed });
  }
  return { results, declined };
}

/** The entries again, in package order, from the stored results and declined items. */
export function joinEntries(
  pkg: readonly PackageItem[],
  results: Results,
  declined: readonly DeclinedItem[],
): ItemEntry[] {
  const out: ItemEntry[] = [];
  for (const item of pkg) {
    const r = results[item.code];
    const d = declined.find((x) => x.code === item.code);
    if (r) out.push({ code: item.code, outcome: 'performed', value: r.value, abnormal: r.abnormal });
    else if (d) out.push({ code: item.code, outcome: 'declined', signed: d.signed });
  }
  return out;
}

/**
 * 出具结论 needs every package item performed or declined, and the conclusion and advice written
 * (第十二条: 体检结论书写规范、准确, 提出疾病预防方案、健康建议). The reasons, in Chinese, or none.
 */
export function conclusionGaps(
  pkg: readonly PackageItem[],
  results: Results,
  declined: readonly DeclinedItem[],
  text: { conclusion: string; advice: string },
): string[] {
  const gaps: string[] = [];
  const missing = pkg.filter((i) => !results[i.code] && !declined.some((d) => d.code === i.code));
  if (missing.length > 0) gaps.push(`以下项目尚未登记结果或放弃：${missing.map((i) => i.name).join('、')}`);
  if (text.conclusion === '') gaps.push('请填写体检结论');
  if (text.advice === '') gaps.push('请填写健康建议');
  return gaps;
}

/** The wording of a serious finding's notification task (encrypted by the caller). */
export const findingSummary = (code: FindingCode, conclusion: string) =>
  `${findingLabel(code)}。体检结论：${conclusion}`.slice(0, 2000);
