import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Permission } from '../../platform/access/permissions.ts';
import { accessFilter } from '../../platform/access/scope.ts';
import { organisations } from '../../platform/orgs/orgs.schema.ts';

export interface ScopedOrg {
  id: number;
  name: string;
  level: string;
  path: string;
}

const orgColumns = {
  id: organisations.id,
  name: organisations.name,
  level: organisations.level,
  path: organisations.path,
};

/** The organisations a training figure is asked for: only those in the actor's scope for `permission`. */
export function createTrainingOrgsRepo(db: Executor) {
  return {
    async inScope(actor: Actor, orgId: number, permission: Permission): Promise<ScopedOrg | undefined> {
      const [org] = await db
        .select(orgColumns)
        .from(organisations)
        .where(
          and(
            eq(organisations.id, orgId),
            accessFilter(actor, permission, { orgId: organisations.id, orgPath: organisations.path }),
          ),
        );
      return org;
    },

    children: (orgId: number): Promise<ScopedOrg[]> =>
      db
        .select(orgColumns)
        .from(organisations)
        .where(eq(organisations.parentId, orgId))
        .orderBy(asc(organisations.sortOrder), asc(organisations.regionCode)),
  };
}
