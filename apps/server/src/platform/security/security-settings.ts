import { eq, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../db/client.ts';
import { settings } from './security.schema.ts';

export const SecuritySettings = z.object({
  passwordMinLength: z.number().int().min(8).max(64),
  passwordMinClasses: z.number().int().min(3).max(4),
  lockoutThreshold: z.number().int().min(3).max(10),
  lockoutMinutes: z.number().int().min(5).max(1440),
  idleTimeoutMinutes: z.number().int().min(5).max(120),
  adminMfaRequired: z.boolean(),
});
export type SecuritySettings = z.infer<typeof SecuritySettings>;

/** GB/T 22239-2019 level 3 defaults; the floors in the schema keep an edit from going below the bar. */
export const defaultSecuritySettings: SecuritySettings = {
  passwordMinLength: 8,
  passwordMinClasses: 3,
  lockoutThreshold: 5,
  lockoutMinutes: 15,
  idleTimeoutMinutes: 30,
  adminMfaRequired: true,
};

const KEY = 'security';

/** The stored value (or null) merged over the defaults. */
export const parseSecuritySettings = (value: unknown): SecuritySettings =>
  value
    ? SecuritySettings.parse({ ...defaultSecuritySettings, ...(value as object) })
    : defaultSecuritySettings;

/**
 * The stored value as a scalar subquery, for queries that need the settings along with other rows
 * (the per-request session check reads them in its one round trip). Never cached in memory: an edit
 * takes effect in every server process at once.
 */
export const storedSecuritySettings: SQL<unknown> = sql`(select ${settings.value} from ${settings} where ${settings.key} = ${KEY})`;

/** Read on every use (one indexed row), so an edit takes effect in every server process at once. */
export async function loadSecuritySettings(db: Executor): Promise<SecuritySettings> {
  const [row] = await db.select().from(settings).where(eq(settings.key, KEY));
  return parseSecuritySettings(row?.value);
}

export async function saveSecuritySettings(db: Executor, value: SecuritySettings): Promise<void> {
  await db
    .insert(settings)
    .values({ key: KEY, value })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } });
}
