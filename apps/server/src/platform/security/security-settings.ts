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
  /** Absolute lifetime of a session, however active: signed out this many hours after login. */
  sessionMaxHours: z.number().int().min(1).max(24),
  /** Failed logins (passwords and codes) from one address within `lockoutMinutes` before it waits. */
  addressFailureLimit: z.number().int().min(10).max(200),
  adminMfaRequired: z.boolean(),
});
export type SecuritySettings = z.infer<typeof SecuritySettings>;

/**
 * What an administrator may save: every value within the level-3 floors, and administrators'
 * second factor cannot be switched off (the stored value stays a boolean so that tests and a
 * recovery by database access can still turn it off).
 */
export const SecuritySettingsEdit = SecuritySettings.extend({
  adminMfaRequired: z.literal(true, { error: '等保三级要求管理员必须使用双因素认证，不能关闭' }),
});

/** GB/T 22239-2019 level 3 defaults; the floors in the schema keep an edit from going below the bar. */
export const defaultSecuritySettings: SecuritySettings = {
  passwordMinLength: 8,
  passwordMinClasses: 3,
  lockoutThreshold: 5,
  lockoutMinutes: 15,
  idleTimeoutMinutes: 30,
  sessionMaxHours: 12,
  addressFailureLimit: 20,
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
