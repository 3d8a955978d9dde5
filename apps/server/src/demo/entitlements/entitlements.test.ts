import { describe, expect, it } from 'vitest';
import { addEmployer } from '../../modules/entitlements/posts/posts.fixtures.ts';
import {
  addPerson,
  ok,
  unemploymentBody,
} from '../../modules/registry/registrations/registrations.fixtures.ts';
import { createFieldCipher } from '../../platform/crypto.ts';
import { createTestApp, testConfig } from '../../test/test-app.ts';
import { createDemoEntitlements, PUBLIC_WELFARE } from './entitlements.ts';

// TEST_NOW is 2026-10-20: the source cases claim 2026-06, the entitlements pay from 2026-07, the
// lists of 2026-07, 08 and 09 were run and paid. Odd sequence numbers are men.
const t = await createTestApp();
const [officer1, officer2, reviewer] = [
  await t.login('officer1'),
  await t.login('officer2'),
  await t.login('reviewer'),
];
const community = t.city.community1.id;
await addEmployer(officer1, community, 71);
const men = [
  await addPerson(officer1, community, 71, '1981-05-06'),
  await addPerson(officer1, community, 73, '1985-01-01'),
  await addPerson(officer1, community, 75, '1990-09-09'),
];
// left alone: a man already registered unemployed, a woman, a "4050" man, a man of another street
const registered = await addPerson(officer1, community, 77, '1982-02-02');
await ok(officer1.post(`/api/persons/${registered}/unemployment-registrations`, unemploymentBody(77)));
const others = [
  registered,
  await addPerson(officer1, community, 78, '1984-03-03'),
  await addPerson(officer1, community, 79, '1970-03-03'),
  await addPerson(officer2, t.city.community2.id, 81, '1981-05-06'),
];

const demo = await createDemoEntitlements(t.db, createFieldCipher(testConfig().dataKey), {
  now: t.clock.now(),
  today: t.today(),
  stationUsername: 'officer1',
  reviewerUsername: 'reviewer',
  financeUsername: 'finance',
}).then((d) => {
  if (!d) throw new Error('the fixture has men of 30 to 49 for the posts: the demo must tell their story');
  return d;
});

type Period = {
  fromMonth: string;
  outcome: string;
  caseStatus: string | null;
  amount: string | null;
  reason: string | null;
};
type Detail = {
  personId: string;
  status: string;
  stopReason: string | null;
  stopLabel: string | null;
  periods: Period[];
};
const detail = async (id: string) => (await ok(officer1.get(`/api/entitlements/${id}`))) as unknown as Detail;

describe('the demo entitlements', () => {
  it("places the station's local men of 30 to 49 with no unemployment registration on posts", async () => {
    const holders = await Promise.all([demo.activeId, demo.stoppedId, demo.dueToStopId].map(detail));
    expect(holders.map((h) => h.personId).sort()).toEqual([...men].sort());
    for (const other of others) expect(holders.map((h) => h.personId)).not.toContain(other);
  });

  it('pays the active holder three months through the chain, at the rule amount', async () => {
    const active = await detail(demo.activeId);
    expect(active.status).toBe('active');
    expect(active.periods.map((p) => [p.fromMonth, p.outcome, p.caseStatus])).toEqual([
      ['2026-07', 'listed', 'paid'],
      ['2026-08', 'listed', 'paid'],
      ['2026-09', 'listed', 'paid'],
    ]);
    // 640 + 300 + 28 contributions and half the 2 200-yuan minimum wage
    for (const p of active.periods) expect(p.amount).toBe('2068.00');
  });

  it('shows the re-employed holder stopped from the month after, with the reason', async () => {
    const stopped = await detail(demo.stoppedId);
    expect(stopped.status).toBe('stopped');
    expect(stopped.stopLabel).toBe('再就业');
    expect(stopped.stopReason).toMatch(/2026-08-16.*泰安市岱宗物流有限公司/);
    expect(stopped.periods.map((p) => [p.fromMonth, p.outcome])).toEqual([
      ['2026-07', 'listed'],
      ['2026-08', 'listed'],
      ['2026-09', 'stopped'],
    ]);
  });

  it("lets this month's list stop the holder re-employed during the last paid month", async () => {
    const run = (await ok(
      reviewer.post('/api/entitlements/runs', { policyId: PUBLIC_WELFARE, month: '2026-10' }),
    )) as unknown as {
      lines: { entitlementId: string; outcome: string; stopLabel: string | null; reason: string | null }[];
    };
    const line = (id: string) => run.lines.find((l) => l.entitlementId === id);
    expect(line(demo.activeId)?.outcome).toBe('listed');
    expect(line(demo.dueToStopId)).toMatchObject({ outcome: 'stopped', stopLabel: '再就业' });
    expect(line(demo.dueToStopId)?.reason).toMatch(/2026-09-10/);
    expect(line(demo.stoppedId)).toBeUndefined();
    expect((await detail(demo.dueToStopId)).status).toBe('stopped');
  });

  it("is the station's: another street's officer does not see it", async () => {
    expect((await officer2.get(`/api/entitlements/${demo.activeId}`)).status).toBe(404);
  });
});
