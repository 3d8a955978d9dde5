import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import {
  recruitedWorkers,
  recruitmentResults,
} from '../modules/assessment/recruitment/recruitment.schema.ts';
import { localAttachmentStorage } from '../platform/attachments/attachment-storage.ts';
import { attachments } from '../platform/attachments/attachments.schema.ts';
import { createFieldCipher } from '../platform/crypto.ts';
import { TEST_NOW, TEST_TODAY } from '../test/test-clock.ts';
import { createTestDatabase } from '../test/test-db.ts';
import { loadDemoCity } from './demo-city.ts';

const dir = await mkdtemp(path.join(tmpdir(), 'minsheng-demo-files-'));
const database = await createTestDatabase();
afterAll(() => database.close());
const demo = await loadDemoCity(database.db, createFieldCipher(Buffer.alloc(32, 7)), {
  today: TEST_TODAY,
  now: TEST_NOW,
  attachmentStorage: localAttachmentStorage(dir),
});

describe('the demo’s recruitment assessment', () => {
  it('has the towns and the seed’s 19 departments with a scored, still open year', async () => {
    expect(demo.recruitment).toMatchObject({ year: 2026 });
    expect(demo.recruitment!.units).toBeGreaterThan(19);
    const [result] = await database.db.select().from(recruitmentResults);
    expect(result).toMatchObject({ year: 2026, publishedAt: null });
  });

  it('checks only workers with all five documents on file, and keeps their files', async () => {
    const rows = await database.db.select().from(recruitedWorkers);
    expect(rows.length).toBe(demo.recruitment!.workers);
    expect(rows.filter((w) => w.status === 'verified').length).toBeGreaterThan(0);
    for (const w of rows.filter((x) => x.status === 'verified')) {
      const files = await database.db.select().from(attachments).where(eq(attachments.ownerId, w.id));
      expect(new Set(files.map((f) => f.category)).size).toBe(5);
    }
    expect(rows.some((w) => w.status === 'draft')).toBe(true);
    const stored = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
    expect(stored.length).toBe((await database.db.select().from(attachments)).length);
  });
});
