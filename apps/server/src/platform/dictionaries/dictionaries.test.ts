import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { describeRoleMatrix, roleUsers } from '../../test/role-matrix.ts';
import { createTestApp } from '../../test/test-app.ts';
import { auditLog } from '../audit/audit.schema.ts';
import { DomainError } from '../errors.ts';
import { assertDictValue } from './dict-value.ts';
import { dictItems } from './dictionaries.schema.ts';

const t = await createTestApp();

describeRoleMatrix(t, [
  { endpoint: 'GET /api/dicts', allowed: roleUsers, call: (c) => c.get('/api/dicts') },
  {
    endpoint: 'POST /api/dicts/:code/items',
    allowed: ['sysadmin'],
    call: (c, u) => c.post('/api/dicts/industry/items', { code: `Z_${u}`, label: `测试门类-${u}`, sort: 99 }),
  },
  {
    endpoint: 'PATCH /api/dicts/:code/items/:itemCode',
    allowed: ['sysadmin'],
    call: (c, u) => c.patch('/api/dicts/hukou_place/items/other', { label: `省外-${u}` }),
  },
]);

describe('reading dictionaries', () => {
  it('gives every code table with its items in order', async () => {
    const c = await t.login('worker1');
    const res = await c.get('/api/dicts');
    const education = res.body.find((d: { code: string }) => d.code === 'education');
    expect(education.name).toContain('文化程度');
    expect(education.items[0]).toEqual({ code: '10', label: '研究生', sort: 1, active: true });
  });

  it('needs a full session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/dicts' });
    expect(res.statusCode).toBe(401);
  });
});

describe('maintaining dictionary items', () => {
  it('adds an item and audits it', async () => {
    const admin = await t.login('sysadmin');
    const res = await admin.post('/api/dicts/certificate_level/items', {
      code: '0',
      label: '特级技师',
      sort: 6,
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ code: '0', label: '特级技师', sort: 6, active: true });
    const [row] = await t.db.select().from(auditLog).where(eq(auditLog.targetId, 'certificate_level/0'));
    expect(row).toMatchObject({ action: 'dict.item.create', username: 'sysadmin' });
  });

  it('refuses a duplicate item with 409 and an unknown dictionary with 404', async () => {
    const admin = await t.login('sysadmin');
    expect((await admin.post('/api/dicts/gender/items', { code: '1', label: '男性', sort: 1 })).status).toBe(
      409,
    );
    expect((await admin.post('/api/dicts/no_such/items', { code: '1', label: '某', sort: 1 })).status).toBe(
      404,
    );
    expect((await admin.patch('/api/dicts/gender/items/9', { label: '某' })).status).toBe(404);
  });

  it('deactivates an item, recording before and after', async () => {
    const admin = await t.login('sysadmin');
    const res = await admin.patch('/api/dicts/education/items/90', { active: false });
    expect(res.body).toMatchObject({ code: '90', active: false });
    const [item] = await t.db
      .select()
      .from(dictItems)
      .where(and(eq(dictItems.typeCode, 'education'), eq(dictItems.code, '90')));
    expect(item!.active).toBe(false);
    const [row] = (await t.db.select().from(auditLog).where(eq(auditLog.targetId, 'education/90'))).slice(-1);
    expect(row?.detail).toMatchObject({ before: { active: true }, after: { active: false } });
  });
});

describe('assertDictValue', () => {
  it('accepts an active item', async () => {
    await expect(assertDictValue(t.db, 'education', '20', '文化程度')).resolves.toBeUndefined();
  });

  it('rejects an unknown value with a Chinese message naming the field', async () => {
    const err = await assertDictValue(t.db, 'education', '99', '文化程度').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect(err).toMatchObject({ code: 'VALIDATION_FAILED', message: '「文化程度」取值「99」不在字典中' });
  });

  it('rejects a deactivated item unless the caller allows it', async () => {
    await t.db
      .update(dictItems)
      .set({ active: false })
      .where(and(eq(dictItems.typeCode, 'hukou_type'), eq(dictItems.code, 'rural')));
    await expect(assertDictValue(t.db, 'hukou_type', 'rural', '户口性质')).rejects.toThrow('已停用');
    await expect(
      assertDictValue(t.db, 'hukou_type', 'rural', '户口性质', { allowInactive: true }),
    ).resolves.toBeUndefined();
  });
});
