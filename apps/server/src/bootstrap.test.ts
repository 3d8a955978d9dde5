import { describe, expect, it } from 'vitest';
import { bootstrap, seedReferenceData } from './bootstrap.ts';
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
