import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { kpiFigures } from '../../modules/entrepreneurship/kpis/kpis.repo.ts';
import { createKpisService } from '../../modules/entrepreneurship/kpis/kpis.service.ts';
import { createFieldCipher } from '../../platform/crypto.ts';
import { organisations } from '../../platform/orgs/orgs.schema.ts';
import { TEST_NOW, TEST_TODAY } from '../../test/test-clock.ts';
import { createTestDatabase } from '../../test/test-db.ts';
import { loadDemoCity } from '../demo-city.ts';
import { demoActors } from '../demo-services.ts';

const database = await createTestDatabase();
afterAll(() => database.close());
const demo = await loadDemoCity(database.db, createFieldCipher(Buffer.alloc(32, 7)), {
  today: TEST_TODAY,
  now: TEST_NOW,
});
const reviewer = (await demoActors(database.db, ['sj_reviewer'])).get('sj_reviewer')!;
const kpis = createKpisService({ db: database.db });

describe('the demo trainees’ businesses', () => {
  it('gives 创业计划进展 of the demo year figures computed from its records', async () => {
    expect(demo.entrepreneurshipBusinesses).toEqual({ files: 10, businesses: 8, residents: 3 });
    // 肥城市, where these files are (the city also counts the files of the other demos)
    const [county] = await database.db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.regionCode, '370983'));
    const orgId = county!.id;
    const k = await kpis.kpis(reviewer, { year: 2026, orgId });
    expect(k.figures).toEqual({
      trainees: 7,
      passed: 6,
      served: 5, // incubated, visited or phoned by the year's end (the drill-down below lists them)
      opened3: 2,
      opened6: 4,
      businesses: 5,
      jobs: 8,
      cohort: 3,
      survived: 2,
    });
    for (const figure of kpiFigures) {
      const d = await kpis.drilldown(reviewer, { year: 2026, orgId, figure, page: 1, pageSize: 200 });
      expect(d.total, figure).toBe(k.figures[figure]);
    }
    // the city: 肥城市's and the first street's — the files demo's five trained elsewhere (no
    // business yet) and the whole-chain entrepreneur (trained, passed, opened within 3 months, one
    // job from the registry); served: he and the three files-demo trainees whose plans the experts
    // have reviewed
    const city = await kpis.kpis(reviewer, { year: 2026 });
    expect(city.figures).toEqual({
      trainees: 7 + 6,
      passed: 6 + 6,
      served: 5 + 4,
      opened3: 2 + 1,
      opened6: 4 + 1,
      businesses: 5 + 1,
      jobs: 8 + 1,
      cohort: 3,
      survived: 2,
    });
  });
});
