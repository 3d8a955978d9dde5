import { and, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { organisations } from '../../../platform/orgs/orgs.schema.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { rowsWithoutJit } from '../../training/outcomes/reemployment.sql.ts';
import { trainingTrainees as tt } from '../../training/trainees/trainees.schema.ts';
import {
  jobsCreated,
  registryJobs,
  type SurvivalEvidenceKind,
  survivalEvidence,
  survived,
} from '../businesses/business-evidence.sql.ts';
import { entrepreneurshipBusinesses as businesses } from '../businesses/businesses.schema.ts';
import { entrepreneurshipFiles as files } from '../files/files.schema.ts';
import { servedBy } from './services-received.sql.ts';

/** The figures behind the plan's indicators; each drill-down lists exactly the rows a figure counts. */
export const kpiFigures = [
  'trainees',
  'passed',
  'served',
  'opened3',
  'opened6',
  'businesses',
  'cohort',
  'survived',
] as const;
export type KpiFigure = (typeof kpiFigures)[number];
const fileFigures: readonly KpiFigure[] = ['trainees', 'passed', 'served', 'opened3', 'opened6'];

export interface KpiQuery {
  actor: Actor;
  /** the organisation subtree (the file's and the business's organisation: the trainee's station) */
  orgPath: string;
  from: string;
  to: string;
}

export type KpiTally = Record<KpiFigure, number> & { jobs: number };

export const emptyTally: KpiTally = {
  trainees: 0,
  passed: 0,
  served: 0,
  opened3: 0,
  opened6: 0,
  businesses: 0,
  jobs: 0,
  cohort: 0,
  survived: 0,
};

/**
 * 开业成功率 (000 第五篇 能力促创业计划 二(二) "培训结束后3个月内开业成功率达到30%以上，半年内开业成功率
 * 达到50%以上"): a trainee opened within N months when their first business opened on or after the
 * day their training ended is dated no later than that day plus N calendar months (both ends
 * included: trained 2026-03-31, opened by 2026-06-30 is within 3 months). A business opened before
 * the training ended does not count. `fb` is the file's first business after training.
 */
export const openedWithin = (months: number): SQL =>
  sql`fb.opened_on <= (t.ended_on + make_interval(months => ${months}))::date`;

/**
 * Trainees of the period (`t`): entrepreneurship files in the subtree and the reader's scope whose
 * training ended in the period — the end and assessment of their entrepreneurship class's
 * completed trainee record when the file has one, otherwise the file's own trained_on and
 * assessment (training elsewhere) — with `fb`, their first business opened on or after that end.
 */
const trainees = (q: KpiQuery): SQL => sql`(
  select * from (
    select ${files.id} as id, ${files.number} as number, ${files.personId} as person_id, ${files.orgId} as org_id,
      ${files.orgPath} as org_path,
      case when ${files.traineeId} is null then ${files.trainedOn} else ${tt.endsOn} end as ended_on,
      case when ${files.traineeId} is null then ${files.assessment} else ${tt.result} end as result
    from ${files}
    left join ${tt} on ${tt.id} = ${files.traineeId} and ${tt.status} = 'completed' and ${tt.programme} = 'entrepreneurship'
    where ${and(
      sql`${files.orgPath} like ${`${q.orgPath}%`}`,
      accessFilter(q.actor, 'entrepreneurship:read', { orgId: files.orgId, orgPath: files.orgPath }),
    )}) x
  where x.ended_on between ${q.from}::date and ${q.to}::date) t
  left join lateral (select b.id, b.name, b.opened_on, b.closed_on from ${businesses} b
    where b.file_id = t.id and b.opened_on >= t.ended_on order by b.opened_on, b.id limit 1) fb on true`;

/**
 * Businesses in the subtree and the reader's scope (`b`, with file `f`, jobs `rj` and survival
 * evidence `ev` as of the period end): those opened in the period count for jobs per business;
 * the cohort for one-year survival is those whose first anniversary falls in the period (opened
 * from `from` − 1 year to `to` − 1 year), each asked whether it survived as of the period end.
 */
const businessesOf = (q: KpiQuery): SQL => sql`(
  select * from ${businesses} where ${and(
    sql`${businesses.orgPath} like ${`${q.orgPath}%`}`,
    accessFilter(q.actor, 'entrepreneurship:read', { orgId: businesses.orgId, orgPath: businesses.orgPath }),
    sql`(${businesses.openedOn} between ${q.from}::date and ${q.to}::date
      or ${businesses.openedOn} between (${q.from}::date - interval '1 year')::date and (${q.to}::date - interval '1 year')::date)`,
  )}) b
  join ${files} f on f.id = b.file_id
  left join lateral ${registryJobs(q.to)} rj on true
  left join lateral ${survivalEvidence(q.to)} ev on true`;

const openedInPeriod = (q: KpiQuery) => sql`b.opened_on between ${q.from}::date and ${q.to}::date`;
const inCohort = (q: KpiQuery) =>
  sql`b.opened_on between (${q.from}::date - interval '1 year')::date and (${q.to}::date - interval '1 year')::date`;

const fileFilter = (q: KpiQuery, figure: KpiFigure): SQL =>
  ({
    trainees: sql`true`,
    passed: sql`t.result = 'passed'`,
    served: servedBy(q.to),
    opened3: openedWithin(3),
    opened6: openedWithin(6),
  })[figure as 'trainees'];

const businessFilter = (q: KpiQuery, figure: KpiFigure): SQL =>
  ({
    businesses: openedInPeriod(q),
    cohort: inCohort(q),
    survived: and(inCohort(q), survived(q.to))!,
  })[figure as 'businesses'];

export interface KpiDrillRow {
  fileId: string;
  fileNumber: string;
  personName: string;
  idNumberMasked: string;
  orgName: string | null;
  trainingEndedOn: string | null;
  result: string | null;
  businessId: string | null;
  businessName: string | null;
  openedOn: string | null;
  closedOn: string | null;
  jobs: number | null;
  survivalEvidenceKind: SurvivalEvidenceKind | null;
  survivalEvidenceId: string | null;
  survivalEvidenceOn: string | null;
}

export function createKpisRepo(db: Executor) {
  return {
    /**
     * The figures per child organisation of `q.orgPath` (key: the child's id; '' for the node
     * itself): trainees by their file's organisation, businesses by the business's.
     */
    async tallyByChild(q: KpiQuery): Promise<Map<string, KpiTally>> {
      const child = (alias: SQL) => sql`split_part(substr(${alias}, ${q.orgPath.length + 1}), '/', 1)`;
      const fileRows = await rowsWithoutJit<
        Pick<KpiTally, 'trainees' | 'passed' | 'served' | 'opened3' | 'opened6'> & { k: string }
      >(
        db,
        sql`select ${child(sql`t.org_path`)} as k, count(*)::int as trainees,
            count(*) filter (where ${fileFilter(q, 'passed')})::int as passed,
            count(*) filter (where ${fileFilter(q, 'served')})::int as served,
            count(*) filter (where ${openedWithin(3)})::int as opened3,
            count(*) filter (where ${openedWithin(6)})::int as opened6
          from ${trainees(q)} group by 1`,
      );
      const businessRows = await rowsWithoutJit<
        Pick<KpiTally, 'businesses' | 'jobs' | 'cohort' | 'survived'> & { k: string }
      >(
        db,
        sql`select ${child(sql`b.org_path`)} as k,
            count(*) filter (where ${openedInPeriod(q)})::int as businesses,
            coalesce(sum(${jobsCreated(sql`rj.n`)}) filter (where ${openedInPeriod(q)}), 0)::int as jobs,
            count(*) filter (where ${inCohort(q)})::int as cohort,
            count(*) filter (where ${inCohort(q)} and ${survived(q.to)})::int as survived
          from ${businessesOf(q)} group by 1`,
      );
      const tallies = new Map<string, KpiTally>();
      for (const { k, ...figures } of [...fileRows, ...businessRows])
        tallies.set(k, { ...(tallies.get(k) ?? emptyTally), ...figures });
      return tallies;
    },

    /** One page of the files or businesses a figure counts, with the same total. */
    async drill(q: KpiQuery, figure: KpiFigure, page: number, pageSize: number) {
      const paging = sql`limit ${pageSize} offset ${(page - 1) * pageSize}`;
      const fromFiles = fileFigures.includes(figure);
      const from = fromFiles ? trainees(q) : businessesOf(q);
      const filter = fromFiles ? fileFilter(q, figure) : businessFilter(q, figure);
      const [{ total } = { total: 0 }] = await rowsWithoutJit<{ total: number }>(
        db,
        sql`select count(*)::int as total from ${from} where ${filter}`,
      );
      const items = await rowsWithoutJit<KpiDrillRow>(
        db,
        fromFiles
          ? sql`select t.id as "fileId", t.number as "fileNumber", p.name as "personName",
                p.id_number_masked as "idNumberMasked", o.name as "orgName", t.ended_on::text as "trainingEndedOn",
                t.result, fb.id as "businessId", fb.name as "businessName", fb.opened_on::text as "openedOn",
                fb.closed_on::text as "closedOn", null::int as jobs, null as "survivalEvidenceKind",
                null as "survivalEvidenceId", null as "survivalEvidenceOn"
              from ${from}
              join ${persons} p on p.id = t.person_id
              left join ${organisations} o on o.id = t.org_id
              where ${filter}
              order by t.ended_on, t.number ${paging}`
          : sql`select f.id as "fileId", f.number as "fileNumber", p.name as "personName",
                p.id_number_masked as "idNumberMasked", o.name as "orgName", null as "trainingEndedOn",
                null as result, b.id as "businessId", b.name as "businessName", b.opened_on::text as "openedOn",
                b.closed_on::text as "closedOn", (${jobsCreated(sql`rj.n`)})::int as jobs,
                ev.kind as "survivalEvidenceKind", ev.record_id as "survivalEvidenceId",
                ev.on_date::text as "survivalEvidenceOn"
              from ${from}
              join ${persons} p on p.id = f.person_id
              left join ${organisations} o on o.id = b.org_id
              where ${filter}
              order by b.opened_on, b.id ${paging}`,
      );
      return { items, total };
    },
  };
}
