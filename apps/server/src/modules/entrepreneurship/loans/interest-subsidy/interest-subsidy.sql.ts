import { EXCLUDED_INDUSTRIES } from '@minsheng/rules/policies/county-city/guaranteed-loan/policy.ts';
import type { LoanColumns } from '@minsheng/rules/policies/county-city/guaranteed-loan-interest-subsidy/batch.ts';
import {
  GROUP_FULL,
  GROUP_OTHER_UNEMPLOYED,
} from '@minsheng/rules/policies/county-city/guaranteed-loan-interest-subsidy/batch.ts';
import { type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../../../db/client.ts';

/** A day far beyond any loan: the open end of a segment (day numbers need a finite date). */
const OPEN_END = '2200-01-01';

/** The loans of a claim as the batch reads them, with each loan's id and borrower. */
export interface LedgerColumns extends LoanColumns {
  loanIds: string[];
  personIds: string[];
}

interface LedgerRow {
  id: string;
  person_id: string;
  other_unemployed: boolean;
  partners: number;
  service_sector: boolean;
  excluded: boolean;
  rate_micros: number;
  matures_on: number;
  /** the segments' first days, ends and balances, comma-separated (read alike by both drivers) */
  seg_from: string;
  seg_to: string;
  seg_balance: string;
}

/**
 * The loans of a bank disbursed by the period's end (`scope`: a condition over `guaranteed_loans`), each with its balance segments overlapping the period, in ONE query: a step at disbursement
 * with the principal and one at each repayment day with the principal less the running sum of
 * repayments (a window over the bank's repayments up to the period's end), each step lasting until
 * the next one or the day of 代偿 / 核销, whichever is first. Loans with no balance in the period
 * are left out; the day arithmetic is in day numbers since 1970-01-01.
 */
export const ledgerQuery = (bankId: string, start: string, end: string, scope: SQL): SQL => sql`
with l as (
  select id, person_id, borrower_group, partners, service_sector, industry, annual_rate, principal_fen,
    disbursed_on, matures_on,
    coalesce(compensated_on, (select min(e.on_date) from guaranteed_loan_events e
      where e.loan_id = guaranteed_loans.id and e.to_status = 'written_off')) as closed_on
  from guaranteed_loans
  where guaranteed_loans.bank_id = ${bankId} and disbursed_on <= ${end}::date and principal_fen is not null
    and annual_rate is not null and matures_on is not null and ${scope}
), steps as (
  select l.id as loan_id, l.disbursed_on as from_day, 0 as ord, l.principal_fen as balance, l.closed_on from l
  union all
  select r.loan_id, greatest(r.paid_on, l.disbursed_on), 1,
    l.principal_fen - sum(r.principal_fen) over (partition by r.loan_id order by r.paid_on), l.closed_on
  from guaranteed_loan_repayments r join l on l.id = r.loan_id
  where r.paid_on <= ${end}::date
), seg as (
  select loan_id, from_day, balance,
    least(coalesce(lead(from_day) over (partition by loan_id order by from_day, ord, balance desc), ${OPEN_END}::date),
      coalesce(closed_on, ${OPEN_END}::date)) as to_day
  from steps
), kept as (
  select loan_id, from_day - date '1970-01-01' as f, to_day - date '1970-01-01' as t, balance
  from seg where balance > 0 and to_day > ${start}::date and from_day < to_day
)
select l.id, l.person_id, l.borrower_group = 'other_unemployed' as other_unemployed, l.partners,
  l.service_sector, l.industry in (${sql.join(
    EXCLUDED_INDUSTRIES.map((i) => sql`${i}`),
    sql`, `,
  )}) as excluded, (l.annual_rate * 1000000)::int as rate_micros,
  l.matures_on - date '1970-01-01' as matures_on,
  string_agg(k.f::text, ',' order by k.f) as seg_from, string_agg(k.t::text, ',' order by k.f) as seg_to,
  string_agg(k.balance::text, ',' order by k.f) as seg_balance
from l join kept k on k.loan_id = l.id
group by l.id, l.person_id, l.borrower_group, l.partners, l.service_sector, l.industry, l.annual_rate, l.matures_on
order by l.id`;

/** The ledger of a claim as columns for the batch. */
export async function readLedger(
  db: Executor,
  bankId: string,
  period: { start: string; end: string },
  scope: SQL,
): Promise<LedgerColumns> {
  const rows = await queryRows<LedgerRow>(db, ledgerQuery(bankId, period.start, period.end, scope));
  const n = rows.length;
  const c: LedgerColumns = {
    loanIds: new Array<string>(n),
    personIds: new Array<string>(n),
    group: new Uint8Array(n),
    partners: new Int32Array(n),
    serviceSector: new Uint8Array(n),
    excludedIndustry: new Uint8Array(n),
    rateMicros: new Int32Array(n),
    maturesOn: new Int32Array(n),
    segmentOffsets: new Int32Array(n + 1),
    segmentFrom: [],
    segmentTo: [],
    segmentBalanceFen: [],
  };
  const from = c.segmentFrom as number[];
  const to = c.segmentTo as number[];
  const balance = c.segmentBalanceFen as number[];
  rows.forEach((r, i) => {
    c.loanIds[i] = r.id;
    c.personIds[i] = r.person_id;
    (c.group as Uint8Array)[i] = r.other_unemployed ? GROUP_OTHER_UNEMPLOYED : GROUP_FULL;
    (c.partners as Int32Array)[i] = r.partners;
    (c.serviceSector as Uint8Array)[i] = r.service_sector ? 1 : 0;
    (c.excludedIndustry as Uint8Array)[i] = r.excluded ? 1 : 0;
    (c.rateMicros as Int32Array)[i] = r.rate_micros;
    (c.maturesOn as Int32Array)[i] = r.matures_on;
    for (const v of r.seg_from.split(',')) from.push(Number(v));
    for (const v of r.seg_to.split(',')) to.push(Number(v));
    for (const v of r.seg_balance.split(',')) balance.push(Number(v));
    (c.segmentOffsets as Int32Array)[i + 1] = from.length;
  });
  return c;
}
