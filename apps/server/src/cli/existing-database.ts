import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadDatabaseLocation } from '../config.ts';
import type { Database } from '../db/client.ts';

/**
 * Runs `fn` on the database the server uses, when there is one (DATABASE_URL, or an embedded
 * database already created in DATA_DIR). Otherwise, or when reading fails, it says so on stderr and
 * answers null, creating and migrating nothing. For console commands that read the database only
 * for the bureau's own entries and can answer on the packaged data without them.
 */
export async function withExistingDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T | null> {
  const { databaseUrl, dataDir } = loadDatabaseLocation();
  if (!databaseUrl && !existsSync(path.join(dataDir, 'pglite'))) {
    console.error(`未找到数据库（未设置 DATABASE_URL，${dataDir} 中也没有内置数据库），按内置数据计算`);
    return null;
  }
  const { openDatabase } = await import('../db/client.ts');
  try {
    const database = await openDatabase({ databaseUrl, dataDir });
    try {
      return await fn(database);
    } finally {
      await database.close();
    }
  } catch (err) {
    // drizzle wraps the driver's error (e.g. a table a newer version adds) in "Failed query: …"
    const reason = ((err as Error).cause as Error | undefined)?.message ?? (err as Error).message;
    console.error(`无法读取数据库（${reason}；结构不是最新时请先运行 minsheng migrate），按内置数据计算`);
    return null;
  }
}
