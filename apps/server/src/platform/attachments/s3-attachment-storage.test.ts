import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/test-app.ts';
import { files, uploadAttachment } from './attachment.fixtures.ts';
import { s3AttachmentStorage } from './s3-attachment-storage.ts';

const config = {
  endpoint: 'http://s3.invalid:9000',
  bucket: 'evidence',
  region: 'cn-north-1',
  accessKeyId: 'test',
  secretAccessKey: 'test-secret',
  forcePathStyle: true,
};

/** An in-process bucket: the SDK client answers from a Map, no network. */
function fakeBucket() {
  const objects = new Map<string, Buffer>();
  const client = new S3Client({ region: config.region });
  const mock = mockClient(client);
  mock.on(PutObjectCommand).callsFake((input) => {
    objects.set(`${input.Bucket}/${input.Key}`, Buffer.from(input.Body));
    return {};
  });
  mock.on(GetObjectCommand).callsFake((input) => {
    const body = objects.get(`${input.Bucket}/${input.Key}`);
    if (!body) throw Object.assign(new Error('NoSuchKey'), { name: 'NoSuchKey' });
    return { Body: Readable.from([body]) };
  });
  mock.on(DeleteObjectCommand).callsFake((input) => {
    objects.delete(`${input.Bucket}/${input.Key}`);
    return {};
  });
  return { objects, mock, storage: s3AttachmentStorage(config, client) };
}

describe('the S3-compatible attachment store', () => {
  it('puts an object with its SHA-256 checksum, reads it back and deletes it', async () => {
    const { objects, mock, storage } = fakeBucket();
    const content = Buffer.from('材料');
    const sha = createHash('sha256').update(content).digest('hex');
    await storage.put('ab/key-1', content, sha);
    expect(mock.commandCalls(PutObjectCommand)[0]!.args[0].input).toMatchObject({
      Bucket: 'evidence',
      Key: 'ab/key-1',
      ChecksumSHA256: createHash('sha256').update(content).digest('base64'),
    });
    const read = await storage.read('ab/key-1');
    expect(Buffer.concat(await read.toArray()).equals(content)).toBe(true);
    await storage.remove('ab/key-1');
    expect(objects.size).toBe(0);
  });

  it('serves the platform’s uploads and downloads through the same interface', async () => {
    const { objects, storage } = fakeBucket();
    const t = await createTestApp({ attachmentStorage: storage });
    t.services.attachmentOwners.register('test.any', {
      label: '测试记录',
      canRead: async () => true,
      canWrite: async () => ({ orgId: t.city.street1.id, orgPath: t.city.street1.path }),
    });
    const officer = await t.login('officer1');
    const content = files.pdf();
    const up = await uploadAttachment(
      t,
      officer,
      { ownerKind: 'test.any', ownerId: '1' },
      { content, fileName: 'a.pdf' },
    );
    expect(up.status, JSON.stringify(up.body)).toBe(200);
    expect([...objects.keys()]).toEqual([expect.stringMatching(/^evidence\/[0-9a-f]{2}\/[0-9a-f-]{36}$/)]);
    const res = await t.app.inject({
      url: `/api/attachments/${up.body.id}/content`,
      headers: { cookie: officer.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(content)).toBe(true);
  });
});
