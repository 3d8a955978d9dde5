import { count, eq, gte, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { labourContracts } from '../modules/registry/contracts/contracts.schema.ts';
import { insuranceContributions } from '../modules/registry/contributions/contributions.schema.ts';
import { personBody } from '../modules/registry/persons/persons.fixtures.ts';
import { createTestApp } from '../test/test-app.ts';
import { createDemoInsurance } from './demo-insurance.ts';

const t = await createTestApp();
const officer = await t.login('officer1');
for (let seq = 1; seq <= 30; seq++) {
  const res = await officer.post('/api/persons', personBody(t.city.community1.id, seq));
  if (res.status !== 200) throw new Error(`person: ${res.status}`);
}
const n = async (table: typeof labourContracts | typeof insuranceContributions) =>
  Number((await t.db.select({ n: count() }).from(table))[0]!.n);

describe('demo insurance histories', () => {
  it('gives persons contracts and monthly contributions up to last month, once', async () => {
    const today = '2026-06-15';
    const counts = await createDemoInsurance(t.db, { today, seed: 7 });
    expect(counts.employersCreated).toBe(2);
    expect(counts.contracts).toBeGreaterThan(0);
    expect(counts.contributions).toBeGreaterThan(counts.contracts);
    expect(await n(labourContracts)).toBe(counts.contracts);
    expect(await n(insuranceContributions)).toBe(counts.contributions);
    const [late] = await t.db
      .select({ n: count() })
      .from(insuranceContributions)
      .where(gte(insuranceContributions.month, '2026-06-01'));
    expect(Number(late!.n)).toBe(0);
    // Flexible workers pay without an employer and without a unit part.
    const [flex] = await t.db
      .select({ unit: sql<number>`coalesce(sum(${insuranceContributions.unitFen}), 0)`.mapWith(Number) })
      .from(insuranceContributions)
      .where(sql`${insuranceContributions.employerId} is null`);
    expect(flex!.unit).toBe(0);
    const again = await createDemoInsurance(t.db, { today, seed: 7 });
    expect(again).toEqual({ employersCreated: 0, contracts: 0, contributions: 0, flexibleWorkers: 0 });
  });

  it('shows the demo history through the insurance summary', async () => {
    const [row] = await t.db.select({ personId: labourContracts.personId }).from(labourContracts).limit(1);
    const res = await officer.get(`/api/persons/${row!.personId}/insurance-summary`);
    expect(res.status).toBe(200);
    expect(res.body.kinds.find((k: { kind: string }) => k.kind === 'pension').insuredMonths).toBeGreaterThan(
      0,
    );
    const contracts = await t.db
      .select()
      .from(labourContracts)
      .where(eq(labourContracts.personId, row!.personId));
    expect(contracts.length).toBeGreaterThan(0);
  });
});
