import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { organisations } from '../../../platform/orgs/orgs.schema.ts';
import type { TrainingProgramme } from '../classes/classes.schema.ts';
import { trainingTargets as targets } from './targets.schema.ts';

export type TargetRow = typeof targets.$inferSelect & { orgName: string };

const readable = (actor: Actor) =>
  accessFilter(actor, 'training:read', { orgId: targets.orgId, orgPath: targets.orgPath });

export function createTargetsRepo(db: Executor) {
  const select = (where: SQL) =>
    db
      .select({
        id: targets.id,
        orgId: targets.orgId,
        orgPath: targets.orgPath,
        orgName: organisations.name,
        year: targets.year,
        programme: targets.programme,
        trainees: targets.trainees,
        basis: targets.basis,
        createdBy: targets.createdBy,
        createdAt: targets.createdAt,
        updatedAt: targets.updatedAt,
        version: targets.version,
      })
      .from(targets)
      .innerJoin(organisations, eq(organisations.id, targets.orgId))
      .where(where)
      .orderBy(asc(targets.orgPath), asc(targets.programme));

  return {
    /** The year's targets the actor may read, optionally within one organisation's subtree. */
    list: (actor: Actor, year: number, orgPath?: string): Promise<TargetRow[]> =>
      select(
        and(
          readable(actor),
          eq(targets.year, year),
          orgPath ? sql`${targets.orgPath} like ${`${orgPath}%`}` : undefined,
        )!,
      ),

    find: async (orgId: number, year: number, programme: TrainingProgramme) =>
      (
        await db
          .select()
          .from(targets)
          .where(and(eq(targets.orgId, orgId), eq(targets.year, year), eq(targets.programme, programme)))
      )[0],

    /** Targets of these organisations for a year and programme, by organisation id. */
    async byOrg(orgIds: number[], year: number, programme: TrainingProgramme) {
      if (orgIds.length === 0) return new Map<number, { trainees: number; basis: string }>();
      const rows = await db
        .select({ orgId: targets.orgId, trainees: targets.trainees, basis: targets.basis })
        .from(targets)
        .where(
          and(sql`${targets.orgId} in ${orgIds}`, eq(targets.year, year), eq(targets.programme, programme)),
        );
      return new Map(rows.map((r) => [r.orgId, { trainees: r.trainees, basis: r.basis }]));
    },

    insert: async (values: typeof targets.$inferInsert) =>
      (await db.insert(targets).values(values).returning())[0]!,

    update: async (id: string, version: number, values: { trainees: number; basis: string }) =>
      (
        await db
          .update(targets)
          .set({ ...values, version: version + 1, updatedAt: new Date() })
          .where(and(eq(targets.id, id), eq(targets.version, version)))
          .returning()
      )[0],
  };
}
