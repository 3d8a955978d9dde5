import { type SQL, sql } from 'drizzle-orm';
import { labourContracts } from '../../registry/contracts/contracts.schema.ts';
import { insuranceContributions } from '../../registry/contributions/contributions.schema.ts';
import { employmentRegistrations } from '../../registry/registrations/registrations.schema.ts';

/** What showed a trainee's work after the class: the registry record and its date. */
export const evidenceKinds = ['registration', 'contract', 'contribution'] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];
export const evidenceKindLabels: Record<EvidenceKind, string> = {
  registration: '就业登记',
  contract: '劳动合同',
  contribution: '社会保险缴费',
};

/**
 * Employment after training (培训后再就业), found in the registry, never typed in: the earliest of
 * an employment registration started, a labour contract started, or a paid insurance month, after
 * the trainee's last class day (`trainee.ends_on`) and within `months` months of it. A lateral
 * subquery over the trainee alias `t` (columns `person_id`, `ends_on`) giving `kind`, `record_id`
 * and `on_date` (no row: not re-employed). Each branch reads one index by person and date, so many
 * trainees are decided in one statement.
 */
export function reemploymentEvidence(months: number): SQL {
  const until = sql`(t.ends_on + ${months} * interval '1 month')::date`;
  const reg = employmentRegistrations;
  const con = labourContracts;
  const ic = insuranceContributions;
  return sql`lateral (
    select ev.kind, ev.record_id, ev.on_date from (
      (select 'registration' as kind, ${reg.id}::text as record_id, ${reg.startedOn} as on_date
        from ${reg} where ${reg.personId} = t.person_id
          and ${reg.startedOn} > t.ends_on and ${reg.startedOn} <= ${until}
        order by ${reg.startedOn} limit 1)
      union all
      (select 'contract', ${con.id}::text, ${con.startsOn}
        from ${con} where ${con.personId} = t.person_id
          and ${con.startsOn} > t.ends_on and ${con.startsOn} <= ${until}
        order by ${con.startsOn} limit 1)
      union all
      (select 'contribution', ${ic.id}::text, ${ic.month}
        from ${ic} where ${ic.personId} = t.person_id and ${ic.status} = 'paid'
          and ${ic.month} > t.ends_on and ${ic.month} <= ${until}
        order by ${ic.month} limit 1)
    ) ev order by ev.on_date, ev.kind limit 1
  )`;
}
