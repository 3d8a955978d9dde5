import { afterAll, describe, expect, it } from 'vitest';
import { createExpertsService } from '../../modules/entrepreneurship/experts/experts.service.ts';
import { createFilesService } from '../../modules/entrepreneurship/files/files.service.ts';
import { createBusinessPlansService } from '../../modules/entrepreneurship/files/plans.service.ts';
import { createProjectsService } from '../../modules/entrepreneurship/projects/projects.service.ts';
import { fixedClock } from '../../platform/clock.ts';
import { createFieldCipher } from '../../platform/crypto.ts';
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
const db = database.db;
const clock = fixedClock(TEST_NOW);
const actors = await demoActors(db, ['jd_370902001', 'zj_370902001', 'jd_370902002']);

describe('the demo entrepreneurship files', () => {
  it('gives the first street trainee files with plans in every state', async () => {
    expect(demo.entrepreneurshipFiles).toEqual({ experts: 4, teachers: 3, projects: 6, files: 5, plans: 4 });
    const files = await createFilesService({ db, clock }).list(actors.get('jd_370902001')!, {
      page: 1,
      pageSize: 20,
    });
    // the five of this demo, and the whole-chain entrepreneur's file (his plan approved)
    expect(files.map((f) => f.planStatus).sort()).toEqual(
      ['approved', 'approved', 'approved', 'revise', 'submitted', null].sort(),
    );
    expect(files.map((f) => f.number)).toContain(demo.entrepreneurChain!.fileNumber);
    const first = files.find((f) => f.mentorName === '王建国');
    const detail = await createFilesService({ db, clock }).detail(actors.get('jd_370902001')!, first!.id);
    // (the person may also have loans of the credit-community demo ledger: other modules' entries)
    expect([...new Set(detail.timeline.map((e) => e.kind))]).toEqual(
      expect.arrayContaining([
        'file',
        'training',
        'plan',
        'review',
        'guidance',
        'internship',
        'association',
        'project',
        'rating',
      ]),
    );
    // another street's station sees none of them
    expect(
      await createFilesService({ db, clock }).list(actors.get('jd_370902002')!, { page: 1, pageSize: 20 }),
    ).toEqual([]);
  });

  it('signs 王建国 in as zj_ and shows him the plan and the project awaiting his review', async () => {
    const expert = actors.get('zj_370902001')!;
    const queue = await createBusinessPlansService({ db, clock }).assigned(expert);
    expect(queue.filter((q) => q.reviewedOn === null).map((q) => q.title)).toEqual(['家政服务站']);
    const projects = await createProjectsService({ db, clock }).assigned(expert);
    expect(projects.filter((p) => p.status === 'collected').map((p) => p.name)).toEqual(['宠物美容店']);
    const pool = await createExpertsService({ db }).list(actors.get('jd_370902001')!);
    expect(pool.find((e) => e.name === '王建国')).toMatchObject({
      username: 'zj_370902001',
      averageRating: '5.00',
    });
  });

  it('publishes five projects on the public page', async () => {
    const { items } = await createProjectsService({ db, clock }).published();
    expect(items).toHaveLength(5);
  });
});
