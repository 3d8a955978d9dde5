import type { TestApp } from '../../test/test-app.ts';
import { seedProgressStory } from '../training/progress/progress.fixtures.ts';

/**
 * The training progress's story (`seedProgressStory`) and two cases where counting trainee records
 * differs from counting persons where they live now: p1 trained again in class F (ends 2026-06-15,
 * absent from the appraisal, re-employed by the registration of 2026-09-30), and p7, who lives in
 * street 2 now but was enrolled from street 1 (passed, certified, not re-employed).
 *
 * Street 1, 2026 first half: trained p1@A p2@A p3@A p1@F p7@A (5); passed p1@A p2@A p7@A (3);
 * certified p1@A p7@A (2); re-employed p1@A p3@A p1@F (3). Street 2: q1@A, passed, not re-employed.
 * The year adds p6@B in street 1 (passed, re-employed).
 */
export async function seedTrainingStory(t: TestApp) {
  const { r, c1, c2, inst, A, p1 } = await seedProgressStory(t);
  const F = await r.class(inst, { startsOn: '2026-06-01', endsOn: '2026-06-15' });
  await r.trainee(F, p1, c1, { result: 'absent' });
  const p7 = await r.person(c2, '学员九');
  await r.trainee(A, p7, c1, { result: 'passed', certificate: true });
}

/** The hand counts of the story: trained, passed, certified, re-employed. */
export const trainingStoryCounts = {
  street1H1: { trained: 5, passed: 3, certified: 2, reemployed: 3 },
  street2H1: { trained: 1, passed: 1, certified: 0, reemployed: 0 },
  street1Year: { trained: 6, passed: 4, certified: 2, reemployed: 4 },
};
