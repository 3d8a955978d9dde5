import { and, asc, count, desc, eq, gt, gte, inArray, like, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import { bureauDayStart } from '../../db/bureau-day.ts';
import type { Executor } from '../../db/client.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { hasPermission } from '../../platform/access/actor.ts';
import type { Permission } from '../../platform/access/permissions.ts';
import { organisations } from '../../platform/orgs/orgs.schema.ts';
import { caseScope } from './cases.repo.ts';
import { cases, caseTypes } from './cases.schema.ts';
import { payments } from './finance/case-finance.schema.ts';
import { awaiting } from './workflow/case-lifecycle.ts';
import { type CaseStatus, caseStatuses } from './workflow/case-status.ts';

export interface CaseListFilters {
  status?: CaseStatus[] | undefined;
  caseTypeId?: string | undefined;
  /** cases of this organisation and below */
  orgPath?: string | undefined;
  personId?: string | undefined;
  /** case number (exact) or applicant name prefix */
  q?: string | undefined;
  overdue?: boolean | undefined;
  dueSoon?: boolean | undefined;
  /** decided (审批) on these bureau days, both included */
  decidedFrom?: string | undefined;
  decidedTo?: string | undefined;
  /** holding a successful payment (paid or reconciled) made on these bureau days, both included */
  paidFrom?: string | undefined;
  paidTo?: string | undefined;
  page: number;
  pageSize: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const itemColumns = {
  id: cases.id,
  number: cases.number,
  caseTypeId: cases.caseTypeId,
  caseTypeName: caseTypes.name,
  paysMoney: caseTypes.paysMoney,
  applicantKind: cases.applicantKind,
  applicantName: cases.applicantName,
  personId: cases.personId,
  employerId: cases.employerId,
  status: cases.status,
  requiresPublicNotice: cases.requiresPublicNotice,
  dueOn: cases.dueOn,
  proposedAmountFen: cases.proposedAmountFen,
  approvedAmountFen: cases.approvedAmountFen,
  orgId: cases.orgId,
  orgName: organisations.name,
  createdAt: cases.createdAt,
  submittedAt: cases.submittedAt,
  version: cases.version,
};
export type CaseListRow = { [K in keyof typeof itemColumns]: (typeof itemColumns)[K]['_']['data'] } & {
  dueOn: string | null;
};

/** The statuses that wait for `permission` (approved cases only when a notice or payment follows). */
function awaitingCondition(actor: Actor, permission: Permission): SQL | undefined {
  if (!hasPermission(actor, permission)) return undefined;
  const ctx = { requiresPublicNotice: true, paysMoney: true };
  const statuses = caseStatuses.filter(
    (s) => s !== 'approved' && awaiting(s, ctx)?.permission === permission,
  );
  const parts: SQL[] = [];
  if (statuses.length > 0) parts.push(inArray(cases.status, statuses));
  if (awaiting('approved', ctx)?.permission === permission) {
    parts.push(
      and(
        eq(cases.status, 'approved'),
        or(
          eq(cases.requiresPublicNotice, true),
          and(eq(caseTypes.paysMoney, true), gt(cases.approvedAmountFen, 0)),
        ),
      )!,
    );
  }
  if (parts.length === 0) return undefined;
  return and(caseScope(actor, permission), or(...parts));
}

const taskPermissions: Permission[] = [
  'case:create',
  'case:accept',
  'case:review',
  'case:approve',
  'case:finance',
  'case:pay',
];

export function createCasesQueryRepo(db: Executor) {
  function filtersOf(f: CaseListFilters, today: string, dueSoonUntil: string): SQL[] {
    const where: SQL[] = [];
    if (f.status?.length) where.push(inArray(cases.status, f.status));
    if (f.caseTypeId) where.push(eq(cases.caseTypeId, f.caseTypeId));
    if (f.orgPath) where.push(like(cases.orgPath, `${escapeLike(f.orgPath)}%`));
    if (f.personId) where.push(eq(cases.personId, f.personId));
    if (f.q) where.push(or(eq(cases.number, f.q), like(cases.applicantName, `${escapeLike(f.q)}%`))!);
    if (f.overdue) where.push(lt(cases.dueOn, today));
    if (f.dueSoon) where.push(sql`${cases.dueOn} >= ${today} and ${cases.dueOn} <= ${dueSoonUntil}`);
    if (f.decidedFrom) where.push(gte(cases.decidedOn, f.decidedFrom));
    if (f.decidedTo) where.push(lte(cases.decidedOn, f.decidedTo));
    if (f.paidFrom || f.paidTo) {
      const from = f.paidFrom ? sql` and ${payments.paidAt} >= ${bureauDayStart(f.paidFrom)}` : sql``;
      const to = f.paidTo
        ? sql` and ${payments.paidAt} < ${bureauDayStart(f.paidTo)} + interval '1 day'`
        : sql``;
      where.push(
        sql`exists (select 1 from ${payments} where ${payments.caseId} = ${cases.id} and ${payments.status} in ('paid', 'reconciled')${from}${to})`,
      );
    }
    return where;
  }

  async function page(where: SQL, f: { page: number; pageSize: number }) {
    const base = () =>
      db
        .select(itemColumns)
        .from(cases)
        .innerJoin(caseTypes, eq(caseTypes.id, cases.caseTypeId))
        .innerJoin(organisations, eq(organisations.id, cases.orgId))
        .where(where);
    const items = await base()
      .orderBy(sql`${cases.dueOn} asc nulls last`, desc(cases.createdAt), asc(cases.id))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize);
    const [{ total }] = (await db
      .select({ total: count() })
      .from(cases)
      .innerJoin(caseTypes, eq(caseTypes.id, cases.caseTypeId))
      .where(where)) as [{ total: number }];
    return { items: items as CaseListRow[], total };
  }

  return {
    list: (actor: Actor, f: CaseListFilters, today: string, dueSoonUntil: string) =>
      page(and(caseScope(actor, 'case:read'), ...filtersOf(f, today, dueSoonUntil))!, f),

    /** Cases waiting for the actor's action (by permission and its scope). */
    tasks(actor: Actor, f: CaseListFilters, today: string, dueSoonUntil: string) {
      const conditions = taskPermissions
        .map((p) => awaitingCondition(actor, p))
        .filter((c) => c !== undefined);
      if (conditions.length === 0) return Promise.resolve({ items: [] as CaseListRow[], total: 0 });
      return page(and(or(...conditions), ...filtersOf(f, today, dueSoonUntil))!, f);
    },

    orgPath: async (orgId: number) =>
      (
        await db.select({ path: organisations.path }).from(organisations).where(eq(organisations.id, orgId))
      )[0]?.path,
  };
}
