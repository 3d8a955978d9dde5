import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { openMigratedDatabase } from '../db/open-configured.ts';

/** Runs a command against the configured, migrated database and always closes it. */
export async function withDatabase<T>(config: Config, fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await openMigratedDatabase(config);
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

/** Prints a Chinese error for a command that failed on bad input, and sets a failing exit code. */
export function fail(message: string): never {
  console.error(`错误：${message}`);
  process.exit(1);
}
