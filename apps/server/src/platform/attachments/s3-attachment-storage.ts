import { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { S3AttachmentsConfig } from '../../config.ts';
import type { AttachmentStorage } from './attachment-storage.ts';

/**
 * Objects in an S3-compatible bucket (AWS S3, MinIO, Ceph, OSS/COS in S3 mode), shared by every
 * server process. A PUT is atomic on S3; the SHA-256 is sent along, so the store refuses bytes
 * that arrive damaged.
 */
export function s3AttachmentStorage(
  config: S3AttachmentsConfig,
  client: S3Client = new S3Client({
    region: config.region,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    forcePathStyle: config.forcePathStyle,
    credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
  }),
): AttachmentStorage {
  const Bucket = config.bucket;
  return {
    kind: 's3',
    async put(key, content, sha256) {
      await client.send(
        new PutObjectCommand({
          Bucket,
          Key: key,
          Body: content,
          ContentLength: content.length,
          ChecksumSHA256: Buffer.from(sha256, 'hex').toString('base64'),
        }),
      );
    },
    async read(key) {
      const out = await client.send(new GetObjectCommand({ Bucket, Key: key }));
      if (!(out.Body instanceof Readable)) throw new Error('S3 object body is not a Node stream');
      return out.Body;
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
  };
}
