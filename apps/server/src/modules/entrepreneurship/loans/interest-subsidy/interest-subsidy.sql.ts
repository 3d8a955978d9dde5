import { EXCLUDED_INDUSTRIES } from '@minsheng/rules/policies/county-city/guaranteed-loan/industries.ts';
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
 * The loans of a bank disbursed by the period's end (`scope`: a condition over `guaranteed_loans`),
 * each with its balance segments from the period's start on, in ONE query: the balance at
 * disbursement less everything repaid before the period (one hash aggregate), then a step
 * at each repayment day within the period with the running sum of those repayments (a window over
 * the period's repayments only), each step lasting until the next one or the day of 代偿 / 核销,
 * whichever is first. A repayment before disbursement counts from the disbursement day. Segments
 * may start before the period (the batch clips them); loans with no balance in the period are left
 * out. Day arithmetic in day numbers since 1970-01-01.
 */
export const ledgerQuery = (bankId: string, start: string, end: string, scope: SQL): SQL => sql`
with l as (
  select id, person_id, borrower_group, partners, service_sector, industry, annual_rate, principal_fen,
    disbursed_on, matures_on, compensated_on
  from guaranteed_loans
  where guaranteed_loans.bank_id = ${bankId} and disbursed_on <= ${end}::date and principal_fen is not null
    and annual_rate is not null and matures_on is not null and ${scope}
), written_off as (
  select e.loan_id, min(e.on_date) as on_date from guaranteed_loan_events e
  where e.to_status = 'written_off' group by e.loan_id
), earlier as (
  select r.loan_id, sum(r.principal_fen) as repaid from guaranteed_loan_repayments r
  where r.paid_on < ${start}::date and r.loan_id in (select id from l) group by r.loan_id
), opening as (
  select l.id, l.disbursed_on, coalesce(l.compensated_on, w.on_date) as closed_on,
    l.principal_fen - coalesce(p.repaid, 0) as balance
  from l left join written_off w on w.loan_id = l.id left join earlier p on p.loan_id = l.id
), steps as (
  select o.id as loan_id, o.disbursed_on as from_day, 0 as ord, o.balance, o.closed_on from opening o
  union all
  select r.loan_id, greatest(r.paid_on, o.disbursed_on), 1,
    o.balance - sum(r.principal_fen) over (partition by r.loan_id order by r.paid_on), o.closed_on
  from guaranteed_loan_repayments r join opening o on o.id = r.loan_id
  where r.paid_on between ${start}::date and ${end}::date
), seg as (
  select loan_id, from_day, balance,
    least(coalesce(lead(from_day) over (partition by loan_id order by from_day, ord, balance desc), ${OPEN_END}::date),
      coalesce(closed_on, ${OPEN_END}::date)) as to_day
  from steps
), kept as (
  select loan_id, string_agg((from_day - date '1970-01-01')::text, ',' order by from_day) as seg_from,
    string_agg((to_day - date '1970-01-01')::text, ',' order by from_day) as seg_to,
    string_agg(balance::text, ',' order by from_day) as seg_balance
  from seg where balance > 0 and to_day > ${start}::date and from_day < to_day
  group by loan_id
)
select l.id, l.person_id, l.borrower_group = 'other_unemployed' as other_unemployed, l.partners,
  l.service_sector, l.industry in (${sql.join(
    EXCLUDED_INDUSTRIES.map((i) => sql`${i}`),
    sql`, `,
  )}) as excluded, (l.annual_rate * 1000000)::int as rate_micros,
  l.matures_on - date '1970-01-01' as matures_on, k.seg_from, k.seg_to, k.seg_balance
from l join kept k on k.loan_id = l.id
order by l.id`;

/** The ledger of a claim as columns for the batch. */
export async function readLedger(
  db: Executor,
  bankId: string,
  period: { start: string; end: string },
  scope: SQL,
): Promise<LedgerColumns> {
  // one statement over the bank's whole ledger: no JIT (compiling costs more than it saves here) and
  // room to sort the period's steps in memory
  const rows = await db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    await tx.execute(sql`set local work_mem = '64MB'`);
    return queryRows<LedgerRow>(tx, ledgerQuery(bankId, period.start, period.end, scope));
  });
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
