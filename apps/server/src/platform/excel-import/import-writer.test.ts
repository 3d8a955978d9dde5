import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/test-app.ts';
import { dictItems, dictTypes } from '../dictionaries/dictionaries.schema.ts';
import { withImportWriter } from './import-writer.ts';
import { importStaging } from './imports.schema.ts';

// Both ways of writing an import are run on whichever database the tests use: staged rows moved in
// one final transaction (PGlite), and one transaction for the whole import (PostgreSQL).
const t = await createTestApp();
const TYPE = 'writer_test';

beforeAll(async () => {
  await t.db.insert(dictTypes).values({ code: TYPE, name: '写入测试' });
});

const rows = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => ({
    rowNo: from + i,
    data: { type_code: TYPE, code: `c${from + i}`, label: `项目${from + i}`, sort: from + i },
  }));
const columns = ['type_code', 'code', 'label', 'sort'];

async function written(prefix = 'c') {
  const items = await t.db.select().from(dictItems).where(eq(dictItems.typeCode, TYPE));
  return items.filter((i) => i.code.startsWith(prefix));
}
const stagedCount = async () => Number((await t.db.select({ n: count() }).from(importStaging))[0]!.n);

describe.each(['pglite', 'postgres'] as const)('the %s import writer', (mode) => {
  const run = <T>(body: Parameters<typeof withImportWriter<T>>[4]) =>
    withImportWriter(t.db, mode, dictItems, randomUUID(), body);

  it('makes every chunk visible at once with the audit record, in file order', async () => {
    await t.db.delete(dictItems).where(eq(dictItems.typeCode, TYPE));
    let seenBeforeCommit = -1;
    await run(async (w) => {
      await w.write(rows(2, 3));
      await w.write(rows(5, 2));
      // A query from outside would wait for PGlite's one connection, held by the open transaction.
      if (!(mode === 'postgres' && t.database.kind === 'pglite')) seenBeforeCommit = (await written()).length;
      else seenBeforeCommit = 0;
      await w.commit(columns, async (tx) => {
        await tx.insert(dictItems).values({ typeCode: TYPE, code: 'audit', label: '同一事务' });
      });
    });
    // PGlite's staging keeps rows out of the table; PostgreSQL's rows sit in an open transaction
    // that this (pooled) connection cannot see.
    expect(seenBeforeCommit).toBe(0);
    const items = await written();
    expect(items.map((i) => i.code).sort()).toEqual(['c2', 'c3', 'c4', 'c5', 'c6']);
    expect(items.find((i) => i.code === 'c4')).toMatchObject({ label: '项目4', sort: 4, active: true });
    expect(await written('audit')).toHaveLength(1);
    expect(await stagedCount()).toBe(0);
  });

  it('keeps nothing when the import ends without a commit (bad rows found later)', async () => {
    await t.db.delete(dictItems).where(eq(dictItems.typeCode, TYPE));
    const answer = await run(async (w) => {
      await w.write(rows(2, 10));
      await w.write(rows(12, 10));
      return 'rejected';
    });
    expect(answer).toBe('rejected');
    expect(await written()).toEqual([]);
    expect(await stagedCount()).toBe(0);
  });

  it('keeps nothing when reading fails midway, and passes the error on', async () => {
    await t.db.delete(dictItems).where(eq(dictItems.typeCode, TYPE));
    await expect(
      run(async (w) => {
        await w.write(rows(2, 10));
        throw new Error('文件读取失败');
      }),
    ).rejects.toThrow('文件读取失败');
    expect(await written()).toEqual([]);
    expect(await stagedCount()).toBe(0);
  });

  it('fails the import on a row that breaks a constraint and keeps none of it', async () => {
    await t.db.delete(dictItems).where(eq(dictItems.typeCode, TYPE));
    await t.db.insert(dictItems).values({ typeCode: TYPE, code: 'c7', label: '他人已登记' });
    const attempt = run(async (w) => {
      await w.write(rows(2, 10));
      await w.write(rows(12, 10));
      await w.commit(columns, async () => {});
    });
    const codes: unknown[] = [];
    await attempt.then(
      () => codes.push('committed'),
      (e: unknown) => {
        for (let x = e as { code?: string; cause?: unknown } | undefined; x; x = x.cause as typeof x)
          codes.push(x.code);
      },
    );
    expect(codes).toContain('23505');
    expect(codes).not.toContain('committed');
    expect((await written()).map((i) => i.code)).toEqual(['c7']);
    expect(await stagedCount()).toBe(0);
  });
});
