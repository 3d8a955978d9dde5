import { createHash } from 'node:crypto';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { personInScope } from '../../modules/registry/contracts/contracts.repo.ts';
import { personBody } from '../../modules/registry/persons/persons.fixtures.ts';
import { createTestApp } from '../../test/test-app.ts';
import { auditLog } from '../audit/audit.schema.ts';
import { files, mimeOf, uploadAttachment } from './attachment.fixtures.ts';
import { type AttachmentStorage, localAttachmentStorage } from './attachment-storage.ts';
import { attachments } from './attachments.schema.ts';

const dir = await mkdtemp(path.join(tmpdir(), 'minsheng-attachments-'));
const local = localAttachmentStorage(dir);
let failPuts = false;
/** The local store, with a switch that makes the next writes fail as a full disk would. */
const storage: AttachmentStorage = {
  ...local,
  put: (key, content, sha) => (failPuts ? Promise.reject(new Error('ENOSPC')) : local.put(key, content, sha)),
};
const t = await createTestApp({ attachmentStorage: storage });
const officer = await t.login('officer1');
const officer2 = await t.login('officer2');
const reviewer = await t.login('reviewer');

// A test owner kind: a person's file, readable and writable as the person is.
t.services.attachmentOwners.register('test.person', {
  label: '人员',
  canRead: async (actor, id) => Boolean(await personInScope(t.db, actor, id, 'person:read')),
  canWrite: async (actor, id) => (await personInScope(t.db, actor, id, 'person:write')) ?? null,
});
// An owner kind whose organisation does not exist: the row cannot be written after the bytes are.
t.services.attachmentOwners.register('test.broken', {
  label: '测试记录',
  canRead: async () => true,
  canWrite: async () => ({ orgId: 987654, orgPath: '/987654/' }),
});

const person = (await officer.post('/api/persons', personBody(t.city.community1.id, 1))).body.id as string;
const owner = { ownerKind: 'test.person', ownerId: person };
const rowCount = async () => Number((await t.db.select({ n: count() }).from(attachments))[0]!.n);
const storedFiles = async () =>
  (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('uploading evidence', () => {
  it.each([
    ['pdf', 'application/pdf'],
    ['png', 'image/png'],
    ['jpeg', 'image/jpeg'],
    ['xlsx', mimeOf.xlsx],
  ] as const)('keeps a %s file with its SHA-256, size and detected type', async (kind, mime) => {
    const content = await files[kind]();
    const res = await uploadAttachment(t, officer, owner, { content, fileName: `证明.${kind}`, type: mime });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ sha256: sha(content), sizeBytes: content.length, mimeType: mime });
    const [row] = await t.db.select().from(attachments).where(eq(attachments.id, res.body.id));
    expect(row).toMatchObject({ sha256: sha(content), orgId: t.city.community1.id, ownerId: person });
  });

  it('reads the type from the content, not from the name or the declared type', async () => {
    const res = await uploadAttachment(t, officer, owner, { content: files.png(), fileName: 'scan.pdf' });
    expect(res.body.mimeType).toBe('image/png');
  });

  it.each([
    ['a text file', files.text(), 'text/plain'],
    ['an executable named .pdf', files.exe(), 'application/pdf'],
    ['a PDF declared as PNG', files.pdf(), 'image/png'],
  ])('refuses %s with a stable code and a Chinese message, storing nothing', async (_, content, type) => {
    const [rows, stored] = [await rowCount(), (await storedFiles()).length];
    const res = await uploadAttachment(t, officer, owner, { content, fileName: 'x.pdf', type });
    expect(res.status).toBe(415);
    expect(res.body.code).toBe('ATTACHMENT_TYPE_REFUSED');
    expect(res.body.message).toMatch(/PDF/);
    expect([await rowCount(), (await storedFiles()).length]).toEqual([rows, stored]);
  });

  it('refuses a file over the size limit with a stable code', async () => {
    const big = Buffer.concat([files.pdf(), Buffer.alloc(2 * 1024 * 1024, 0x20)]);
    const res = await uploadAttachment(t, officer, owner, { content: big, fileName: 'big.pdf' });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({
      code: 'ATTACHMENT_TOO_LARGE',
      message: expect.stringContaining('2 MB'),
    });
  });

  it('answers 404 for a record outside the uploader’s scope and for an unknown owner kind', async () => {
    const file = { content: files.pdf(), fileName: 'a.pdf' };
    expect((await uploadAttachment(t, officer2, owner, file)).status).toBe(404);
    expect((await uploadAttachment(t, officer, { ...owner, ownerKind: 'no.such' }, file)).status).toBe(404);
  });
});

describe('reading evidence follows the owner record’s scope', async () => {
  const content = files.pdf();
  const up = await uploadAttachment(t, officer, owner, { content, fileName: '张三 工资名册.pdf' });
  const id = up.body.id as string;

  it('serves the bytes with an RFC 5987 file name to who may read the record', async () => {
    for (const client of [officer, reviewer]) {
      const res = await t.app.inject({
        url: `/api/attachments/${id}/content`,
        headers: { cookie: client.cookie },
      });
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload.equals(content)).toBe(true);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toContain(
        `filename*=UTF-8''${encodeURIComponent('张三 工资名册.pdf')}`,
      );
    }
    expect((await officer.get(`/api/attachments?${new URLSearchParams(owner)}`)).body.items).toContainEqual(
      expect.objectContaining({ id, fileName: '张三 工资名册.pdf' }),
    );
  });

  it('answers another street’s officer with 404 for the metadata, the list and the bytes', async () => {
    expect((await officer2.get(`/api/attachments/${id}`)).status).toBe(404);
    expect((await officer2.get(`/api/attachments/${id}/content`)).status).toBe(404);
    expect((await officer2.get(`/api/attachments?${new URLSearchParams(owner)}`)).status).toBe(404);
    expect((await officer2.delete(`/api/attachments/${id}`)).status).toBe(404);
  });

  it('audits uploads and downloads by id only, never the file name', async () => {
    await officer.get(`/api/attachments/${id}/content`);
    const rows = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetType, 'attachment'), eq(auditLog.targetId, id)));
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['attachment.upload', 'attachment.download']),
    );
    expect(rows.find((r) => r.action === 'attachment.upload')!.detail).toMatchObject({
      ownerKind: 'test.person',
      ownerId: person,
      sha256: sha(content),
    });
    expect(JSON.stringify(rows)).not.toContain('张三');
  });

  it('deletes the row and the bytes, audited', async () => {
    const other = await uploadAttachment(t, officer, owner, { content: files.png(), fileName: 'x.png' });
    const before = (await storedFiles()).length;
    expect((await officer.delete(`/api/attachments/${other.body.id}`)).status).toBe(200);
    expect((await officer.get(`/api/attachments/${other.body.id}`)).status).toBe(404);
    expect((await storedFiles()).length).toBe(before - 1);
  });
});

describe('a failed write leaves neither a row nor a file', () => {
  it('when the store fails to take the bytes', async () => {
    const [rows, stored] = [await rowCount(), (await storedFiles()).length];
    failPuts = true;
    const res = await uploadAttachment(t, officer, owner, { content: files.pdf(), fileName: 'a.pdf' });
    failPuts = false;
    expect(res.status).toBe(500);
    expect([await rowCount(), (await storedFiles()).length]).toEqual([rows, stored]);
  });

  it('when the row cannot be written after the bytes were stored', async () => {
    const [rows, stored] = [await rowCount(), (await storedFiles()).length];
    const res = await uploadAttachment(
      t,
      officer,
      { ownerKind: 'test.broken', ownerId: '1' },
      { content: files.pdf(), fileName: 'a.pdf' },
    );
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect([await rowCount(), (await storedFiles()).length]).toEqual([rows, stored]);
  });
});
