import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { users } from '../../platform/access/access.schema.ts';
import { deploymentJurisdictions, policyDocumentSettings } from './deployment.schema.ts';

export type JurisdictionRow = typeof deploymentJurisdictions.$inferSelect;
export type DocumentSettingRow = typeof policyDocumentSettings.$inferSelect;

/** Deployment-wide settings: no organisation owns them, so no data scope applies. */
export function createDeploymentRepo(db: Executor) {
  return {
    jurisdictions: () => db.select().from(deploymentJurisdictions).orderBy(asc(deploymentJurisdictions.code)),
    documentSettings: () =>
      db
        .select({ setting: policyDocumentSettings, setByName: users.displayName })
        .from(policyDocumentSettings)
        .leftJoin(users, eq(users.id, policyDocumentSettings.setBy)),
    async replaceJurisdictions(rows: JurisdictionRow[]) {
      await db.delete(deploymentJurisdictions);
      if (rows.length > 0) await db.insert(deploymentJurisdictions).values(rows);
    },
    async document(id: string): Promise<DocumentSettingRow | undefined> {
      return (
        await db.select().from(policyDocumentSettings).where(eq(policyDocumentSettings.documentId, id))
      )[0];
    },
    async saveDocument(row: DocumentSettingRow) {
      await db
        .insert(policyDocumentSettings)
        .values(row)
        .onConflictDoUpdate({ target: policyDocumentSettings.documentId, set: row });
    },
  };
}
