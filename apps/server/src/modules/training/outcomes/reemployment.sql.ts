import { type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../../db/client.ts';
import { labourContracts } from '../../registry/contracts/contracts.schema.ts';
import { insuranceContributions } from '../../registry/contributions/contributions.schema.ts';
import { employmentRegistrations } from '../../registry/registrations/registrations.schema.ts';

/** What showed a trainee's work after the class: the registry record and its date. */
export const evidenceKinds = ['registration', 'contract', 'contribution'] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];

/**
 * Employment after training (培训后再就业) is found in the registry, never typed in: an employment
 * registration started, a labour contract started, or a paid insurance month, after the trainee's
 * last class day (`t.ends_on`) and within `months` months of it. Each source is read through its
 * index by person and date; the trainee alias `t` carries `person_id` and `ends_on`.
 */
function sources(months: number): { kind: EvidenceKind; id: SQL; on: SQL; from: SQL }[] {
  const until = sql`(t.ends_on + ${months} * interval '1 month')::date`;
  const within = (person: SQL, on: SQL) =>
    sql`${person} = t.person_id and ${on} > t.ends_on and ${on} <= ${until}`;
  const reg = employmentRegistrations;
  const con = labourContracts;
  const ic = insuranceContributions;
  return [
    {
      kind: 'registration',
      id: sql`${reg.id}`,
      on: sql`${reg.startedOn}`,
      from: sql`${reg} where ${within(sql`${reg.personId}`, sql`${reg.startedOn}`)}`,
    },
    {
      kind: 'contract',
      id: sql`${con.id}`,
      on: sql`${con.startsOn}`,
      from: sql`${con} where ${within(sql`${con.personId}`, sql`${con.startsOn}`)}`,
    },
    {
      kind: 'contribution',
      id: sql`${ic.id}`,
      on: sql`${ic.month}`,
      from: sql`${ic} where ${ic.status} = 'paid' and ${within(sql`${ic.personId}`, sql`${ic.month}`)}`,
    },
  ];
}

/** Whether the trainee `t` worked after the class: for counting many trainees at once. */
export function reemployed(months: number): SQL {
  return sql`(${sql.join(
    sources(months).map((s) => sql`exists (select from ${s.from})`),
    sql` or `,
  )})`;
}

/**
 * The evidence of the trainee `t`'s work after the class, for drill-down: a lateral subquery giving
 * the earliest record's `kind`, `record_id` and `on_date` (no row: not re-employed).
 */
export function reemploymentEvidence(months: number): SQL {
  const branches = sources(months).map(
    (s) =>
      sql`(select ${sql.raw(`'${s.kind}'`)} as kind, ${s.id}::text as record_id, ${s.on} as on_date from ${s.from} order by ${s.on} limit 1)`,
  );
  return sql`lateral (select ev.kind, ev.record_id, ev.on_date from (${sql.join(branches, sql` union all `)}) ev
    order by ev.on_date, ev.kind limit 1)`;
}

/**
 * Rows of a statement that probes the registry per trainee, run without JIT compilation: its cost
 * estimate passes the JIT threshold while the probes take far less time than compiling them
 * (about 1 s of a city-year's 2 s on PostgreSQL 15; BENCHMARKS.md).
 */
export const rowsWithoutJit = <T>(db: Executor, query: SQL): Promise<T[]> =>
  db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    return queryRows<T>(tx, query);
  });
