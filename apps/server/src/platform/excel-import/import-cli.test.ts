import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { seedReferenceData } from '../../bootstrap.ts';
import { openDatabase } from '../../db/client.ts';
import { migrate } from '../../db/migrate.ts';
import { persons } from '../../modules/registry/persons/persons.schema.ts';
import { seedTestCity } from '../../test/fixtures.ts';
import { writePersonsFile } from './import-fixtures.ts';
import { importStaging } from './imports.schema.ts';

const bin = path.resolve(import.meta.dirname, '../../../bin/minsheng.mjs');
const dir = mkdtempSync(path.join(tmpdir(), 'minsheng-import-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ROWS = 20_000;
/**
 * Killed once this many rows were read: chunks are checked up to four ahead of the one being
 * written, so by then at least one chunk of 1 000 rows has certainly been staged.
 */
const KILL_AT = 6_000;

// The CLI runs on its own embedded database in a temporary DATA_DIR, with a fixed data key.
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATA_DIR: dir,
  DATA_KEY: Buffer.alloc(32, 9).toString('base64'),
  LOG_LEVEL: 'silent',
};
delete env.DATABASE_URL;

async function withDb<T>(fn: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>): Promise<T> {
  const database = await openDatabase({ dataDir: dir });
  try {
    await migrate(database);
    return await fn(database.db);
  } finally {
    await database.close();
  }
}

const counts = () =>
  withDb(async (db) => ({
    persons: Number((await db.select({ n: count() }).from(persons))[0]!.n),
    staged: Number((await db.select({ n: count() }).from(importStaging))[0]!.n),
  }));

/** Runs the CLI; `killAt` sends SIGKILL once the progress line shows that many rows read. */
function runCli(file: string, killAt?: number) {
  return new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>(
    (resolve) => {
      const child = spawn(process.execPath, [bin, 'import', 'persons', file], { env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => {
        stdout += d;
      });
      child.stderr.on('data', (d) => {
        stderr += d;
        const read = [...stderr.matchAll(/已读取 (\d+) 行 \| 校验/g)].map((m) => Number(m[1]));
        if (killAt !== undefined && read.some((n) => n >= killAt)) child.kill('SIGKILL');
      });
      child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr }));
    },
  );
}

describe('minsheng import (CLI)', () => {
  it('leaves the database as it was when killed halfway, then imports everything when run again', async () => {
    await withDb(async (db) => {
      await seedReferenceData(db);
      await seedTestCity(db);
    });
    const file = path.join(dir, 'big.xlsx');
    await writePersonsFile(file, ROWS);

    const killed = await runCli(file, KILL_AT);
    expect(killed.signal).toBe('SIGKILL');
    const after = await counts();
    expect(after.persons).toBe(0);
    // It had staged rows (it was really writing) — none reached the persons table.
    expect(after.staged).toBeGreaterThan(0);

    const done = await runCli(file);
    expect(done.stderr).not.toContain('错误');
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(
      new RegExp(`导入完成（[\\d.]+ 秒）：共 ${ROWS} 行，新增 ${ROWS} 条，已存在且相同 0 条`),
    );
    expect((await counts()).persons).toBe(ROWS);
  }, 900_000);
});
