import { and, asc, desc, eq, getTableColumns, max, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { users } from '../../../platform/access/access.schema.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { createOrgsRepo } from '../../../platform/orgs/orgs.repo.ts';
import { organisations } from '../../../platform/orgs/orgs.schema.ts';
import { assessedBelow, officeScope } from './town-assessment.access.ts';
import { townAssessmentPlans as plans } from './town-assessment.schema.ts';

export type PlanRow = typeof plans.$inferSelect;

const cols = { orgId: plans.orgId, orgPath: plans.orgPath };

export function createPlansRepo(db: Executor) {
  /** A plan version the actor may read, with whether the actor reads it as the bureau (`office`). */
  async function visible(actor: Actor, where: SQL) {
    const [row] = await db
      .select({
        ...getTableColumns(plans),
        orgName: organisations.name,
        createdByName: users.displayName,
        office: sql<boolean>`coalesce(${officeScope(actor, cols)}, false)`,
      })
      .from(plans)
      .innerJoin(organisations, eq(organisations.id, plans.orgId))
      .leftJoin(users, eq(users.id, plans.createdBy))
      .where(and(where, or(officeScope(actor, cols), assessedBelow(actor, cols))));
    return row;
  }

  return {
    visible: (actor: Actor, id: string) => visible(actor, eq(plans.id, id)),

    /** The newest version of every plan the actor may read, newest year first. */
    async listLatest(actor: Actor, year?: number) {
      const latest = db
        .select({ orgId: plans.orgId, year: plans.year, version: max(plans.version).as('latest_version') })
        .from(plans)
        .groupBy(plans.orgId, plans.year)
        .as('latest');
      return db
        .select({
          id: plans.id,
          year: plans.year,
          orgId: plans.orgId,
          orgName: organisations.name,
          version: plans.version,
          createdAt: plans.createdAt,
        })
        .from(plans)
        .innerJoin(
          latest,
          and(eq(latest.orgId, plans.orgId), eq(latest.year, plans.year), eq(latest.version, plans.version)),
        )
        .innerJoin(organisations, eq(organisations.id, plans.orgId))
        .where(
          and(
            or(officeScope(actor, cols), assessedBelow(actor, cols)),
            year === undefined ? undefined : eq(plans.year, year),
          ),
        )
        .orderBy(desc(plans.year), asc(organisations.sortOrder), asc(plans.orgId));
    },

    /** The newest version of an organisation's plan of a year (no scope: callers checked it). */
    async latest(orgId: number, year: number): Promise<PlanRow | undefined> {
      const [row] = await db
        .select()
        .from(plans)
        .where(and(eq(plans.orgId, orgId), eq(plans.year, year)))
        .orderBy(desc(plans.version))
        .limit(1);
      return row;
    },

    /** The newest version of the plan assessing a town (its parent's plan) in a year, if any. */
    async latestForTown(townOrgId: number, year: number) {
      const [row] = await db
        .select({ version: plans.version, indicators: plans.indicators, orgName: organisations.name })
        .from(plans)
        .innerJoin(organisations, eq(organisations.id, plans.orgId))
        .where(
          and(
            eq(plans.year, year),
            sql`${plans.orgId} = (select parent_id from organisations town where town.id = ${townOrgId} and town.level = 'street')`,
          ),
        )
        .orderBy(desc(plans.version))
        .limit(1);
      return row;
    },

    versions: (orgId: number, year: number) =>
      db
        .select({
          id: plans.id,
          version: plans.version,
          reason: plans.reason,
          createdAt: plans.createdAt,
          createdByName: users.displayName,
        })
        .from(plans)
        .leftJoin(users, eq(users.id, plans.createdBy))
        .where(and(eq(plans.orgId, orgId), eq(plans.year, year)))
        .orderBy(desc(plans.version)),

    async insert(values: typeof plans.$inferInsert) {
      const [row] = await db.insert(plans).values(values).returning({ id: plans.id });
      return row!;
    },

    /** The streets/towns an organisation assesses: its children at street level. */
    towns: (orgId: number) =>
      db
        .select({ id: organisations.id, name: organisations.name, path: organisations.path })
        .from(organisations)
        .where(and(eq(organisations.parentId, orgId), eq(organisations.level, 'street')))
        .orderBy(asc(organisations.sortOrder), asc(organisations.id)),

    /** An organisation the actor configures assessments for. */
    configurableOrg: (actor: Actor, orgId: number) =>
      createOrgsRepo(db).byIdFor(actor, orgId, ['assessment:configure']),
  };
}
