import { describe, expect, it } from 'vitest';
import { describeRoleMatrix, type RoleUser } from '../../../test/role-matrix.ts';
import { createTestApp } from '../../../test/test-app.ts';
import { isListedOn } from './shortage-occupations.service.ts';

const t = await createTestApp();
const reviewer = await t.login('reviewer');
const entry = (occupation: string, publishedOn = '2024-07-30') => ({
  occupation,
  catalogueName: '珠海市紧缺技工工种目录',
  publishedOn,
  refDoc: '珠海市高技能人才培训鉴定补贴办法',
});

const readers: RoleUser[] = ['reviewer', 'officer1', 'officer2', 'worker1', 'finance', 'institution'];

describeRoleMatrix(t, [
  {
    endpoint: 'GET /api/shortage-occupations',
    allowed: readers,
    call: (c) => c.get('/api/shortage-occupations'),
  },
  {
    endpoint: 'POST /api/shortage-occupations',
    allowed: ['reviewer'],
    call: (c, u) => c.post('/api/shortage-occupations', entry(`矩阵${u}`)),
  },
]);

describe('the shortage-occupation catalogue', () => {
  it('records an entry, lists it by occupation prefix and answers a repeat with 409', async () => {
    const res = await reviewer.post('/api/shortage-occupations', entry('数控车工'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ occupation: '数控车工', publishedOn: '2024-07-30' });
    expect((await reviewer.post('/api/shortage-occupations', entry('数控铣工', '2025-01-02'))).status).toBe(
      200,
    );
    const list = await reviewer.get(`/api/shortage-occupations?q=${encodeURIComponent('数控')}&pageSize=1`);
    expect(list.body.total).toBe(2);
    expect(list.body.items.map((e: { occupation: string }) => e.occupation)).toEqual(['数控铣工']);
    const dup = await reviewer.post('/api/shortage-occupations', entry('数控车工'));
    expect(dup.status).toBe(409);
    expect(dup.body.message).toMatch(/已登记/);
  });

  it('rejects a malformed publication date with 422', async () => {
    const res = await reviewer.post('/api/shortage-occupations', entry('电工', '2024-13-01'));
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });
});

describe('isListedOn', () => {
  it('counts an occupation as listed from its publication date on, not the day before', async () => {
    expect((await reviewer.post('/api/shortage-occupations', entry('焊工', '2024-07-30'))).status).toBe(200);
    expect(await isListedOn(t.db, '焊工', '2024-07-29')).toEqual({ listed: false, publishedOn: null });
    expect(await isListedOn(t.db, '焊工', '2024-07-30')).toEqual({ listed: true, publishedOn: '2024-07-30' });
    expect(await isListedOn(t.db, '焊工', '2026-01-01')).toEqual({ listed: true, publishedOn: '2024-07-30' });
  });

  it('answers the earliest edition that lists the occupation and not listed for others', async () => {
    expect((await reviewer.post('/api/shortage-occupations', entry('钳工', '2024-07-30'))).status).toBe(200);
    expect((await reviewer.post('/api/shortage-occupations', entry('钳工', '2025-03-01'))).status).toBe(200);
    expect(await isListedOn(t.db, '钳工', '2025-04-01')).toEqual({ listed: true, publishedOn: '2024-07-30' });
    expect(await isListedOn(t.db, '厨师', '2024-08-01')).toEqual({ listed: false, publishedOn: null });
  });
});

describe('the publication date', () => {
  it.each([
    ['before the policy took effect', '2023-01-01', '早于政策施行日期「2024-07-30」'],
    ['in the future', '2099-01-01', '晚于今天'],
  ])('is refused %s, with a Chinese message and nothing saved', async (_, publishedOn, message) => {
    const res = await reviewer.post('/api/shortage-occupations', entry('车工', publishedOn));
    expect(res.status).toBe(422);
    expect(res.body.message).toContain(message);
    expect(await isListedOn(t.db, '车工', '2099-12-31')).toEqual({ listed: false, publishedOn: null });
  });
});
