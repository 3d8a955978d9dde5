import { afterAll, describe, expect, it } from 'vitest';
import { createCreditCommunitiesService } from '../../modules/entrepreneurship/credit-communities/credit-communities.service.ts';
import { fixedClock } from '../../platform/clock.ts';
import { createFieldCipher } from '../../platform/crypto.ts';
import { TEST_NOW, TEST_TODAY } from '../../test/test-clock.ts';
import { createTestDatabase } from '../../test/test-db.ts';
import { loadDemoCity } from '../demo-city.ts';
import { demoActors, demoCalendar, demoServices } from '../demo-services.ts';

const database = await createTestDatabase();
afterAll(() => database.close());
const cipher = createFieldCipher(Buffer.alloc(32, 7));
const demo = await loadDemoCity(database.db, cipher, { today: TEST_TODAY, now: TEST_NOW });
const db = database.db;
const deps = demoServices(db, cipher, fixedClock(TEST_NOW), await demoCalendar(db));
const service = createCreditCommunitiesService(deps);
const reviewer = (await demoActors(db, ['sj_reviewer'])).get('sj_reviewer')!;
const year = Number(TEST_TODAY.slice(0, 4)) - 1;

describe('the demo credit communities', () => {
  it('books last year’s ledger of two communities', async () => {
    const { recognisable, notRecognisable } = demo.creditCommunities!;
    const items = (await service.overview(reviewer, year)).items;
    expect(items.find((i) => i.name === recognisable)?.figures).toMatchObject({
      borrowers: 4,
      issued: '140000.00',
      recoveryRatePercent: '99.00',
      commitmentsSigned: 4,
      trackingCards: 4,
    });
    expect(items.find((i) => i.name === notRecognisable)?.figures).toMatchObject({
      borrowers: 3,
      recoveryRatePercent: '90.00',
      badDebt: '10000.00',
    });
  });

  it('gives one community the rule recognises and one it does not', async () => {
    const { recognisable, notRecognisable } = demo.creditCommunities!;
    const ids = (await service.overview(reviewer, year)).items.filter(
      (i) => i.name === recognisable || i.name === notRecognisable,
    );
    const checks = { debt_recovery_cooperation: true, joint_recognition: true };
    const out = await service.evaluate(reviewer, {
      year,
      items: ids.map((i) => ({ communityOrgId: i.communityOrgId, fullEmployment: true, checks })),
    });
    const by = (name: string) => out.items.find((i) => i.name === name)?.evaluation;
    expect(by(recognisable)).toMatchObject({ outcome: 'recognised', reward: '2100.00' });
    expect(by(notRecognisable)).toMatchObject({ outcome: 'not_recognised' });
  });
});
