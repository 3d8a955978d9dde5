import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { systemActor } from '../platform/access/actor.ts';
import { recordAudit } from '../platform/audit/audit.service.ts';
import { checkpointAnchor, createCheckpointWriter } from '../platform/audit/audit-checkpoint.ts';

const bin = path.resolve(import.meta.dirname, '../../bin/minsheng.mjs');
const dir = mkdtempSync(path.join(tmpdir(), 'minsheng-audit-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const dataKey = Buffer.alloc(32, 9);
const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dir, DATA_KEY: dataKey.toString('base64') };
delete env.DATABASE_URL;

async function withDb(fn: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<void>) {
  const database = await openDatabase({ dataDir: dir });
  try {
    await migrate(database);
    await fn(database.db);
  } finally {
    await database.close();
  }
}

const verify = () => spawnSync(process.execPath, [bin, 'audit', 'verify'], { env, encoding: 'utf8' });

describe('minsheng audit verify (CLI)', () => {
  it('reports rows removed from the end of the chain in Chinese and exits 1', async () => {
    await withDb(async (db) => {
      const actor = systemActor(1, '1');
      for (let i = 0; i < 5; i++) {
        await db.transaction((tx) => recordAudit(tx, actor, { action: 'test.cli', detail: { i } }));
      }
      // What the server does every few seconds and at shutdown.
      await createCheckpointWriter({
        db,
        anchor: checkpointAnchor(dir, dataKey),
        clock: () => new Date(),
      }).stop();
    });
    const intact = verify();
    expect(intact.stdout).toContain('审计链完整：已校验 5 条记录');
    expect(intact.status).toBe(0);

    await withDb(async (db) => {
      await db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
      await db.execute(sql`delete from audit_log where id > 3`);
      await db.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
    });
    const cut = verify();
    expect(cut.stderr).toMatch(
      /审计链校验失败：末尾的记录被删除。.* 的签名检查点记录到第 5 号记录，当前链尾为第 3 号记录/,
    );
    expect(cut.status).toBe(1);
  }, 180_000);
});
