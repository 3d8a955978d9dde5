import { describe, expect, it } from 'vitest';
import { createUser } from '../../test/fixtures.ts';
import { createTestApp } from '../../test/test-app.ts';

const t = await createTestApp();
const expertUser = await createUser(t.db, { username: 'zj_a', orgId: t.city.city.id, roles: ['expert'] });
const bankUser = await createUser(t.db, { username: 'yh_a', orgId: t.city.city.id, roles: ['bank_officer'] });
const reviewer = await t.login('reviewer');
const officer1 = await t.login('officer1');

const expertBody = {
  name: '王建国',
  field: '餐饮',
  organisation: '泰安市创业指导中心',
  qualifications: null,
  userId: null,
};

describe('accounts the city links experts and banks to', () => {
  it('lists the expert-role accounts only, and names the expert an account is linked to', async () => {
    const before = await reviewer.get('/api/entrepreneurship/experts/accounts');
    expect(before.status).toBe(200);
    expect(before.body).toEqual([
      { id: expertUser.id, username: 'zj_a', displayName: 'zj_a', orgName: '测试市', linkedTo: null },
    ]);
    const expert = await reviewer.post('/api/entrepreneurship/experts', expertBody);
    const linked = await reviewer.put(`/api/entrepreneurship/experts/${expert.body.id}`, {
      ...expertBody,
      userId: expertUser.id,
      version: expert.body.version,
    });
    expect(linked.body.username).toBe('zj_a');
    const after = await reviewer.get('/api/entrepreneurship/experts/accounts');
    expect(after.body).toMatchObject([{ id: expertUser.id, linkedTo: '王建国' }]);
  });

  it('lists the bank-role accounts only, and names the bank an account works for', async () => {
    const free = await reviewer.get('/api/entrepreneurship/banks/accounts');
    expect(free.status).toBe(200);
    expect(free.body).toEqual([
      { id: bankUser.id, username: 'yh_a', displayName: 'yh_a', orgName: '测试市', linkedTo: null },
    ]);
    const bank = await reviewer.post('/api/entrepreneurship/banks', {
      name: '邮储银行肥城支行',
      code: 'YH370983',
    });
    await reviewer.post(`/api/entrepreneurship/banks/${bank.body.id}/staff`, { userId: bankUser.id });
    const taken = await reviewer.get('/api/entrepreneurship/banks/accounts');
    expect(taken.body).toMatchObject([{ id: bankUser.id, linkedTo: '邮储银行肥城支行' }]);
  });

  it('refuses the lists to a station without the city’s manage permission', async () => {
    expect((await officer1.get('/api/entrepreneurship/experts/accounts')).status).toBe(403);
    expect((await officer1.get('/api/entrepreneurship/banks/accounts')).status).toBe(403);
  });
});
