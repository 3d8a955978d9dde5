import { describe, expect, it } from 'vitest';
import { createTestApp, type TestClient } from '../../test/test-app.ts';
import { trainingRecords } from '../training/progress/progress.fixtures.ts';
import { insertTestInstitution } from '../training/training.fixtures.ts';
import { seedTrainingStory, trainingStoryCounts } from './training-story.fixtures.ts';

const t = await createTestApp();
await seedTrainingStory(t);
const officer1 = await t.login('officer1');
const officer2 = await t.login('officer2');
const reviewer = await t.login('reviewer');

type Figure = 'trained' | 'passed' | 'certified' | 'reemployed';
const codes = ['training_trained', 'training_certified', 'training_pass_rate', 'training_reemployment_rate'];

/** Each progress figure as the statistics give it: an indicator and one of its parts. */
const partOf: Record<Figure, [string, string]> = {
  trained: ['training_trained', 'value'],
  passed: ['training_pass_rate', 'numerator'],
  certified: ['training_certified', 'value'],
  reemployed: ['training_reemployment_rate', 'numerator'],
};

const cases = [
  { name: 'street 1, first half', client: officer1, orgId: t.city.street1.id, year: 2026, half: 1 },
  { name: 'street 2, first half', client: officer2, orgId: t.city.street2.id, year: 2026, half: 1 },
  { name: 'street 1, the year', client: officer1, orgId: t.city.street1.id, year: 2026 },
  { name: 'the district, first half', client: reviewer, orgId: t.city.district.id, year: 2026, half: 1 },
  { name: 'the district, second half', client: reviewer, orgId: t.city.district.id, year: 2026, half: 2 },
];

async function get(client: TestClient, url: string) {
  const res = await client.get(url);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

describe.each(cases)('training indicators of $name', ({ client, orgId, year, half }) => {
  const statsWhere = `orgId=${orgId}&${half ? `period=half&year=${year}&index=${half}` : `period=year&year=${year}`}`;
  const progressWhere = `orgId=${orgId}&year=${year}${half ? `&half=${half}` : ''}`;

  it('equal the training progress figures and rates', async () => {
    const progress = (await get(client, `/api/training/progress?${progressWhere}`)).total;
    const stats = await get(client, `/api/statistics/indicators?${statsWhere}&codes=${codes.join(',')}`);
    const v = Object.fromEntries(stats.items.map((i: { code: string }) => [i.code, i]));
    expect(v.training_trained.value).toBe(progress.trained);
    expect(v.training_certified.value).toBe(progress.certified);
    expect(v.training_pass_rate).toMatchObject({
      numerator: progress.passed,
      denominator: progress.trained,
      value: progress.passRate,
    });
    expect(v.training_reemployment_rate).toMatchObject({
      numerator: progress.reemployed,
      denominator: progress.trained,
      value: progress.reemploymentRate,
    });
  });

  it('list exactly the trainees the progress lists behind each figure', async () => {
    for (const [figure, [code, part]] of Object.entries(partOf)) {
      const progress = await get(
        client,
        `/api/training/progress/drilldown?${progressWhere}&figure=${figure}&pageSize=200`,
      );
      const drilled = await get(
        client,
        `/api/statistics/indicators/${code}/drilldown?${statsWhere}&part=${part}&pageSize=200`,
      );
      expect(drilled.subject).toBe('trainee');
      expect(drilled.total, figure).toBe(progress.total);
      const rows = (items: { id: string; personId: string }[]) =>
        items.map((i) => `${i.id}/${i.personId}`).sort();
      expect(rows(drilled.items), figure).toEqual(rows(progress.items));
    }
  });
});

describe('training indicators against the hand count', () => {
  const figures = async (client: TestClient, where: string) => {
    const out: Record<string, number> = {};
    for (const [figure, [code, part]] of Object.entries(partOf))
      out[figure] = (
        await get(client, `/api/statistics/indicators/${code}/drilldown?${where}&part=${part}`)
      ).total;
    return out;
  };

  it('count each trainee record where it lies, one person trained twice twice', async () => {
    const H1 = 'period=half&year=2026&index=1';
    expect(await figures(officer1, H1)).toEqual(trainingStoryCounts.street1H1);
    expect(await figures(officer2, H1)).toEqual(trainingStoryCounts.street2H1);
    expect(await figures(officer1, 'period=year&year=2026')).toEqual(trainingStoryCounts.street1Year);
  });

  it('drill down to the trainee, the person and the class, masked', async () => {
    const page = await get(
      officer1,
      '/api/statistics/indicators/training_trained/drilldown?period=half&year=2026&index=1',
    );
    expect(page.items.map((i: { name: string }) => i.name).sort()).toEqual(
      ['学员一', '学员一', '学员二', '学员三', '学员九'].sort(),
    );
    for (const row of page.items) {
      expect(Object.keys(row).sort()).toEqual(
        ['classId', 'classNumber', 'id', 'idNumberMasked', 'name', 'onDate', 'orgName', 'personId'].sort(),
      );
      expect(row.idNumberMasked).toMatch(/\*{8}/);
      expect(row.orgName).toBe(t.city.community1.name);
    }
  });

  it('count no re-employment for a period that ends before the plan set its window', async () => {
    const r = trainingRecords(t.db);
    const inst = await insertTestInstitution(t.db, { org: t.city.city });
    const old = await r.class(inst, { startsOn: '2005-03-01', endsOn: '2005-03-31' });
    const person = await r.person(t.city.community1, '学员零五');
    await r.trainee(old, person, t.city.community1, { result: 'passed' });
    await r.registration(t.city.community1, person, '2005-05-01');
    const stats = await get(
      officer1,
      '/api/statistics/indicators?period=year&year=2005&codes=training_trained,training_reemployment_rate',
    );
    expect(stats.items.map((i: { value: number }) => i.value)).toEqual([1, 0]);
  });

  it('give the rates with their parts by child organisation', async () => {
    const res = await get(
      reviewer,
      `/api/statistics/by-org?orgId=${t.city.district.id}&period=half&year=2026&index=1&codes=training_pass_rate`,
    );
    const rate = (orgId: number) =>
      res.rows.find((r: { org: { id: number } }) => r.org.id === orgId).items[0];
    expect(rate(t.city.street1.id)).toMatchObject({ numerator: 3, denominator: 5, value: 3 / 5 });
    expect(rate(t.city.street2.id)).toMatchObject({ numerator: 1, denominator: 1, value: 1 });
  });
});
