import { fenToYuan, yuanToFen } from '@minsheng/rules/engine/money.ts';
import type { PackageItem } from './plans.schema.ts';

/** A fee in yuan as typed: whole yuan or up to two decimals, at most 99 999.99 per item. */
export const FEE_PATTERN = /^\d{1,5}(\.\d{1,2})?$/;

/** The item with its fee written with two decimals ("35" → "35.00"), exactly, through fen. */
export const normaliseItem = (item: PackageItem): PackageItem => ({
  ...item,
  fee: fenToYuan(yuanToFen(item.fee)),
});

/** The package's fee per examinee, in fen (integer sum, no floats). */
export const packageTotalFen = (items: readonly PackageItem[]): number =>
  items.reduce((s, i) => s + yuanToFen(i.fee), 0);

/** The codes that occur more than once (an item code names one result within the plan). */
export function duplicateCodes(items: readonly PackageItem[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const { code } of items) (seen.has(code) ? twice : seen).add(code);
  return [...twice];
}
