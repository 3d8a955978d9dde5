import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp, secondInstance, testConfig } from '../../test/test-app.ts';
import { systemActor } from '../access/actor.ts';
import { recordAudit } from './audit.service.ts';
import { checkpointAnchor, createCheckpointWriter } from './audit-checkpoint.ts';
import { verifyAuditTrail } from './audit-trail.ts';

const t = await createTestApp();
// A second connection pool on PostgreSQL: a second server process writing and checkpointing.
const { db: second } = await secondInstance(t);
const actor = systemActor(t.city.city.id, t.city.city.path);
const write = (db: typeof t.db, n: number) =>
  db.transaction((tx) => recordAudit(tx, actor, { action: 'test.checkpoint', detail: { n } }));

function freshAnchor() {
  const dir = mkdtempSync(path.join(tmpdir(), 'minsheng-anchor-'));
  return checkpointAnchor(dir, testConfig().dataKey);
}
const writerOn = (db: typeof t.db, anchor: ReturnType<typeof freshAnchor>) =>
  createCheckpointWriter({ db, anchor, clock: () => new Date() });

/** Removes the newest `n` rows as someone with database access would (past the append-only trigger). */
async function deleteNewest(n: number) {
  await t.db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
  await t.db.execute(
    sql`delete from audit_log where id in (select id from audit_log order by id desc limit ${n})`,
  );
  await t.db.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
}

describe('signed checkpoints of the audit chain', () => {
  it('raise no false alarm with two processes writing and checkpointing at once', async () => {
    const anchor = freshAnchor();
    const a = writerOn(t.db, anchor);
    const b = writerOn(second, anchor);
    await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        await write(i % 2 ? t.db : second, i);
        await (i % 2 ? a : b).checkpoint();
      }),
    );
    await Promise.all([a.stop(), b.stop()]);
    const r = await verifyAuditTrail(t.db, anchor);
    expect(r.message).toMatch(/^审计链完整/);
    expect(r.ok).toBe(true);
    expect(r.anchor.checkpoints).toBeGreaterThan(1);
  });

  it('detect the newest rows deleted, also once new rows were written after them', async () => {
    const anchor = freshAnchor();
    const writer = writerOn(t.db, anchor);
    for (let i = 0; i < 3; i++) await write(t.db, i);
    const c = await writer.checkpoint();
    await deleteNewest(2);
    const cut = await verifyAuditTrail(t.db, anchor);
    expect(cut.chain.ok).toBe(true); // the chain alone cannot tell
    expect(cut.ok).toBe(false);
    expect(cut.message).toContain(`末尾的记录被删除`);
    expect(cut.message).toContain(`记录到第 ${c!.id} 号记录，当前链尾为第 ${c!.id - 2} 号记录`);
    await write(t.db, 99);
    const covered = await verifyAuditTrail(t.db, anchor);
    expect(covered.ok).toBe(false);
    expect(covered.message).toContain(`签名检查点中的第 ${c!.id} 号记录`);
  });

  it('refuse a checkpoint line that was edited', async () => {
    const anchor = freshAnchor();
    await write(t.db, 1);
    await writerOn(t.db, anchor).checkpoint();
    const line = JSON.parse(readFileSync(anchor.file, 'utf8'));
    writeFileSync(anchor.file, `${JSON.stringify({ ...line, id: line.id - 1 })}\n`);
    const r = await verifyAuditTrail(t.db, anchor);
    expect(r.ok).toBe(false);
    expect(r.message).toContain('审计检查点文件第 1 行签名无效');
  });
});
