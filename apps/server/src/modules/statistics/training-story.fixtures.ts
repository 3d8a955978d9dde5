import type { TestApp } from '../../test/test-app.ts';
import { trainingRecords } from '../training/progress/progress.fixtures.ts';
import { insertTestInstitution } from '../training/training.fixtures.ts';

/**
 * A hand-countable training story for the statistics and the reports (the re-employment window is
 * 6 months after the class's last day). Class A ends 2026-03-31 and class E 2026-06-15 (first
 * half), class B 2026-08-31 (second half), class D is entrepreneurship training. The institution
 * lies at the city; each trainee counts where the trainee record lies.
 *
 * Street 1, 2026 first half: trained p1@A p2@A p3@A p1@E p7@A (5: p1 twice); passed p1@A p2@A p7@A
 * (3); certified p1@A p7@A (2); re-employed p1@A p3@A (2). Street 2: trained q1@A (1), passed 1,
 * re-employed 0. Second half: street 1 p5@B, passed and re-employed.
 */
export async function seedTrainingStory(t: TestApp) {
  const r = trainingRecords(t.db);
  const c1 = t.city.community1; // street 1
  const c2 = t.city.community2; // street 2
  const inst = await insertTestInstitution(t.db, { org: t.city.city });
  const A = await r.class(inst, { startsOn: '2026-03-01', endsOn: '2026-03-31' });
  const E = await r.class(inst, { startsOn: '2026-06-01', endsOn: '2026-06-15' });
  const B = await r.class(inst, { startsOn: '2026-08-01', endsOn: '2026-08-31' });
  const D = await r.class(inst, {
    startsOn: '2026-05-01',
    endsOn: '2026-05-31',
    programme: 'entrepreneurship',
  });

  const p1 = await r.person(c1, '学员一');
  await r.trainee(A, p1, c1, { result: 'passed', certificate: true });
  await r.registration(c1, p1, '2026-05-10'); // after A: re-employed; before E: not after E
  await r.trainee(E, p1, c1, { result: 'absent' });
  const p2 = await r.person(c1, '学员二');
  await r.trainee(A, p2, c1, { result: 'passed' });
  await r.registration(c1, p2, '2026-10-01'); // one day after the window
  const p3 = await r.person(c1, '学员三');
  await r.trainee(A, p3, c1, { result: 'failed' });
  await r.contribution(c1, p3, '2026-04-01'); // a paid month: re-employed
  const p4 = await r.person(c1, '学员四');
  await r.trainee(A, p4, c1, { status: 'not_completed' }); // not trained
  const p5 = await r.person(c1, '学员五');
  await r.trainee(B, p5, c1, { result: 'passed' });
  await r.contract(c1, p5, '2026-09-15');
  const p6 = await r.person(c1, '学员六');
  await r.trainee(D, p6, c1, { result: 'passed' }); // another programme
  // enrolled from street 1, living in street 2 now: counted where the trainee record lies
  const p7 = await r.person(c2, '学员七');
  await r.trainee(A, p7, c1, { result: 'passed', certificate: true });
  const q1 = await r.person(c2, '学员八');
  await r.trainee(A, q1, c2, { result: 'passed' });
  await r.registration(c2, q1, '2026-03-31'); // on the class's last day, not after it
}

/** The hand counts of the story: trained, passed, certified, re-employed. */
export const trainingStoryCounts = {
  street1H1: { trained: 5, passed: 3, certified: 2, reemployed: 2 },
  street2H1: { trained: 1, passed: 1, certified: 0, reemployed: 0 },
  street1Year: { trained: 6, passed: 4, certified: 2, reemployed: 3 },
};
