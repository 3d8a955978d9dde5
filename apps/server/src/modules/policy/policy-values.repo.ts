import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { users } from '../../platform/access/access.schema.ts';
import { policyParameterValues } from './policy.schema.ts';

export type ParameterValueRow = typeof policyParameterValues.$inferSelect;
export type ParameterValueKey = Pick<ParameterValueRow, 'policyId' | 'name' | 'key' | 'effectiveFrom'>;

const whereKey = (k: ParameterValueKey) =>
  and(
    eq(policyParameterValues.policyId, k.policyId),
    eq(policyParameterValues.name, k.name),
    eq(policyParameterValues.key, k.key),
    eq(policyParameterValues.effectiveFrom, k.effectiveFrom),
  );

/** Administered figures are city-wide policy settings, not organisation data: no data scope applies. */
export function createPolicyValuesRepo(db: Executor) {
  return {
    ofPolicy: (policyId: string) =>
      db
        .select()
        .from(policyParameterValues)
        .where(eq(policyParameterValues.policyId, policyId))
        .orderBy(asc(policyParameterValues.effectiveFrom)),
    /** every value with the name of who set it */
    all: () =>
      db
        .select({ value: policyParameterValues, setByName: users.displayName })
        .from(policyParameterValues)
        .leftJoin(users, eq(users.id, policyParameterValues.setBy))
        .orderBy(asc(policyParameterValues.effectiveFrom)),
    one: async (k: ParameterValueKey): Promise<ParameterValueRow | undefined> =>
      (await db.select().from(policyParameterValues).where(whereKey(k)))[0],
    insert: (row: Omit<ParameterValueRow, 'id'>) => db.insert(policyParameterValues).values(row),
    update: (k: ParameterValueKey, patch: Partial<ParameterValueRow>) =>
      db.update(policyParameterValues).set(patch).where(whereKey(k)),
    remove: (k: ParameterValueKey) => db.delete(policyParameterValues).where(whereKey(k)),
  };
}
