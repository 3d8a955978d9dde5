import { asc, count, desc, gt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import type { Actor } from '../access/actor.ts';
import { sha256 } from '../crypto.ts';
import { auditLog } from './audit.schema.ts';
import { canonicalJson } from './canonical-json.ts';

export interface AuditEntry {
  action: string;
  targetType?: string;
  targetId?: string | number;
  detail?: Record<string, unknown>;
}

type ChainedFields = Omit<typeof auditLog.$inferSelect, 'id' | 'hash'>;

const GENESIS = '0'.repeat(64);
const AUDIT_LOCK = 727275;

function rowHash(row: ChainedFields): string {
  return sha256(
    canonicalJson({
      at: row.at.toISOString(),
      userId: row.userId,
      username: row.username,
      orgId: row.orgId,
      action: row.action,
      targetType: row.targetType,
      targetId: row.targetId,
      ip: row.ip,
      detail: row.detail,
      prevHash: row.prevHash,
    }),
  );
}

/**
 * Appends one audit row, chained to the previous one. Call it with the transaction that makes the
 * change, so the change and its record commit together or not at all. The advisory lock serialises
 * writers across server processes, keeping the chain linear.
 */
export async function recordAudit(tx: Executor, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  const row: ChainedFields = {
    at: new Date(),
    userId: actor.userId,
    username: actor.username,
    orgId: actor.orgId,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId === undefined ? null : String(entry.targetId),
    ip: actor.ip,
    detail: entry.detail ? (JSON.parse(JSON.stringify(entry.detail)) as Record<string, unknown>) : null,
    prevHash: last?.hash ?? GENESIS,
  };
  await tx.insert(auditLog).values({ ...row, hash: rowHash(row) });
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  brokenAtId?: number;
}

export interface VerifyOptions {
  batchSize?: number;
  /** Called after each batch with rows checked so far and the row count at the start. */
  onProgress?: (checked: number, total: number) => Promise<void>;
}

/** Walks the whole chain in id order, recomputing every hash. */
export async function verifyAuditChain(db: Executor, opts: VerifyOptions = {}): Promise<VerifyResult> {
  const batchSize = opts.batchSize ?? 5000;
  const [{ total }] = (await db.select({ total: count() }).from(auditLog)) as [{ total: number }];
  let prev = GENESIS;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.id, lastId))
      .orderBy(asc(auditLog.id))
      .limit(batchSize);
    if (rows.length === 0) return { ok: true, checked };
    for (const r of rows) {
      if (r.prevHash !== prev || rowHash(r) !== r.hash) return { ok: false, checked, brokenAtId: r.id };
      prev = r.hash;
      lastId = r.id;
      checked++;
    }
    await opts.onProgress?.(checked, Math.max(total, checked));
  }
}
