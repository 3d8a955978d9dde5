import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../db/client.ts';
import { roles, userRoles, users } from '../../platform/access/access.schema.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Permission } from '../../platform/access/permissions.ts';
import { accessFilter } from '../../platform/access/scope.ts';
import { organisations } from '../../platform/orgs/orgs.schema.ts';

export const LinkableAccount = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  orgName: z.string(),
  /** the expert, bank or hospital the account is linked to already, null when free */
  linkedTo: z.string().nullable(),
});

/**
 * Active sign-in accounts holding `role` in the organisations the actor manages (`permission`,
 * by default `entrepreneurship:manage`), each with what it is linked to already (`linked`: account →
 * name): the choices when the city links an expert, a bank's or a health-check hospital's staff to
 * an account.
 */
export async function linkableAccounts(
  db: Executor,
  actor: Actor,
  role: 'expert' | 'bank_officer' | 'hospital_staff',
  linked: { userId: string | null; name: string }[],
  permission: Permission = 'entrepreneurship:manage',
): Promise<z.infer<typeof LinkableAccount>[]> {
  const scope = accessFilter(actor, permission, {
    orgId: users.orgId,
    orgPath: organisations.path,
  });
  const rows = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      orgName: organisations.name,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.orgId))
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .innerJoin(roles, eq(roles.id, userRoles.roleId))
    .where(and(scope, eq(roles.code, role), eq(users.status, 'active')))
    .orderBy(asc(users.username))
    .limit(500);
  const names = new Map(linked.map((l) => [l.userId, l.name]));
  return rows.map((r) => ({ ...r, linkedTo: names.get(r.id) ?? null }));
}
