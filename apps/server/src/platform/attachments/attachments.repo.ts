import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { attachments } from './attachments.schema.ts';

export type AttachmentRow = typeof attachments.$inferSelect;
export type NewAttachmentRow = typeof attachments.$inferInsert;

/**
 * Attachment rows. Reads are by owner or id only; the service asks the owner kind whether the
 * actor may see the owner record before answering with any row (the owner's scope is the file's).
 */
export function createAttachmentsRepo(db: Executor) {
  return {
    ofOwner: (ownerKind: string, ownerId: string) =>
      db
        .select()
        .from(attachments)
        .where(and(eq(attachments.ownerKind, ownerKind), eq(attachments.ownerId, ownerId)))
        .orderBy(asc(attachments.createdAt), asc(attachments.id)),

    one: async (id: string): Promise<AttachmentRow | undefined> =>
      (await db.select().from(attachments).where(eq(attachments.id, id)))[0],

    insert: async (row: NewAttachmentRow) => (await db.insert(attachments).values(row).returning())[0]!,

    remove: (id: string) => db.delete(attachments).where(eq(attachments.id, id)),
  };
}
