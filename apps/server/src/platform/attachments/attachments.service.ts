import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../access/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { invalid, notFound } from '../errors.ts';
import type { AttachmentOwners } from './attachment-owners.ts';
import type { AttachmentStorage } from './attachment-storage.ts';
import { attachmentTypes, detectAttachmentType, formatSize, tooLarge } from './attachment-types.ts';
import { type AttachmentRow, createAttachmentsRepo } from './attachments.repo.ts';

export interface UploadInput {
  ownerKind: string;
  ownerId: string;
  category?: string | undefined;
  fileName: string;
  /** the MIME type the client declared (checked against the content) */
  declaredType?: string | undefined;
  content: Buffer;
}

/** What callers see of a file: never the storage key. */
export const attachmentView = (r: AttachmentRow) => ({
  id: r.id,
  ownerKind: r.ownerKind,
  ownerId: r.ownerId,
  category: r.category,
  fileName: r.fileName,
  sizeBytes: r.sizeBytes,
  mimeType: r.mimeType,
  sha256: r.sha256,
  uploadedBy: r.uploadedBy,
  createdAt: r.createdAt,
});
export type AttachmentView = ReturnType<typeof attachmentView>;

/** A client's file name reduced to its last path part, without control characters, at most 200 chars. */
export function cleanFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return clean.slice(-200) || '附件';
}

const sha256Of = (content: Buffer) => createHash('sha256').update(content).digest('hex');
/** `ab/<uuid>`: spreads files over folders; a new key for every stored file. */
const newStorageKey = () => {
  const id = randomUUID();
  return `${id.slice(0, 2)}/${id}`;
};

export function createAttachmentsService(deps: {
  db: Db;
  storage: AttachmentStorage;
  owners: AttachmentOwners;
  maxBytes: number;
  /** where a failed clean-up is reported (ids only) */
  onOrphan?: (storageKey: string, err: unknown) => void;
}) {
  const { db, storage, owners, maxBytes } = deps;
  const repo = createAttachmentsRepo(db);

  const ownerOf = (kind: string) => {
    const owner = owners.get(kind);
    if (!owner) throw notFound('附件所属记录');
    return owner;
  };
  const readable = async (actor: Actor, kind: string, ownerId: string) => {
    if (!(await ownerOf(kind).canRead(actor, ownerId))) throw notFound('附件所属记录');
  };
  /** The row when the actor may read its owner; otherwise 404, as if it did not exist. */
  const visibleRow = async (actor: Actor, id: string) => {
    const row = await repo.one(id);
    const owner = row && owners.get(row.ownerKind);
    if (!row || !owner || !(await owner.canRead(actor, row.ownerId))) throw notFound('附件');
    return row;
  };
  const discard = (key: string) => storage.remove(key).catch((err: unknown) => deps.onOrphan?.(key, err));

  return {
    limits: () => ({
      maxBytes,
      maxSizeLabel: formatSize(maxBytes),
      types: attachmentTypes.map(({ mime, ext, label }) => ({ mime, ext, label })),
    }),

    async list(actor: Actor, ownerKind: string, ownerId: string) {
      await readable(actor, ownerKind, ownerId);
      return { items: (await repo.ofOwner(ownerKind, ownerId)).map(attachmentView) };
    },

    async get(actor: Actor, id: string) {
      return attachmentView(await visibleRow(actor, id));
    },

    /**
     * Stores the bytes completely first, then records the row and its audit entry in one
     * transaction; if that fails, the bytes are removed again, so there is neither a row without
     * a file nor (short of a crash between the two) a file without a row.
     */
    async upload(actor: Actor, input: UploadInput) {
      const owner = ownerOf(input.ownerKind);
      const org = await owner.canWrite(actor, input.ownerId);
      if (!org) {
        if (await owner.canRead(actor, input.ownerId)) throw invalid(`该${owner.label}当前不能添加附件`);
        throw notFound('附件所属记录');
      }
      if (owner.categories && !(input.category && input.category in owner.categories)) {
        const names = Object.values(owner.categories).join('、');
        throw invalid(`请选择附件用途：${names}`);
      }
      if (!owner.categories && input.category) throw invalid(`${owner.label}的附件不分用途`);
      if (input.content.length === 0) throw invalid('文件是空的，请重新选择');
      if (input.content.length > maxBytes) throw tooLarge(maxBytes);
      const type = await detectAttachmentType(input.content, input.declaredType);
      const sha256 = sha256Of(input.content);
      const storageKey = newStorageKey();
      await storage.put(storageKey, input.content, sha256);
      try {
        return await db.transaction(async (tx) => {
          const row = await createAttachmentsRepo(tx).insert({
            ownerKind: input.ownerKind,
            ownerId: input.ownerId,
            category: input.category ?? null,
            orgId: org.orgId,
            orgPath: org.orgPath,
            uploadedBy: actor.userId,
            fileName: cleanFileName(input.fileName),
            sizeBytes: input.content.length,
            mimeType: type.mime,
            sha256,
            storageKey,
          });
          await recordAudit(tx, actor, {
            action: 'attachment.upload',
            targetType: 'attachment',
            targetId: row.id,
            detail: {
              ownerKind: row.ownerKind,
              ownerId: row.ownerId,
              category: row.category,
              sizeBytes: row.sizeBytes,
              mimeType: row.mimeType,
              sha256,
            },
          });
          return attachmentView(row);
        });
      } catch (err) {
        await discard(storageKey);
        throw err;
      }
    },

    /** The file's bytes, after the owner's read check; every download is audited (ids only). */
    async download(actor: Actor, id: string): Promise<{ view: AttachmentView; content: Readable }> {
      const row = await visibleRow(actor, id);
      const content = await storage.read(row.storageKey);
      try {
        await db.transaction((tx) =>
          recordAudit(tx, actor, {
            action: 'attachment.download',
            targetType: 'attachment',
            targetId: row.id,
            detail: { ownerKind: row.ownerKind, ownerId: row.ownerId },
          }),
        );
      } catch (err) {
        content.destroy();
        throw err;
      }
      return { view: attachmentView(row), content };
    },

    async remove(actor: Actor, id: string) {
      const row = await visibleRow(actor, id);
      const owner = ownerOf(row.ownerKind);
      if (!(await owner.canWrite(actor, row.ownerId))) throw invalid(`该${owner.label}当前不能删除附件`);
      await db.transaction(async (tx) => {
        await createAttachmentsRepo(tx).remove(id);
        await recordAudit(tx, actor, {
          action: 'attachment.delete',
          targetType: 'attachment',
          targetId: id,
          detail: { ownerKind: row.ownerKind, ownerId: row.ownerId, sha256: row.sha256 },
        });
      });
      await discard(row.storageKey);
    },
  };
}

export type AttachmentsService = ReturnType<typeof createAttachmentsService>;
