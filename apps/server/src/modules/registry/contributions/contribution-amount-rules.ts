/**
 * Plausibility bounds of one month's contribution record (缴费基数 and the 个人 / 单位 parts, in
 * fen), with Chinese messages. Pure; the form's service and the Excel importer both run it.
 *
 * Rates differ by city and year, so each part is held to the highest statutory rate of its kind
 * (a real record passes, a slipped digit does not), plus one yuan for the rounding cities apply:
 * - 基本养老保险: 个人 8%, 单位 at most 20% (国发〔2005〕38号; 国办发〔2019〕13号 lowered it to 16%)
 * - 基本医疗保险: 个人 2%, 单位 at most 12% (国发〔1998〕44号: 单位 about 6%, higher in some cities)
 * - 失业保险: 个人 at most 1%, 单位 at most 2% (《失业保险条例》第六条)
 * - 工伤保险: 个人 nothing (《工伤保险条例》第十条), 单位 at most 3% (industry class rates)
 * A flexible worker (灵活就业, no employer) pays both parts personally.
 */
export interface ContributionAmounts {
  kind: string;
  employerId?: string | null | undefined;
  baseFen: number;
  personalFen: number;
  unitFen: number;
}

/** Ceilings in basis points (1/10 000) of the base, by insurance kind. */
export const rateCeilings: Record<string, { personal: number; unit: number }> = {
  pension: { personal: 800, unit: 2000 },
  medical: { personal: 200, unit: 1200 },
  unemployment: { personal: 100, unit: 200 },
  injury: { personal: 0, unit: 300 },
};
/** A kind a city adds to the dictionary: only the whole contribution is bounded (50% of the base). */
const otherKind = { personal: 5000, unit: 5000 };
/** The highest monthly base: 100 000 yuan, far above 300% of any city's average wage. */
export const MAX_BASE_FEN = 10_000_000;
const ROUNDING_FEN = 100;

const yuan = (fen: number) => (fen / 100).toFixed(2);
const percent = (bp: number) => `${bp / 100}%`;
const labels = { baseFen: '缴费基数', personalFen: '个人缴费金额', unitFen: '单位缴费金额' } as const;

export function contributionAmountViolations(c: ContributionAmounts): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  for (const key of Object.keys(labels) as (keyof typeof labels)[]) {
    if (!Number.isSafeInteger(c[key]) || c[key] < 0)
      out.push({ path: key, message: `${labels[key]}须为不小于 0 的金额（以分计的整数）` });
  }
  if (out.length > 0) return out;
  if (c.baseFen > MAX_BASE_FEN)
    return [{ path: 'baseFen', message: `缴费基数 ${yuan(c.baseFen)} 元超过上限 ${yuan(MAX_BASE_FEN)} 元` }];
  const ceiling = rateCeilings[c.kind] ?? otherKind;
  const flexible = !c.employerId;
  const parts = [
    ['personalFen', flexible ? ceiling.personal + ceiling.unit : ceiling.personal],
    ['unitFen', ceiling.unit],
  ] as const;
  for (const [key, bp] of parts) {
    const max = Math.floor((c.baseFen * bp) / 10_000) + ROUNDING_FEN;
    if (c[key] > max) {
      const who = key === 'personalFen' && flexible ? '（灵活就业，个人缴纳全部）' : '';
      out.push({
        path: key,
        message: `${labels[key]} ${yuan(c[key])} 元超过缴费基数 ${yuan(c.baseFen)} 元的 ${percent(bp)}${who}`,
      });
    }
  }
  return out;
}
