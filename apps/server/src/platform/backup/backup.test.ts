import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedReferenceData } from '../../bootstrap.ts';
import { queryRows } from '../../db/client.ts';
import { createTestApp } from '../../test/test-app.ts';
import { createTestDatabase } from '../../test/test-db.ts';
import { verifyAuditChain } from '../audit/audit.service.ts';
import { createFieldCipher } from '../crypto.ts';
import { backupDatabase, RestoreError, restoreDatabase } from './backup.ts';
import { tablesInDependencyOrder } from './table-order.ts';

const t = await createTestApp();
const keyCheck = t.services.cipher.keyCheck();

async function rowCounts(db: typeof t.db) {
  const counts: Record<string, number> = {};
  for (const table of await tablesInDependencyOrder(db)) {
    if (table === '__drizzle_migrations') continue;
    const [r] = await queryRows<{ n: number }>(db, sql.raw(`select count(*)::int as n from "${table}"`));
    counts[table] = r!.n;
  }
  return counts;
}

describe('backup and restore', () => {
  it('restores into an empty database with identical row counts and an intact audit chain', async () => {
    const admin = await t.login('sysadmin');
    for (const [i, name] of ['一社区', '二社区', '三社区'].entries()) {
      const r = await admin.post('/api/orgs', {
        parentId: t.city.street2.id,
        name,
        level: 'community',
        regionCode: `37098300200${i + 2}`,
      });
      expect(r.status).toBe(200);
    }
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'minsheng-backup-')), 'city.backup.gz');
    const written = await backupDatabase(t.db, file, { keyCheck });
    const before = await rowCounts(t.db);
    expect(written).toEqual(before);
    expect(before.audit_log).toBeGreaterThanOrEqual(4);

    const target = await createTestDatabase();
    try {
      await seedReferenceData(target.db);
      await restoreDatabase(target.db, file, { keyCheck });
      expect(await rowCounts(target.db)).toEqual(before);
      expect(await verifyAuditChain(target.db)).toMatchObject({ ok: true, checked: before.audit_log });
      // Sequences moved past restored ids: a new organisation gets a fresh id.
      const [maxId] = await queryRows<{ id: number }>(
        target.db,
        sql`select max(id)::int as id from organisations`,
      );
      const [next] = await queryRows<{ id: number }>(
        target.db,
        sql`select nextval('organisations_id_seq')::int as id`,
      );
      expect(next!.id).toBeGreaterThan(maxId!.id);
    } finally {
      await target.close();
    }
  });

  it('refuses to restore over a database that already has users', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'minsheng-backup-')), 'b.gz');
    await backupDatabase(t.db, file, { keyCheck });
    await expect(restoreDatabase(t.db, file, { keyCheck })).rejects.toBeInstanceOf(RestoreError);
  });

  it('refuses a backup written under another data key, leaving the target untouched', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'minsheng-backup-')), 'c.gz');
    await backupDatabase(t.db, file, { keyCheck });
    const target = await createTestDatabase();
    try {
      await seedReferenceData(target.db);
      const otherKey = createFieldCipher(Buffer.alloc(32, 9)).keyCheck();
      await expect(restoreDatabase(target.db, file, { keyCheck: otherKey })).rejects.toThrow(/DATA_KEY/);
      const [orgs] = await queryRows<{ n: number }>(
        target.db,
        sql`select count(*)::int as n from organisations`,
      );
      expect(orgs!.n).toBe(0);
    } finally {
      await target.close();
    }
  });
});

describe('audit chain', () => {
  it('fails verification after a row is altered by hand in the database', async () => {
    const admin = await t.login('sysadmin');
    await admin.patch(`/api/orgs/${t.city.community1.id}`, { name: '被审计社区' });
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
    const [row] = await queryRows<{ id: number }>(
      t.db,
      sql`select id::int from audit_log order by id limit 1 offset 1`,
    );
    await expect(
      t.db.execute(sql`update audit_log set action = 'x' where id = ${row!.id}`),
    ).rejects.toThrow();
    await t.db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    await t.db.execute(sql`update audit_log set action = 'org.tampered' where id = ${row!.id}`);
    await t.db.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, brokenAtId: row!.id });
  });
});
