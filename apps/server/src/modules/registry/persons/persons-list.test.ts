import { describe, expect, it } from 'vitest';
import { insertDemoPersons } from '../../../demo/demo-load-persons.ts';
import { demoPersons } from '../../../demo/demo-persons.ts';
import { createFieldCipher } from '../../../platform/crypto.ts';
import { createTestApp, testConfig } from '../../../test/test-app.ts';
import { PERSON_COUNT_CAP } from './persons.repo.ts';

interface PersonsPage {
  items: { name: string }[];
  total: number;
  totalCapped: boolean;
}

describe('persons list at scale', async () => {
  const t = await createTestApp();
  const { community1 } = t.city;
  const community = {
    ...community1,
    regionCode: '370902001001',
    name: '测试社区',
    address: '泰安市测试社区',
  };
  const cipher = createFieldCipher(testConfig().dataKey);
  await t.db.transaction((tx) =>
    insertDemoPersons(tx, cipher, demoPersons(11, PERSON_COUNT_CAP + 5, [community]), () => null),
  );
  const reviewer = await t.login('reviewer');

  it('counts up to the cap and says that more rows exist', async () => {
    const res = await reviewer.get<PersonsPage>('/api/persons?pageSize=5');
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(PERSON_COUNT_CAP);
    expect(res.body.totalCapped).toBe(true);
  });

  it('gives the exact total below the cap', async () => {
    const res = await reviewer.get<PersonsPage>(`/api/persons?q=${encodeURIComponent('王')}&pageSize=5`);
    expect(res.body.totalCapped).toBe(false);
    expect(res.body.total).toBeGreaterThan(0);
    expect(res.body.total).toBeLessThan(PERSON_COUNT_CAP);
    expect(res.body.items.every((p) => p.name.startsWith('王'))).toBe(true);
  });

  it('orders a name search by name (byte-wise) unless another order is asked for', async () => {
    const byName = await reviewer.get<PersonsPage>(`/api/persons?q=${encodeURIComponent('李')}&pageSize=50`);
    const names = byName.body.items.map((p) => p.name);
    expect(names.length).toBeGreaterThan(1);
    expect(names).toEqual([...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
    const newest = await reviewer.get<PersonsPage>(
      `/api/persons?q=${encodeURIComponent('李')}&pageSize=50&sort=-createdAt`,
    );
    expect(newest.body.items.map((p) => p.name)).not.toEqual(names);
  });
});
