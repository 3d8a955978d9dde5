import { and, asc, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import {
  townAssessmentDocuments,
  townAssessmentPlans,
  townAssessmentSubmissions,
} from '../modules/assessment/town/town-assessment.schema.ts';
import { createFieldCipher } from '../platform/crypto.ts';
import { organisations } from '../platform/orgs/orgs.schema.ts';
import { TEST_NOW, TEST_TODAY } from '../test/test-clock.ts';
import { createTestDatabase } from '../test/test-db.ts';
import { loadDemoCity } from './demo-city.ts';

const database = await createTestDatabase();
afterAll(() => database.close());
const demo = await loadDemoCity(database.db, createFieldCipher(Buffer.alloc(32, 7)), {
  today: TEST_TODAY,
  now: TEST_NOW,
});
const db = database.db;
const year = Number(TEST_TODAY.slice(0, 4));
const quarter = Math.ceil(Number(TEST_TODAY.slice(5, 7)) / 3);

describe('the demo town assessment of 肥城市', () => {
  it('has last year’s plan and this year’s in two versions, the second with its reason', async () => {
    const plans = await db
      .select({
        year: townAssessmentPlans.year,
        version: townAssessmentPlans.version,
        reason: townAssessmentPlans.reason,
      })
      .from(townAssessmentPlans)
      .orderBy(asc(townAssessmentPlans.year), asc(townAssessmentPlans.version));
    expect(plans.map((p) => [p.year, p.version])).toEqual([
      [year - 1, 1],
      [year, 1],
      [year, 2],
    ]);
    expect(plans[2]!.reason?.length).toBeGreaterThanOrEqual(10);
    expect(demo.townAssessment).toMatchObject({ plans: 2, documents: 2 });
  });

  it('published last year’s half-year notice and year-end ranking', async () => {
    const docs = await db.select().from(townAssessmentDocuments).orderBy(asc(townAssessmentDocuments.period));
    expect(docs.map((d) => [d.year, d.period, d.publishedAt !== null])).toEqual([
      [year - 1, 'half_year', true],
      [year - 1, 'year_end', true],
    ]);
  });

  it('leaves one finished quarter awaiting review and 王瓜店街道 with the current quarter to report', async () => {
    const rows = await db
      .select({
        town: organisations.name,
        q: townAssessmentSubmissions.quarter,
        status: townAssessmentSubmissions.status,
      })
      .from(townAssessmentSubmissions)
      .innerJoin(organisations, eq(organisations.id, townAssessmentSubmissions.orgId))
      .where(and(eq(townAssessmentSubmissions.year, year)));
    expect(rows.filter((r) => r.q < quarter && r.status === 'submitted').map((r) => r.town)).toEqual([
      '老城街道',
    ]);
    const current = rows.filter((r) => r.q === quarter);
    expect(current.map((r) => r.town).sort()).toEqual(['仪阳街道', '新城街道', '老城街道'].sort());
  });
});
