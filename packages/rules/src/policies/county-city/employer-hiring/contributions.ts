import { z } from 'zod';
import { addDays, addYears } from '../../../engine/dates.ts';
import { field } from '../../../engine/facts.ts';
import { D, type Dec } from '../../../engine/money.ts';
import type { RuleContext } from '../../../engine/policy.ts';
import { isoDate } from '../../../engine/schema.ts';
import { monthFromIndex, monthIndex } from '../flexible-employment/standard.ts';

/** Shared by 三(三)2 and 三(三)3: contract terms and the employer's minimum contributions. */
export const CONTRIBUTION_PARAMETERS = ['employer_minimum_contribution', 'min_contract_years'] as const;
const INSURANCES = ['pension', 'medical', 'unemployment'] as const;

/**
 * The labour contract with the applying unit: the registry's contract in force on the decision
 * date (`contract.current`, from its labour-contract records). A fact is a pre-fill the officer may
 * correct with a reason, e.g. when the person has contracts with several employers.
 */
export const contractSchema = z
  .object({
    startOn: isoDate().meta(field('合同起始日期')),
    /** null: open-ended (无固定期限) */
    endOn: isoDate().nullable().meta(field('合同终止日期（无固定期限不填）')),
  })
  .refine((c) => c.endOn === null || c.startOn <= c.endOn, {
    error: '合同终止日期不能早于起始日期',
    path: ['endOn'],
  })
  .meta(field('劳动合同', { fact: 'contract.current' }));
export type Contract = z.output<typeof contractSchema>;

/** "1年以上期限": open-ended, or ending no earlier than the day before the anniversary of the start. */
export function contractAtLeast(
  ctx: RuleContext<unknown>,
  contract: Contract,
): { ok: boolean; detail: string } {
  if (contract.endOn === null) return { ok: true, detail: '无固定期限劳动合同' };
  const years = ctx.param('min_contract_years').toNumber();
  const needed = addDays(addYears(contract.startOn, years), -1);
  return {
    ok: contract.endOn >= needed,
    detail: `合同期限${contract.startOn}至${contract.endOn}${contract.endOn >= needed ? '' : `，须至少至${needed}`}`,
  };
}

/** Sum over the months from…to (inclusive) of the three minimum employer contributions in force on each month's first day. */
export function employerContributions(
  ctx: RuleContext<unknown>,
  from: string,
  to: string,
): Record<(typeof INSURANCES)[number], Dec> {
  const out = { pension: new D(0), medical: new D(0), unemployment: new D(0) };
  for (let i = monthIndex(from); i <= monthIndex(to); i += 1) {
    const day = `${monthFromIndex(i)}-01`;
    for (const k of INSURANCES) out[k] = out[k].plus(ctx.paramOn('employer_minimum_contribution', day, k));
  }
  return out;
}
