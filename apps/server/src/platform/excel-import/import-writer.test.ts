import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/test-app.ts';
import { dictItems, dictTypes } from '../dictionaries/dictionaries.schema.ts';
import { rowFormatOf, withImportWriter } from './import-writer.ts';
import { importStaging } from './imports.schema.ts';
import { encodeRows } from './row-encoding.ts';

// Both ways of writing an import, each on the database it is for: staged rows moved in one final
// transaction (PGlite), and one transaction streaming every chunk into one COPY (PostgreSQL; run
// these with scripts/with-postgres.sh).
const t = await createTestApp();
const TYPE = 'writer_test';

beforeAll(async () => {
  await t.db.insert(dictTypes).values({ code: TYPE, name: '写入测试' });
});

type Item = { type_code: string; code: string; label: string | null; sort: number };
const items = (from: number, n: number): Item[] =>
  Array.from({ length: n }, (_, i) => ({
    type_code: TYPE,
    code: `c${from + i}`,
    label: `项目${from + i}`,
    sort: from + i,
  }));

async function written(prefix = 'c') {
  const all = await t.db.select().from(dictItems).where(eq(dictItems.typeCode, TYPE));
  return all.filter((i) => i.code.startsWith(prefix));
}
const stagedCount = async () => Number((await t.db.select({ n: count() }).from(importStaging))[0]!.n);

const mode = t.database.kind;

describe(`the ${mode} import writer`, () => {
  const encoding = { format: rowFormatOf(mode), names: new Map<string, string>() };
  const run = <T>(body: Parameters<typeof withImportWriter<T>>[4]) =>
    withImportWriter(t.db, mode, dictItems, randomUUID(), body);
  /** Writes items as the import does: encoded in the writer's form, with their worksheet rows. */
  const write = (w: Parameters<Parameters<typeof run>[0]>[0], rows: Item[], rowNo = 2) => {
    const { columns, lines } = encodeRows(encoding, rows);
    return w.write(
      columns,
      lines.map((line, i) => ({ rowNo: rowNo + i, line })),
    );
  };

  it('makes every chunk visible at once with the audit record, in file order', async () => {
    await t.db.delete(dictItems).where(eq(dictItems.typeCode, TYPE));
    let seenBeforeCommit = -1;
    await run(async (w) => {
      await write(w, items(2, 3));
      await write(w, items(5, 2), 5);
      seenBeforeCommit = (await written()).length;
      await w.commit(async (tx) => {
        await tx.insert(dictItems).values({ typeCode: TYPE, code: 'audit', label: '同一事务' });
      });
    });
    // PGlite's staging keeps rows out of the table; PostgreSQL's rows sit in an open transaction
    // that this (pooled) connection cannot see.
    expect(seenBeforeCommit).toBe(0);
    const all = await written();
    expect(all.map((i) => i.code).sort()).toEqual(['c2', 'c3', 'c4', 'c5', 'c6']);
    expect(all.find((i) => i.code === 'c4')).toMatchObject({ label: '项目4', sort: 4, active: true });
    expect(await written('audit')).toHaveLength(1);
    expect(await stagedCount()).toBe(0);
  });

  it('writes every value as read: tabs, line breaks, backslashes, quotes, \\N as text, and nulls', async () => {
    await t.db.delete(dictItems).where(eq(dictItems.typeCode, TYPE));
    const labels = [
      '甲\t乙',
      '第一行\n第二行\r\n',
      'C:\\路径\\N',
      '\\N',
      '"引号"\'单引号\'',
      '\\.',
      ' 前后空格 ',
    ];
    const rows = labels.map((label, i) => ({ type_code: TYPE, code: `v${i}`, label, sort: -i }));
    await run(async (w) => {
      await write(w, rows);
      await w.commit(async () => {});
    });
    const back = new Map((await written('v')).map((i) => [i.code, i]));
    expect(labels.map((_, i) => back.get(`v${i}`)?.label)).toEqual(labels);
    expect(back.get('v3')?.sort).toBe(-3);
    // A null reaches the database as null: here the NOT NULL label refuses it, and nothing is kept.
    await expect(
      run(async (w) => {
        await write(w, [{ type_code: TYPE, code: 'null', label: null, sort: 0 }]);
        await w.commit(async () => {});
      }),
    ).rejects.toThrow();
    expect(await written('null')).toEqual([]);
  });

  it('keeps nothing when the import ends without a commit (bad rows found later)', async () => {
    await t.db.delete(dictItems).where(eq(dictItems.typeCode, TYPE));
    const answer = await run(async (w) => {
      await write(w, items(2, 10));
      await write(w, items(12, 10), 12);
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
        await write(w, items(2, 10));
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
      await write(w, items(2, 10));
      await write(w, items(12, 10), 12);
      await w.commit(async () => {});
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

  it('refuses a chunk whose columns differ from the first chunk’s, keeping nothing', async () => {
    await t.db.delete(dictItems).where(eq(dictItems.typeCode, TYPE));
    await expect(
      run(async (w) => {
        await write(w, items(2, 2));
        await w.write(['type_code', 'code'], [{ rowNo: 4, line: '' }]);
      }),
    ).rejects.toThrow('import rows changed their columns');
    expect(await written()).toEqual([]);
  });
});
