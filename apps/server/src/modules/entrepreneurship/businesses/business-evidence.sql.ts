import { type SQL, sql } from 'drizzle-orm';
import { labourContracts as lc } from '../../registry/contracts/contracts.schema.ts';
import { insuranceContributions as ic } from '../../registry/contributions/contributions.schema.ts';
import { entrepreneurshipFollowUps as fu } from '../files/files.schema.ts';

/**
 * What the registry says a trainee's business did, as of a day `asOf` (the period end): the one
 * place the jobs and survival rules of 能力促创业计划 二(二) (1人创业带动3人就业; 成功开业企业稳定经营
 * 一年以上 80%) become SQL. Every fragment reads the outer aliases `b` (entrepreneurship_businesses)
 * and `f` (its entrepreneurship_files row, whose person is the founder).
 */

/** The rules in words, shown next to the figures. */
export const JOBS_RULE =
  '带动就业人数：与该企业（按统一社会信用代码关联的用人单位）在开业之日至统计截止日之间有劳动合同（合同期与该期间重叠）或已缴社保记录（缴费月份在该期间内）的不同人员数，创业者本人不计，同一人只计一次；登记库中没有上述记录的，以跟踪回访记录的申报就业人数为准（有登记记录时以登记记录为准）。';
export const SURVIVAL_RULE =
  '稳定经营一年：开业满一年（开业日加一年不晚于统计截止日）、截止日仍未注销，且开业一周年之日至截止日之间有该企业的劳动合同（在一周年之日或之后仍在期内）、已缴社保记录（缴费月份不早于一周年之日所在月），或跟踪回访记录其经营状态为“正常经营”。';

export const jobEvidenceKinds = ['contract', 'contribution'] as const;
export const survivalEvidenceKinds = ['contract', 'contribution', 'follow_up'] as const;
export type JobEvidenceKind = (typeof jobEvidenceKinds)[number];
export type SurvivalEvidenceKind = (typeof survivalEvidenceKinds)[number];

/** The first anniversary of the opening (2024-02-29 → 2025-02-28). */
export const anniversary = sql`(b.opened_on + interval '1 year')::date`;

/**
 * The registry records behind the jobs (person_id, kind, record_id, on_date): contracts with the
 * linked employer overlapping [opening, asOf] and paid contribution months through it in that span,
 * of persons other than the founder. Jobs count the distinct persons.
 */
export const jobRecords = (asOf: string): SQL => sql`(
  select ${lc.personId} as person_id, 'contract' as kind, ${lc.id} as record_id, ${lc.startsOn} as on_date
    from ${lc}
    where ${lc.employerId} = b.employer_id and ${lc.personId} <> f.person_id
      and ${lc.startsOn} <= ${asOf}::date
      and coalesce(${lc.endedOn}, ${lc.endsOn}, 'infinity'::date) >= b.opened_on
  union all
  select ${ic.personId}, 'contribution', ${ic.id}, ${ic.month}
    from ${ic}
    where ${ic.employerId} = b.employer_id and ${ic.personId} <> f.person_id and ${ic.status} = 'paid'
      and ${ic.month} between date_trunc('month', b.opened_on)::date and ${asOf}::date)`;

/** Registry jobs (distinct persons) as `n`, a lateral subquery. */
export const registryJobs = (asOf: string): SQL =>
  sql`(select count(distinct j.person_id)::int as n from ${jobRecords(asOf)} j)`;

/** Jobs created: the registry's count when it has any, otherwise the jobs declared at a follow-up. */
export const jobsCreated = (registry: SQL): SQL =>
  sql`case when ${registry} > 0 then ${registry} else coalesce(b.declared_jobs, 0) end`;

/**
 * Evidence that the business still operated at or after its first anniversary and by `asOf`:
 * (kind, record_id, on_date), earliest first. Contributions count whoever paid them, the founder too.
 */
export const survivalEvidence = (asOf: string): SQL => sql`(
  select 'contract' as kind, ${lc.id} as record_id, greatest(${lc.startsOn}, ${anniversary}) as on_date
    from ${lc}
    where ${lc.employerId} = b.employer_id and ${lc.startsOn} <= ${asOf}::date
      and coalesce(${lc.endedOn}, ${lc.endsOn}, 'infinity'::date) >= ${anniversary}
  union all
  select 'contribution', ${ic.id}, ${ic.month}
    from ${ic}
    where ${ic.employerId} = b.employer_id and ${ic.status} = 'paid'
      and ${ic.month} between date_trunc('month', ${anniversary})::date and ${asOf}::date
  union all
  select 'follow_up', ${fu.id}, ${fu.onDate}
    from ${fu}
    where ${fu.fileId} = b.file_id and ${fu.businessState} = 'operating'
      and ${fu.onDate} between ${anniversary} and ${asOf}::date
  order by 3, 1, 2 limit 1)`;

/** Opened at least one year before `asOf`: the survival question can be asked. */
export const yearOld = (asOf: string): SQL => sql`${anniversary} <= ${asOf}::date`;

/** Not closed by `asOf`. */
export const openOn = (asOf: string): SQL => sql`(b.closed_on is null or b.closed_on > ${asOf}::date)`;

/** Survived its first year as of `asOf` (SURVIVAL_RULE), given the lateral `ev` of survivalEvidence. */
export const survived = (asOf: string): SQL =>
  sql`(${yearOld(asOf)} and ${openOn(asOf)} and ev.kind is not null)`;
