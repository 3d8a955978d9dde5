import { describe, expect, it } from 'vitest';
import { healthCheckRecords } from '../../modules/health-checks/health-checks.fixtures.ts';
import { HEALTH_CHECK_SETTLEMENT } from '../../modules/health-checks/settlements/settlement-rule.ts';
import { concludedExaminations } from '../../modules/health-checks/settlements/settlements.fixtures.ts';
import { createUser } from '../../test/fixtures.ts';
import { createTestApp } from '../../test/test-app.ts';
import { createDemoQualityAndSettlement } from './quality-settlement.ts';

const t = await createTestApp();

describe('demo quality and settlement', () => {
  it('takes the item, audits hospital 2 above the limit, surveys both and computes its settlement', async () => {
    const city = { id: t.city.city.id, path: t.city.city.path };
    await createUser(t.db, { username: 'sj_reviewer', orgId: city.id, roles: ['city_reviewer'] });
    const yb = await createUser(t.db, {
      username: 'yb_demo',
      orgId: city.id,
      roles: ['medical_insurance_officer'],
    });
    const records = healthCheckRecords(t.db);
    const h1 = (await records.hospital(city)).id;
    const h2 = (await records.hospital(city)).id;
    const planId = (await records.plan(city)).id;
    const days = Array.from({ length: 12 }, () => '2026-10-19');
    await concludedExaminations(t, { org: city, planId, hospitalId: h2, userId: yb.id, days });

    const counts = await createDemoQualityAndSettlement(t.db, {
      today: t.today(),
      officerUsername: 'yb_demo',
      planId,
      hospitalIds: [h1, h2],
    });
    expect(counts).toEqual({ samples: 10, surveys: 2, settlements: 1 });

    const client = await t.login('yb_demo');
    const reviewer = await t.login('reviewer');
    const type = (await reviewer.get(`/api/case-types/${HEALTH_CHECK_SETTLEMENT}`)).body;
    expect(type).toMatchObject({ enabled: true, enabledSetting: true });
    const first = (await client.get(`/api/health-checks/quality?hospitalId=${h1}&planId=${planId}`)).body;
    expect(first.samples).toEqual([]);
    expect(first.rates.find((r: { id: string }) => r.id === 'satisfaction')).toMatchObject({
      value: '98.0000',
      out: false,
    });
    const [row] = (await client.get(`/api/health-checks/settlements?planId=${planId}`)).body.filter(
      (r: { hospitalId: string }) => r.hospitalId === h2,
    );
    const s = (await client.get(`/api/health-checks/settlements/${row.settlement.id}`)).body;
    // 12 × 335.00 = 4 020.00; 2/120 = 1.6667% → 0.6667 points → 26.80; 96% → 2 points → 80.40
    expect(
      Object.fromEntries(s.lines.map((l: { id: string; amount: string }) => [l.id, l.amount])),
    ).toMatchObject({
      gross_fee: '4020.00',
      result_error_deduction: '26.80',
      satisfaction_deduction: '80.40',
      net_payment: '3912.80',
    });
    expect(s.status).toBe('computed');
  });
});
