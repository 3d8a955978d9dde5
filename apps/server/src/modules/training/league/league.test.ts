import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.ts';
import { trainingInstitutionEvents, trainingInstitutions } from '../institutions/institutions.schema.ts';
import { trainingRecords } from '../progress/progress.fixtures.ts';
import { insertTestInstitution } from '../training.fixtures.ts';

const t = await createTestApp();
const reviewer = await t.login('reviewer');
const officer1 = await t.login('officer1');
const r = trainingRecords(t.db);
const c1 = t.city.community1;

// X: 4 of 4 planned trained, all passed, certified and employed → keeps its designation.
const X = await insertTestInstitution(t.db, {
  org: t.city.city,
  name: '甲培训学校',
  staffUserIds: [t.users.institution.id],
});
const xClass = await r.class(X, { startsOn: '2026-05-04', endsOn: '2026-06-30', capacity: 4 });
await r.class(X, { startsOn: '2026-09-01', endsOn: '2026-09-30', capacity: 50, status: 'applied' }); // not approved: not planned
for (let i = 0; i < 4; i++) {
  const p = await r.person(c1, `甲学员${i}`);
  await r.trainee(xClass, p, c1, { result: 'passed', certificate: true });
  await r.registration(c1, p, '2026-08-01');
}
// Y: under a rectification order; 2 trained of 10 planned, 1 passed, none employed → withdrawal recommended.
const Y = await insertTestInstitution(t.db, { org: t.city.city, name: '乙培训学校', status: 'rectifying' });
const yClass = await r.class(Y, { startsOn: '2026-03-02', endsOn: '2026-04-30', capacity: 10 });
await r.trainee(yClass, await r.person(c1, '乙学员一'), c1, { result: 'passed' });
await r.trainee(yClass, await r.person(c1, '乙学员二'), c1, { result: 'failed' });
await r.trainee(yClass, await r.person(c1, '乙学员三'), c1, { status: 'withdrawn' });
// Z: a class of 20 planned and nobody trained → suspension recommended.
const Z = await insertTestInstitution(t.db, { org: t.city.city, name: '丙培训学校' });
await r.class(Z, { startsOn: '2026-07-01', endsOn: '2026-07-31', capacity: 20 });

describe('institution league table', () => {
  it('counts each institution’s year from its own classes and sorts by the chosen rate', async () => {
    const res = await reviewer.get('/api/training/league?year=2026');
    expect(res.status).toBe(200);
    const rows = res.body.items.map((i: Record<string, unknown>) => [
      i.rank,
      i.name,
      i.trained,
      i.passed,
      i.certified,
      i.employed,
      i.planned,
    ]);
    expect(rows).toEqual([
      [1, '甲培训学校', 4, 4, 4, 4, 4],
      [2, '乙培训学校', 2, 1, 0, 0, 10],
      [3, '丙培训学校', 0, 0, 0, 0, 20],
    ]);
    expect(res.body.items[1]).toMatchObject({ passRate: 0.5, completion: 0.2, employmentRate: 0 });
    const byCompletion = await reviewer.get('/api/training/league?year=2026&sort=completion');
    expect(byCompletion.body.items.map((i: { name: string }) => i.name)).toEqual([
      '甲培训学校',
      '乙培训学校',
      '丙培训学校',
    ]);
  });

  it('shows an institution’s staff their own row only', async () => {
    const staff = await t.login('institution');
    const res = await staff.get('/api/training/league?year=2026');
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { name: string }) => i.name)).toEqual(['甲培训学校']);
  });
});

describe('yearly evaluation', () => {
  it('stores the counts with a conclusion and the recommended decision, once a year', async () => {
    const x = await reviewer.post(`/api/training/institutions/${X.id}/evaluations`, { year: 2026 });
    expect(x.status, JSON.stringify(x.body)).toBe(200);
    expect(x.body).toMatchObject({
      trained: 4,
      passed: 4,
      certified: 4,
      employed: 4,
      planned: 4,
      decision: 'keep',
    });
    expect(x.body.conclusion).toContain('建议保留');
    expect(
      (await reviewer.post(`/api/training/institutions/${X.id}/evaluations`, { year: 2026 })).status,
    ).toBe(409);
    const y = await reviewer.post(`/api/training/institutions/${Y.id}/evaluations`, { year: 2026 });
    expect(y.body).toMatchObject({ trained: 2, passed: 1, planned: 10, decision: 'withdraw' });
    const z = await reviewer.post(`/api/training/institutions/${Z.id}/evaluations`, { year: 2026 });
    expect(z.body).toMatchObject({ trained: 0, planned: 20, decision: 'suspend' });
    const table = await reviewer.get('/api/training/league?year=2026');
    expect(table.body.items.map((i: { decision: string }) => i.decision)).toEqual([
      'keep',
      'withdraw',
      'suspend',
    ]);
  });

  it('recommends but leaves the institution’s status to the status actions', async () => {
    const [y] = await t.db.select().from(trainingInstitutions).where(eq(trainingInstitutions.id, Y.id));
    expect(y!.status).toBe('rectifying');
    const events = await t.db
      .select()
      .from(trainingInstitutionEvents)
      .where(eq(trainingInstitutionEvents.institutionId, Y.id));
    expect(events.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([['evaluate', null, null]]);
  });

  it('is the city’s to make', async () => {
    expect(
      (await officer1.post(`/api/training/institutions/${Z.id}/evaluations`, { year: 2025 })).status,
    ).toBe(403);
  });
});
