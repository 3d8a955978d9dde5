import { and, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { organisations } from '../../../platform/orgs/orgs.schema.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { type ScreeningLeadStatus, screeningLeads } from '../screening.schema.ts';

export type LeadRow = typeof screeningLeads.$inferSelect;

export const leadScopeCols = { orgId: screeningLeads.orgId, orgPath: screeningLeads.orgPath };

export interface LeadFilter {
  status?: ScreeningLeadStatus | undefined;
  policyId?: string | undefined;
}

const columns = {
  lead: screeningLeads,
  personName: persons.name,
  idNumberMasked: persons.idNumberMasked,
  orgName: organisations.name,
};
export type LeadWithNames = {
  lead: LeadRow;
  personName: string;
  idNumberMasked: string;
  orgName: string;
};

/** Leads of 政策找人 with the person's name and masked ID number and the station's name. */
export function createLeadsRepo(db: Executor) {
  const joined = () =>
    db
      .select(columns)
      .from(screeningLeads)
      .innerJoin(persons, eq(persons.id, screeningLeads.personId))
      .innerJoin(organisations, eq(organisations.id, screeningLeads.orgId));

  return {
    async list(scope: SQL, f: LeadFilter, page: { page: number; pageSize: number }) {
      const where = and(
        scope,
        f.status ? eq(screeningLeads.status, f.status) : undefined,
        f.policyId ? eq(screeningLeads.policyId, f.policyId) : undefined,
      );
      const [items, [total]] = await Promise.all([
        joined()
          .where(where)
          .orderBy(desc(screeningLeads.lastFoundOn), desc(screeningLeads.payableFen), screeningLeads.id)
          .limit(page.pageSize)
          .offset((page.page - 1) * page.pageSize),
        db.select({ n: count() }).from(screeningLeads).where(where),
      ]);
      return { items: items as LeadWithNames[], total: total?.n ?? 0 };
    },

    /** The policies the scope has leads of (any status), for the list's filter. */
    async policyIds(scope: SQL): Promise<string[]> {
      const rows = await db
        .selectDistinct({ policyId: screeningLeads.policyId })
        .from(screeningLeads)
        .where(scope)
        .orderBy(screeningLeads.policyId);
      return rows.map((r) => r.policyId);
    },

    async row(scope: SQL, id: string): Promise<LeadWithNames | undefined> {
      const [row] = await joined().where(and(scope, eq(screeningLeads.id, id)));
      return row;
    },

    /** Closes an open lead under the version the officer saw; undefined when it moved on. */
    async close(
      id: string,
      version: number,
      patch: Pick<LeadRow, 'status' | 'closedBy' | 'closedAt'> &
        Partial<Pick<LeadRow, 'caseId' | 'dismissedReason'>>,
    ) {
      const [row] = await db
        .update(screeningLeads)
        .set({ ...patch, updatedAt: new Date(), version: sql`${screeningLeads.version} + 1` })
        .where(
          and(
            eq(screeningLeads.id, id),
            eq(screeningLeads.version, version),
            eq(screeningLeads.status, 'open'),
          ),
        )
        .returning();
      return row;
    },
  };
}
