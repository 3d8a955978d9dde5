import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { healthCheckRecords } from '../../modules/health-checks/health-checks.fixtures.ts';
import { insuredRecords } from '../../modules/health-checks/plans/plans.fixtures.ts';
import { healthCheckExaminees, healthCheckPlans } from '../../modules/health-checks/plans/plans.schema.ts';
import { createUser } from '../../test/fixtures.ts';
import { createTestApp } from '../../test/test-app.ts';
import { createDemoPlan } from './plan.ts';

// TEST_NOW is 2026-10-20: the plan runs from 2026-08-11 to 2026-11-19, eligibility 2026-07.
const t = await createTestApp();
const registry = insuredRecords(t.db);
const records = healthCheckRecords(t.db);
await createUser(t.db, { username: 'yb_demo', orgId: t.city.city.id, roles: ['medical_insurance_officer'] });
const first = await records.hospital(t.city.city, [], { plannedDailyVolume: 5 });
const second = await records.hospital(t.city.city, [], { plannedDailyVolume: 1 });
for (let i = 0; i < 200; i += 1) {
  const p = await registry.person(i % 2 ? t.city.community1 : t.city.community2, `参保${i}`);
  await registry.contribution(p, { month: '2026-07' });
}

const demo = await createDemoPlan(t.db, {
  today: t.today(),
  officerUsername: 'yb_demo',
  hospitalIds: [first.id, second.id],
});
const rows = await t.db
  .select()
  .from(healthCheckExaminees)
  .where(eq(healthCheckExaminees.planId, demo.planId));

describe('the demo health-check plan', () => {
  it('opens the year of 70 days ago with eligibility by the month before it starts', async () => {
    const [plan] = await t.db.select().from(healthCheckPlans).where(eq(healthCheckPlans.id, demo.planId));
    expect(plan).toMatchObject({
      year: 2026,
      startOn: '2026-08-11',
      endOn: '2026-11-19',
      eligibilityMonth: '2026-07-01',
      status: 'open',
    });
    expect(rows).toHaveLength(200);
  });

  it('books four at the first hospital today, about 70 % in all within each day’s volume, all notified', () => {
    const today = rows.filter((r) => r.scheduledOn === t.today());
    expect(today.map((r) => r.id).sort()).toEqual([...demo.todayExamineeIds].sort());
    expect(today.every((r) => r.hospitalId === first.id)).toBe(true);
    const allocated = rows.filter((r) => r.status === 'allocated');
    expect(allocated).toHaveLength(140);
    expect(rows.filter((r) => r.status === 'eligible' && r.hospitalId === null)).toHaveLength(60);
    expect(allocated.every((r) => r.notifiedAt !== null && r.scheduledOn! <= t.today())).toBe(true);
    const perDay = new Map<string, number>();
    for (const r of allocated)
      perDay.set(`${r.hospitalId}${r.scheduledOn}`, (perDay.get(`${r.hospitalId}${r.scheduledOn}`) ?? 0) + 1);
    for (const [key, n] of perDay) expect(n, key).toBeLessThanOrEqual(key.startsWith(second.id) ? 1 : 5);
    expect(rows.filter((r) => r.visitMode === 'bedside')).toEqual([
      expect.objectContaining({ visitNote: expect.stringContaining('参检单位申请') }),
    ]);
  });
});
