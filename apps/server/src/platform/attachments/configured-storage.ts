import type { Config } from '../../config.ts';
import { type AttachmentStorage, localAttachmentStorage } from './attachment-storage.ts';
import { s3AttachmentStorage } from './s3-attachment-storage.ts';

/** The store the configuration names: the S3-compatible bucket when set, else DATA_DIR/attachments. */
export const configuredAttachmentStorage = ({
  attachments,
}: Pick<Config, 'attachments'>): AttachmentStorage =>
  attachments.s3 ? s3AttachmentStorage(attachments.s3) : localAttachmentStorage(attachments.dir);
