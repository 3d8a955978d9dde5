import { and, eq, type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Permission } from '../../../platform/access/permissions.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { organisations } from '../../../platform/orgs/orgs.schema.ts';
import { employers } from '../../registry/employers/employers.schema.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { entrepreneurshipFiles as files } from '../files/files.schema.ts';
import {
  type JobEvidenceKind,
  jobRecords,
  jobsCreated,
  registryJobs,
  type SurvivalEvidenceKind,
  survivalEvidence,
  survived,
  yearOld,
} from './business-evidence.sql.ts';
import { entrepreneurshipBusinesses as businesses } from './businesses.schema.ts';

export type BusinessRow = typeof businesses.$inferSelect;
export type NewBusinessRow = typeof businesses.$inferInsert;

const scoped = (actor: Actor, permission: Permission) =>
  accessFilter(actor, permission, { orgId: businesses.orgId, orgPath: businesses.orgPath });

/**
 * The businesses matching `where` (a condition over the unaliased table) as the pages show them:
 * file, founder (masked ID), and the jobs and survival figures as of `asOf` (business-evidence.sql.ts).
 */
const view = (asOf: string, where: SQL) => sql`
  select b.id, b.file_id as "fileId", f.number as "fileNumber", p.id as "personId", p.name as "personName",
    p.id_number_masked as "idNumberMasked", b.kind, b.credit_code as "creditCode", b.name, b.sector,
    b.employer_id as "employerId", b.opened_on::text as "openedOn", b.closed_on::text as "closedOn",
    b.closed_reason as "closedReason", b.declared_jobs as "declaredJobs", o.name as "orgName",
    b.version, rj.n as "registryJobs", (${jobsCreated(sql`rj.n`)})::int as jobs,
    ${yearOld(asOf)} as "yearOld", ${survived(asOf)} as survived,
    ev.kind as "survivalEvidenceKind", ev.record_id as "survivalEvidenceId", ev.on_date::text as "survivalEvidenceOn"
  from (select * from ${businesses} where ${where}) b
  join ${files} f on f.id = b.file_id
  join ${persons} p on p.id = f.person_id
  left join ${organisations} o on o.id = b.org_id
  left join lateral ${registryJobs(asOf)} rj on true
  left join lateral ${survivalEvidence(asOf)} ev on true`;

export interface BusinessView {
  id: string;
  fileId: string;
  fileNumber: string;
  personId: string;
  personName: string;
  idNumberMasked: string;
  kind: 'enterprise' | 'individual';
  creditCode: string;
  name: string;
  sector: string;
  employerId: string | null;
  openedOn: string;
  closedOn: string | null;
  closedReason: string | null;
  declaredJobs: number | null;
  orgName: string | null;
  version: number;
  registryJobs: number;
  jobs: number;
  yearOld: boolean;
  survived: boolean;
  survivalEvidenceKind: SurvivalEvidenceKind | null;
  survivalEvidenceId: string | null;
  survivalEvidenceOn: string | null;
}

export function createBusinessesRepo(db: Executor) {
  return {
    async list(actor: Actor, asOf: string, q: { q?: string | undefined; page: number; pageSize: number }) {
      const where = and(
        scoped(actor, 'entrepreneurship:read'),
        q.q
          ? sql`(${businesses.name} like ${`%${q.q}%`} or ${businesses.creditCode} = ${q.q.toUpperCase()})`
          : undefined,
      )!;
      const [{ total } = { total: 0 }] = await queryRows<{ total: number }>(
        db,
        sql`select count(*)::int as total from ${businesses} where ${where}`,
      );
      const items = await queryRows<BusinessView>(
        db,
        sql`${view(asOf, where)} order by b.opened_on desc, b.id limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`,
      );
      return { items, total };
    },

    async view(actor: Actor, id: string, asOf: string): Promise<BusinessView | undefined> {
      const [row] = await queryRows<BusinessView>(
        db,
        view(asOf, and(eq(businesses.id, id), scoped(actor, 'entrepreneurship:read'))!),
      );
      return row;
    },

    /** The persons behind the registry jobs, each once with the records that show them. */
    jobPersons: (id: string, asOf: string) =>
      queryRows<{
        personId: string;
        name: string;
        idNumberMasked: string;
        records: { kind: JobEvidenceKind; recordId: string; onDate: string }[];
      }>(
        db,
        sql`select j.person_id as "personId", p.name, p.id_number_masked as "idNumberMasked",
            json_agg(json_build_object('kind', j.kind, 'recordId', j.record_id, 'onDate', j.on_date::text)
              order by j.on_date, j.kind) as records
          from ${businesses} b join ${files} f on f.id = b.file_id
          cross join lateral ${jobRecords(asOf)} j
          join ${persons} p on p.id = j.person_id
          where b.id = ${id}
          group by j.person_id, p.name, p.id_number_masked order by min(j.on_date), j.person_id`,
      ),

    row: async (actor: Actor, id: string, permission: Permission): Promise<BusinessRow | undefined> =>
      (
        await db
          .select()
          .from(businesses)
          .where(and(eq(businesses.id, id), scoped(actor, permission)))
      )[0],

    /** The file a business is recorded for, if the actor may write to it. */
    writableFile: async (actor: Actor, fileId: string) =>
      (
        await db
          .select({ id: files.id, personId: files.personId, orgId: files.orgId, orgPath: files.orgPath })
          .from(files)
          .where(
            and(
              eq(files.id, fileId),
              accessFilter(actor, 'entrepreneurship:write', { orgId: files.orgId, orgPath: files.orgPath }),
            ),
          )
      )[0],

    /** The registry's employer with this code, and whether the actor may read it (its workers are shown). */
    employerByCreditCode: async (actor: Actor, code: string) =>
      (
        await db
          .select({
            id: employers.id,
            visible: sql<boolean>`${accessFilter(actor, 'employer:read', { orgId: employers.orgId, orgPath: employers.orgPath })}`,
          })
          .from(employers)
          .where(eq(employers.creditCode, code))
      )[0],

    creditCodeTaken: async (code: string) =>
      (await db.select({ id: businesses.id }).from(businesses).where(eq(businesses.creditCode, code)))
        .length > 0,

    insert: async (row: NewBusinessRow) => (await db.insert(businesses).values(row).returning())[0]!,

    async update(id: string, version: number, patch: Partial<NewBusinessRow>) {
      const [row] = await db
        .update(businesses)
        .set({ ...patch, version: version + 1, updatedAt: new Date() })
        .where(and(eq(businesses.id, id), eq(businesses.version, version)))
        .returning();
      return row;
    },
  };
}
