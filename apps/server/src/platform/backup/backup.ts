import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { type Db, type Executor, queryRows } from '../../db/client.ts';
import { tablesInDependencyOrder } from './table-order.ts';

const FORMAT = 'minsheng-backup/1';
const CHUNK = 2000;
const MIGRATIONS_TABLE = '__drizzle_migrations';

type Line =
  | { type: 'header'; format: string; createdAt: string; tables: string[]; keyCheck: string }
  | { type: 'rows'; table: string; rows: unknown[] }
  | { type: 'end'; counts: Record<string, number> };

const ident = (name: string) => sql.raw(`"${name.replace(/"/g, '""')}"`);

/**
 * Writes the whole database as gzipped JSON lines, read inside one REPEATABLE READ transaction so
 * that every table is from the same instant. Rows are paged by ctid (stable within a snapshot) and
 * streamed out, so memory does not grow with the database.
 */
export interface BackupOptions {
  /**
   * A fingerprint of the data key (never the key): encrypted fields are only readable with the
   * key they were written with, so a restore under another key is refused.
   */
  keyCheck: string;
  onTable?: (table: string, rows: number) => void;
}

export async function backupDatabase(db: Db, file: string, opts: BackupOptions) {
  const { onTable } = opts;
  const out = new PassThrough();
  const done = pipeline(out, createGzip(), createWriteStream(file));
  const write = async (line: Line) => {
    if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
  };
  const counts: Record<string, number> = {};
  try {
    await db.transaction(
      async (tx) => {
        const tables = (await tablesInDependencyOrder(tx)).filter((t) => t !== MIGRATIONS_TABLE);
        await write({
          type: 'header',
          format: FORMAT,
          createdAt: new Date().toISOString(),
          tables,
          keyCheck: opts.keyCheck,
        });
        for (const table of tables) {
          let after = '(0,0)';
          let n = 0;
          for (;;) {
            const rows = await queryRows<{ ctid: string; row: unknown }>(
              tx,
              sql`select ctid::text as ctid, row_to_json(t) as row from ${ident(table)} t where t.ctid > ${after}::tid order by t.ctid limit ${CHUNK}`,
            );
            if (rows.length === 0) break;
            await write({ type: 'rows', table, rows: rows.map((r) => r.row) });
            n += rows.length;
            after = rows[rows.length - 1]!.ctid;
          }
          counts[table] = n;
          onTable?.(table, n);
        }
        await write({ type: 'end', counts });
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    out.end();
  } catch (err) {
    out.destroy(err as Error);
    throw err;
  } finally {
    await done.catch(() => undefined);
  }
  return counts;
}

export class RestoreError extends Error {}

/**
 * Loads a backup into a migrated database that holds no users yet (a fresh install), in one
 * transaction: a failed restore leaves the database as it was. Sequences are moved past the
 * restored ids afterwards.
 */
export async function restoreDatabase(db: Db, file: string, opts: BackupOptions) {
  const { onTable } = opts;
  const counts: Record<string, number> = {};
  await db.transaction(async (tx) => {
    const [{ n }] = (await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from users`)) as [
      { n: number },
    ];
    if (n > 0) throw new RestoreError('目标数据库不是空库（已有用户），为防止覆盖数据，拒绝恢复');
    // Reference data seeded at start-up is replaced by the backup's own copy.
    for (const t of (await tablesInDependencyOrder(tx)).reverse()) {
      if (t !== MIGRATIONS_TABLE) await tx.execute(sql`truncate ${ident(t)} cascade`);
    }
    let header: Extract<Line, { type: 'header' }> | null = null;
    let ended = false;
    // Opened only now: lines read before the loop starts iterating would be lost.
    const input = createInterface({
      input: createReadStream(file).pipe(createGunzip()),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    for await (const text of input) {
      if (!text.trim()) continue;
      const line = JSON.parse(text) as Line;
      if (line.type === 'header') {
        if (line.format !== FORMAT) throw new RestoreError(`不支持的备份格式：${line.format}`);
        if (line.keyCheck !== opts.keyCheck) {
          throw new RestoreError(
            '备份使用的数据密钥（DATA_KEY）与本机不同：恢复后证件号码等加密字段将无法解密。请使用原系统的 DATA_KEY（或复制原数据目录下的 secrets/data-key）后再恢复',
          );
        }
        header = line;
      } else if (line.type === 'rows') {
        if (!header?.tables.includes(line.table))
          throw new RestoreError(`备份文件损坏：未知的表 ${line.table}`);
        await tx.execute(
          sql`insert into ${ident(line.table)} select * from json_populate_recordset(null::${ident(line.table)}, ${JSON.stringify(line.rows)}::json)`,
        );
        counts[line.table] = (counts[line.table] ?? 0) + line.rows.length;
      } else {
        for (const [table, expected] of Object.entries(line.counts)) {
          if ((counts[table] ?? 0) !== expected)
            throw new RestoreError(`备份文件不完整：表 ${table} 应有 ${expected} 行`);
          onTable?.(table, expected);
        }
        ended = true;
      }
    }
    if (!header || !ended) throw new RestoreError('备份文件不完整（缺少文件头或结束标记）');
    await resetSequences(tx);
  });
  return counts;
}

/** Moves every serial/identity sequence past the largest restored value. */
async function resetSequences(tx: Executor) {
  const seqs = await queryRows<{ seq: string; tbl: string; col: string }>(
    tx,
    sql`
      select s.relname as seq, t.relname as tbl, a.attname as col
      from pg_class s join pg_depend d on d.objid = s.oid and d.deptype in ('a', 'i')
      join pg_class t on t.oid = d.refobjid join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
      join pg_namespace n on n.oid = s.relnamespace
      where s.relkind = 'S' and n.nspname = 'public'`,
  );
  for (const s of seqs) {
    await tx.execute(
      sql`select setval(${s.seq}::regclass, coalesce((select max(${ident(s.col)}) from ${ident(s.tbl)}), 0) + 1, false)`,
    );
  }
}
