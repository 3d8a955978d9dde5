import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../db/client.ts';
import { withDb } from './global-setup.ts';

/** A fresh, migrated database for one test file, cloned from the run's template. */
export async function createTestDatabase(): Promise<Database & { url?: string }> {
  const t = inject('dbTemplate');
  if (t.kind === 'pglite') {
    const client = await PGlite.create({ loadDataDir: new Blob([readFileSync(t.file)]) });
    return openDatabase({ dataDir: tmpdir(), pglite: client });
  }
  const name = `minsheng_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: t.url });
  await admin.connect();
  await admin.query(`create database ${name} template ${t.template}`);
  const url = withDb(t.url, name);
  const database = await openDatabase({ databaseUrl: url, dataDir: tmpdir() });
  return {
    ...database,
    url,
    async close() {
      await database.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
