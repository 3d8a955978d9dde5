import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.ts';
import { seedStatisticsStory } from '../../statistics/statistics.fixtures.ts';

const t = await createTestApp();
await t.services.caseTypes.list(); // case types follow the catalogue on first use
await seedStatisticsStory(t.db, t.city, t.users.reviewer.id);
const reviewer = await t.login('reviewer');
const officer1 = await t.login('officer1');
const { district, street1, street2 } = t.city;

const indicator = (code: string, method: string, targets: Record<string, number> = {}) => ({
  code,
  label: code,
  clause: '三、1',
  unit: 'persons',
  method,
  maxPoints: '10',
  evidence: '花名册',
  targets,
});
const plan = await reviewer.post('/api/town-assessment/plans', {
  orgId: district.id,
  year: 2026,
  indicators: [
    indicator('new_employment', 'completion_relative_to_best', { [street1.id]: 200, [street2.id]: 100 }),
    indicator('contract_signing_rate', 'rate_of_points'),
    indicator('insurance_collection', 'figure_relative_to_best'),
  ],
});

describe("the system's own count beside the town's claim", () => {
  it('shows the statistics of the town and quarter, and none where the records cannot count', async () => {
    expect(plan.status).toBe(200);
    // Street 1 in 2026 Q3 by hand (statistics.fixtures.ts): 4 new jobs − 1 retirement + 1 re-employed = 4;
    // 1 of the 4 new jobs with a contract; 征缴、清欠 is kept in the finance books, not the records.
    const created = await officer1.post('/api/town-assessment/submissions', {
      townOrgId: street1.id,
      year: 2026,
      quarter: 3,
      figures: [
        { code: 'new_employment', claimed: 6 },
        { code: 'contract_signing_rate', claimed: 3, denominator: 6 },
        { code: 'insurance_collection', claimed: 120000 },
      ],
    });
    expect(created.status).toBe(200);
    const own = Object.fromEntries(
      created.body.figures.map((f: { code: string; systemCount: unknown }) => [f.code, f.systemCount]),
    );
    expect(own).toEqual({
      new_employment: { value: 4 },
      contract_signing_rate: { value: 1, denominator: 4 },
      insurance_collection: null,
    });
  });

  it("gives the statistics the town's target from the newest plan", async () => {
    const res = await reviewer.get(
      `/api/statistics/by-org?period=quarter&year=2026&index=3&orgId=${district.id}&codes=new_employment_and_reemployment`,
    );
    expect(res.status).toBe(200);
    const row = res.body.rows.find((r: { org: { id: number } }) => r.org.id === street1.id);
    expect(row.items[0].target).toEqual({ value: 200, source: '肥城市2026年度考核方案（第1版）' });
  });
});
