import { eq } from 'drizzle-orm';
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

/** Read on every use (one indexed row), so an edit takes effect in every server process at once. */
export async function loadSecuritySettings(db: Executor): Promise<SecuritySettings> {
  const [row] = await db.select().from(settings).where(eq(settings.key, KEY));
  return row
    ? SecuritySettings.parse({ ...defaultSecuritySettings, ...(row.value as object) })
    : defaultSecuritySettings;
}

export async function saveSecuritySettings(db: Executor, value: SecuritySettings): Promise<void> {
  await db
    .insert(settings)
    .values({ key: KEY, value })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } });
}
