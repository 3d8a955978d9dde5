import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { auditLog } from './audit.schema.ts';

/**
 * Anchors of the audit chain outside the database. The hash chain shows a row edited or removed
 * in the middle, but not rows removed from the end: the shortened chain is still a valid chain.
 * So every server process appends signed checkpoints — "row N had hash H at time T", HMAC-SHA256
 * under a key derived from DATA_KEY — to DATA_DIR/audit/checkpoints.log and to its log, whenever
 * the chain head moved (checked every few seconds, not per request) and at shutdown.
 *
 * A checkpoint only claims that a row existed, which stays true for an intact chain however many
 * processes write: checkpoints from several processes cannot contradict each other (no false
 * alarm), and verification needs only the newest one (the chain links everything before it).
 * Someone who can delete rows but holds neither DATA_KEY nor the file and the logs cannot hide it.
 */
export interface Checkpoint {
  id: number;
  hash: string;
  at: string;
  mac: string;
}

export interface CheckpointAnchor {
  file: string;
  key: Buffer;
}

export const checkpointAnchor = (dataDir: string, dataKey: Buffer): CheckpointAnchor => ({
  file: path.join(dataDir, 'audit', 'checkpoints.log'),
  key: Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'minsheng-audit-checkpoint', 32)),
});

const mac = (key: Buffer, c: Omit<Checkpoint, 'mac'>) =>
  createHmac('sha256', key).update(`${c.id}|${c.hash}|${c.at}`).digest('hex');

async function chainHead(db: Executor) {
  const [head] = await db
    .select({ id: auditLog.id, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.id))
    .limit(1);
  return head;
}

/**
 * Writes a checkpoint when the chain head moved since this writer's last one; one indexed read
 * when it did not. `onCheckpoint` sends the same line to the process log.
 */
export function createCheckpointWriter(deps: {
  db: Executor;
  anchor: CheckpointAnchor;
  clock: () => Date;
  onCheckpoint?: (c: Checkpoint) => void;
}) {
  let lastId = 0;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<Checkpoint | null> = Promise.resolve(null);

  async function write(): Promise<Checkpoint | null> {
    const head = await chainHead(deps.db);
    if (!head || head.id === lastId) return null;
    const unsigned = { id: head.id, hash: head.hash, at: deps.clock().toISOString() };
    const c = { ...unsigned, mac: mac(deps.anchor.key, unsigned) };
    await mkdir(path.dirname(deps.anchor.file), { recursive: true, mode: 0o700 });
    // One short line per append (O_APPEND): lines of several processes never interleave.
    await appendFile(deps.anchor.file, `${JSON.stringify(c)}\n`, { mode: 0o600 });
    lastId = head.id;
    deps.onCheckpoint?.(c);
    return c;
  }

  /** One at a time: the timer and a shutdown never write concurrently. */
  const checkpoint = () => {
    running = running.then(write, write);
    return running;
  };

  return {
    checkpoint,
    start(everyMs: number, onError: (err: unknown) => void) {
      timer = setInterval(() => checkpoint().catch(onError), everyMs);
      timer.unref();
    },
    /** Stops the timer and writes a last checkpoint (call before the database closes). */
    async stop() {
      clearInterval(timer);
      await checkpoint();
    },
  };
}

export type AnchorProblem =
  | { kind: 'bad_signature'; line: number }
  | { kind: 'truncated'; checkpoint: Checkpoint; headId: number | null }
  | { kind: 'altered'; checkpoint: Checkpoint };

export interface AnchorResult {
  checkpoints: number;
  newest?: Checkpoint;
  problem?: AnchorProblem;
}

/**
 * Checks the checkpoint file against the table: every line must carry a valid signature, and the
 * row of the newest checkpoint must still be there with the same hash. A head behind it means rows
 * were removed from the end. A missing file (a fresh installation) has nothing to check.
 */
export async function verifyCheckpoints(db: Executor, anchor: CheckpointAnchor): Promise<AnchorResult> {
  let text: string;
  try {
    text = await readFile(anchor.file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { checkpoints: 0 };
    throw err;
  }
  let newest: Checkpoint | undefined;
  const lines = text.split('\n');
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() === '') continue;
    let c: Checkpoint;
    try {
      c = JSON.parse(lines[i]!) as Checkpoint;
    } catch {
      return { checkpoints: count, problem: { kind: 'bad_signature', line: i + 1 } };
    }
    const expected = Buffer.from(mac(anchor.key, c), 'hex');
    const given = Buffer.from(String(c.mac), 'hex');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return { checkpoints: count, problem: { kind: 'bad_signature', line: i + 1 } };
    }
    count++;
    if (!newest || c.id > newest.id) newest = c;
  }
  if (!newest) return { checkpoints: 0 };
  const [row] = await db.select({ hash: auditLog.hash }).from(auditLog).where(eq(auditLog.id, newest.id));
  if (row?.hash === newest.hash) return { checkpoints: count, newest };
  if (row) return { checkpoints: count, newest, problem: { kind: 'altered', checkpoint: newest } };
  const head = await chainHead(db);
  const headId = head?.id ?? null;
  return {
    checkpoints: count,
    newest,
    // A head past the checkpoint with its row gone is a removal in the middle: the chain shows it.
    problem:
      headId !== null && headId > newest.id
        ? { kind: 'altered', checkpoint: newest }
        : { kind: 'truncated', checkpoint: newest, headId },
  };
}
