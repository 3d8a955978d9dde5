import { fileTypeFromBuffer } from 'file-type';
import { DomainError } from '../errors.ts';

/** The file types the platform keeps as evidence, recognised by their content. */
export const attachmentTypes = [
  { mime: 'application/pdf', ext: 'pdf', label: 'PDF' },
  { mime: 'image/jpeg', ext: 'jpg', label: 'JPEG 图片' },
  { mime: 'image/png', ext: 'png', label: 'PNG 图片' },
  {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ext: 'xlsx',
    label: 'Excel 表格（.xlsx）',
  },
  {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ext: 'docx',
    label: 'Word 文档（.docx）',
  },
] as const;

export type AttachmentType = (typeof attachmentTypes)[number];

const allowedList = attachmentTypes.map((t) => t.label).join('、');

/** Declarations that say nothing about the type (what browsers send for unknown extensions). */
const vagueDeclarations = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

export const typeRefused = (message: string) => new DomainError('ATTACHMENT_TYPE_REFUSED', message);
export const tooLarge = (maxBytes: number) =>
  new DomainError('ATTACHMENT_TOO_LARGE', `文件超过 ${formatSize(maxBytes)}，请压缩或拆分后再上传`);

/**
 * The file's real type, read from its bytes (magic numbers; for .xlsx/.docx the package parts
 * inside the zip). Anything not in the list is refused, and so is a file whose content disagrees
 * with the type the client declared (a PDF renamed to .png).
 */
export async function detectAttachmentType(content: Buffer, declared: string | undefined) {
  const found = await fileTypeFromBuffer(content);
  const type = attachmentTypes.find((t) => t.mime === found?.mime);
  if (!type) throw typeRefused(`不支持该文件类型，只能上传 ${allowedList}`);
  const said = (declared ?? '').split(';')[0]!.trim().toLowerCase();
  if (!vagueDeclarations.has(said) && said !== type.mime) {
    throw typeRefused(`文件内容是 ${type.label}，与声明的类型不符，请检查文件后重新上传`);
  }
  return type;
}

/** Sizes as people read them: 512 KB, 20 MB. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
