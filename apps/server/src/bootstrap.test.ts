import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { bootstrap, seedReferenceData } from './bootstrap.ts';
import { roles } from './platform/access/access.schema.ts';
import { builtinRoles } from './platform/access/builtin-roles.ts';
import { createUser, seedTestCity } from './test/fixtures.ts';
import { createTestDatabase } from './test/test-db.ts';

describe('first-start bootstrap', () => {
  it('creates the three administrators once, even when business users already exist', async () => {
    const database = await createTestDatabase();
    try {
      await seedReferenceData(database.db);
      const city = await seedTestCity(database.db);
      await createUser(database.db, {
        username: 'officer',
        orgId: city.street1.id,
        roles: ['street_officer'],
      });
      const first = await bootstrap(database.db);
      expect(first.initialAccounts.map((a) => [a.username, a.role])).toEqual([
        ['admin', 'system_admin'],
        ['secadmin', 'security_admin'],
        ['auditor', 'audit_admin'],
      ]);
      expect(new Set(first.initialAccounts.map((a) => a.password)).size).toBe(3);
      expect((await bootstrap(database.db)).initialAccounts).toEqual([]);
    } finally {
      await database.close();
    }
  });
});

describe('built-in roles on an existing database', () => {
  it("receive the permissions added to their definition and keep an administrator's removals", async () => {
    const database = await createTestDatabase();
    try {
      const { db } = database;
      await seedReferenceData(db);
      const builtin = builtinRoles.find((r) => r.code === 'street_officer')!.permissions;
      expect(builtin).toEqual(expect.arrayContaining(['employer:read', 'person:reveal']));
      // A database from before employer:read existed, whose administrator also took away the reveal.
      const older = builtin.filter((p) => p !== 'employer:read');
      await db
        .update(roles)
        .set({ permissions: older.filter((p) => p !== 'person:reveal'), builtinBaseline: older })
        .where(eq(roles.code, 'street_officer'));

      await seedReferenceData(db);
      const [role] = await db.select().from(roles).where(eq(roles.code, 'street_officer'));
      expect(role!.permissions).toContain('employer:read');
      expect(role!.permissions).not.toContain('person:reveal');
      expect(role!.builtinBaseline).toEqual(builtin);

      await seedReferenceData(db);
      const [again] = await db.select().from(roles).where(eq(roles.code, 'street_officer'));
      expect(again!.permissions).not.toContain('person:reveal');
    } finally {
      await database.close();
    }
  });
});
