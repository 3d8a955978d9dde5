import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../../db/client.ts';
import { settings } from '../../../platform/security/security.schema.ts';

/**
 * The bureau's settings for designating training institutions. The seeds require a public notice
 * before designation ("条件公开、平等竞争、合理布局、择优认定、社会公示和公布", 000 第五篇 (八);
 * 003 (三) "对定点培训机构和培训项目进行公告和公示") but name neither the notice period nor the
 * length of a designation, so both are the bureau's to set:
 * - `noticeWorkingDays`: 5 working days by default, the platform's default notice period of case
 *   types (case-type-defaults.ts), counted by the same rule (first and last day included);
 * - `validityYears`: 2 years by default, so that every designation comes up again after two yearly
 *   evaluations (年度考评) and the selection stays open and competitive (条件公开、平等竞争).
 */
export const InstitutionSettings = z.object({
  noticeWorkingDays: z.number().int().min(1).max(30),
  validityYears: z.number().int().min(1).max(5),
});
export type InstitutionSettings = z.infer<typeof InstitutionSettings>;

export const defaultInstitutionSettings: InstitutionSettings = { noticeWorkingDays: 5, validityYears: 2 };

const KEY = 'training.institutions';

/** Read on every use (one indexed row), so an edit takes effect in every server process at once. */
export async function loadInstitutionSettings(db: Executor): Promise<InstitutionSettings> {
  const [row] = await db.select().from(settings).where(eq(settings.key, KEY));
  return row
    ? InstitutionSettings.parse({ ...defaultInstitutionSettings, ...(row.value as object) })
    : defaultInstitutionSettings;
}

export async function saveInstitutionSettings(db: Executor, value: InstitutionSettings): Promise<void> {
  await db
    .insert(settings)
    .values({ key: KEY, value })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } });
}
