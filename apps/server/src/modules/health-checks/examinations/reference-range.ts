import { D } from '@minsheng/rules/engine/money.ts';

const NUMBER = String.raw`-?\d+(?:\.\d+)?`;
const BETWEEN = new RegExp(`(${NUMBER})\\s*[–—~～-]\\s*(${NUMBER})`);
const BOUND = new RegExp(`([<＜≤>＞≥])\\s*(${NUMBER})`);
const PLAIN = new RegExp(`^\\s*(${NUMBER})\\s*$`);

/**
 * Whether a measured value lies outside the item's reference range (第十二条: 检验报告结果有正常参考值),
 * so the result is flagged 异常 even when the clerk did not tick it. Understands "3.9–6.1" (also with
 * a label before it, "白细胞 3.5–9.5"), "<5.2", "≤5.2", ">60" and "≥60"; a descriptive range (阴性)
 * or a value that is not one plain number (血压 150/95, 未见异常) is left to the examiner.
 * Exact decimals: 6.1 is inside 3.9–6.1.
 */
export function outsideReference(range: string, value: string): boolean {
  const measured = PLAIN.exec(value)?.[1];
  if (measured === undefined) return false;
  const v = new D(measured);
  const between = BETWEEN.exec(range);
  if (between) return v.lt(between[1]!) || v.gt(between[2]!);
  const bound = BOUND.exec(range);
  if (!bound) return false;
  const limit = new D(bound[2]!);
  switch (bound[1]) {
    case '<':
    case '＜':
      return !v.lt(limit);
    case '≤':
      return v.gt(limit);
    case '>':
    case '＞':
      return !v.gt(limit);
    default:
      return v.lt(limit);
  }
}
