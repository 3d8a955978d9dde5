import { and, asc, count, desc, eq, like, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Permission } from '../../platform/access/permissions.ts';
import { accessFilter } from '../../platform/access/scope.ts';
import { createOrgsRepo } from '../../platform/orgs/orgs.repo.ts';
import { type OrgLevel, organisations } from '../../platform/orgs/orgs.schema.ts';
import { reportReading } from './report-access.ts';
import {
  reportDueSettings,
  periodicReports as reports,
  periodicReportVersions as versions,
} from './reports.schema.ts';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Reports a user sees: those of the organisations where they prepare or review reports. */
const reportScoped = (actor: Actor, permissions: readonly Permission[] = reportReading) =>
  or(...permissions.map((p) => accessFilter(actor, p, { orgId: reports.orgId, orgPath: reports.orgPath })))!;

export interface ReportFilter {
  templateCode?: string;
  period?: string;
  /** materialised path of an organisation: its subtree */
  orgPath?: string;
}

const headColumns = {
  id: reports.id,
  templateCode: reports.templateCode,
  period: reports.period,
  orgId: reports.orgId,
  orgPath: reports.orgPath,
  orgName: organisations.name,
  currentVersion: reports.currentVersion,
  status: versions.status,
  submittedOn: versions.submittedOn,
  updatedAt: reports.updatedAt,
};

export type ReportHead = Awaited<ReturnType<ReturnType<typeof createReportsRepo>['inSubtree']>>[number];
export type ReportVersionRow = typeof versions.$inferSelect;

export function createReportsRepo(db: Executor) {
  const heads = () =>
    db
      .select(headColumns)
      .from(reports)
      .innerJoin(organisations, eq(organisations.id, reports.orgId))
      .innerJoin(
        versions,
        and(eq(versions.reportId, reports.id), eq(versions.version, reports.currentVersion)),
      );

  const filterSql = (f: ReportFilter): (SQL | undefined)[] => [
    f.templateCode ? eq(reports.templateCode, f.templateCode) : undefined,
    f.period ? eq(reports.period, f.period) : undefined,
    f.orgPath ? like(reports.orgPath, `${escapeLike(f.orgPath)}%`) : undefined,
  ];

  return {
    async list(actor: Actor, f: ReportFilter, page: { page: number; pageSize: number }) {
      const where = and(reportScoped(actor), ...filterSql(f));
      const [items, [total]] = await Promise.all([
        heads()
          .where(where)
          .orderBy(desc(reports.period), asc(reports.templateCode), asc(organisations.path))
          .limit(page.pageSize)
          .offset((page.page - 1) * page.pageSize),
        db.select({ n: count() }).from(reports).where(where),
      ]);
      return { items, total: Number(total?.n ?? 0) };
    },

    /** The report when the actor sees it through one of `permissions`. */
    async head(actor: Actor, id: string, permissions?: Permission[]) {
      const [row] = await heads().where(and(reportScoped(actor, permissions), eq(reports.id, id)));
      return row;
    },

    /** Heads of the reports of one template and period in a subtree (unscoped: callers scope the org). */
    inSubtree: (templateCode: string, period: string, orgPath: string) =>
      heads().where(and(...filterSql({ templateCode, period, orgPath }))),

    findId: async (templateCode: string, period: string, orgId: number) =>
      (
        await db
          .select({ id: reports.id })
          .from(reports)
          .where(
            and(eq(reports.templateCode, templateCode), eq(reports.period, period), eq(reports.orgId, orgId)),
          )
      )[0]?.id,

    versions: (reportId: string) =>
      db.select().from(versions).where(eq(versions.reportId, reportId)).orderBy(asc(versions.version)),

    /** The last version each report submitted (any status but draft), for roll-ups. */
    async lastSubmitted(reportIds: string[]): Promise<ReportVersionRow[]> {
      if (reportIds.length === 0) return [];
      return db
        .selectDistinctOn([versions.reportId])
        .from(versions)
        .where(and(sql`${versions.reportId} in ${reportIds}`, sql`${versions.status} <> 'draft'`))
        .orderBy(versions.reportId, desc(versions.version));
    },

    /** An organisation the actor holds one of `permissions` for, with its level and path. */
    org: (actor: Actor, orgId: number, permissions: Permission[]) =>
      createOrgsRepo(db).byIdFor(actor, orgId, permissions),

    /** Every organisation of `level` in a subtree, in tree order. */
    orgsAtLevel: (orgPath: string, level: OrgLevel) =>
      db
        .select({ id: organisations.id, name: organisations.name, path: organisations.path })
        .from(organisations)
        .where(and(eq(organisations.level, level), like(organisations.path, `${escapeLike(orgPath)}%`)))
        .orderBy(asc(organisations.sortOrder), asc(organisations.path)),

    insertReport: async (row: typeof reports.$inferInsert) =>
      (await db.insert(reports).values(row).returning({ id: reports.id }))[0]!.id,

    insertVersion: (row: typeof versions.$inferInsert) => db.insert(versions).values(row),

    setCurrentVersion: (reportId: string, version: number, at: Date) =>
      db.update(reports).set({ currentVersion: version, updatedAt: at }).where(eq(reports.id, reportId)),

    /** Changes the report's current version if it still has `status` (false when it moved on). */
    async updateCurrent(
      head: { id: string; currentVersion: number },
      status: string,
      set: Partial<typeof versions.$inferInsert>,
      at: Date,
    ) {
      const done = await db
        .update(versions)
        .set(set)
        .where(
          and(
            eq(versions.reportId, head.id),
            eq(versions.version, head.currentVersion),
            sql`${versions.status} = ${status}`,
          ),
        )
        .returning({ id: versions.id });
      if (done.length > 0) await db.update(reports).set({ updatedAt: at }).where(eq(reports.id, head.id));
      return done.length > 0;
    },

    dueSettings: () => db.select().from(reportDueSettings),

    saveDueSetting: (row: typeof reportDueSettings.$inferInsert) =>
      db
        .insert(reportDueSettings)
        .values(row)
        .onConflictDoUpdate({
          target: reportDueSettings.templateCode,
          set: { workingDays: row.workingDays, updatedBy: row.updatedBy, updatedAt: sql`now()` },
        }),
  };
}
