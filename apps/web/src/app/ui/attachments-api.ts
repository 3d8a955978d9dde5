import { type Answer, dataOf, typedApi } from '../api/typed-client';
import { api } from '../api-client';

export type Attachment = Answer<'/api/attachments/{id}', 'get'>;
export type AttachmentLimits = Answer<'/api/attachments/limits', 'get'>;

export interface AttachmentOwnerRef {
  ownerKind: string;
  ownerId: string;
}

export const attachmentsKey = (o: AttachmentOwnerRef) => ['attachments', o.ownerKind, o.ownerId] as const;

export const fetchAttachments = (o: AttachmentOwnerRef) =>
  dataOf(typedApi.GET('/api/attachments', { params: { query: o } }));

export const fetchAttachmentLimits = () => dataOf(typedApi.GET('/api/attachments/limits'));

export const deleteAttachment = (id: string) =>
  dataOf(typedApi.DELETE('/api/attachments/{id}', { params: { path: { id } } }));

/** Downloads through the API (the server checks the owner's scope and audits the download). */
export const downloadAttachment = (a: Pick<Attachment, 'id' | 'fileName'>) =>
  api.download(`/attachments/${a.id}/content`, {}, a.fileName);

/** Where the upload component posts (multipart field `file`). */
export const attachmentUploadUrl = (o: AttachmentOwnerRef, category?: string) =>
  `/api/attachments?${new URLSearchParams({ ...o, ...(category ? { category } : {}) })}`;

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
