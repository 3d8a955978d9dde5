import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/client.ts';
import { classDays, completes } from '../modules/training/classes/classes.rules.ts';
import { canOpenClasses } from '../modules/training/institutions/institution-lifecycle.ts';
import type { InstitutionStatus } from '../modules/training/institutions/institutions.schema.ts';
import { createProgressService } from '../modules/training/progress/progress.service.ts';
import { createFieldCipher } from '../platform/crypto.ts';
import { TEST_NOW, TEST_TODAY } from '../test/test-clock.ts';
import { createTestDatabase } from '../test/test-db.ts';
import { loadDemoCity } from './demo-city.ts';
import { demoActors, demoCalendar } from './demo-services.ts';
import { generateTrainingScale, hasTrainingScale, untrainedPersons } from './demo-training-scale.ts';

const database = await createTestDatabase();
afterAll(() => database.close());
const db = database.db;
await loadDemoCity(db, createFieldCipher(Buffer.alloc(32, 7)), {
  persons: 230,
  today: TEST_TODAY,
  now: TEST_NOW,
});
const untrainedBefore = await untrainedPersons(db);
const steps: string[] = [];
const counts = await generateTrainingScale(db, {
  classes: 5,
  today: TEST_TODAY,
  progress: (s) => steps.push(s),
});

interface TraineeRow {
  id: string;
  person_id: string;
  programme: string;
  status: string;
  attended_days: number;
  signed: number;
  result: string | null;
  certificate_id: string | null;
  withdrawn_on: string | null;
  class_status: string;
  starts_on: string;
  ends_on: string;
  threshold: number;
}
/** Every trainee (the demo city's own classes too), or only the generated ones. */
const traineesOf = (onlyGenerated: boolean) =>
  queryRows<TraineeRow>(
    db,
    sql`select t.id, t.person_id, t.programme, t.status, t.attended_days, t.result, t.certificate_id,
      t.withdrawn_on::text, c.status as class_status, c.starts_on::text, c.ends_on::text,
      c.completion_threshold_percent as threshold,
      (select count(*)::int from training_attendance a where a.trainee_id = t.id) as signed
    from training_trainees t join training_classes c on c.id = t.class_id
    where ${onlyGenerated ? sql`c.number like 'BJ-SCALE-%'` : sql`true`}`,
  );
const trainees = await traineesOf(true);

describe('generateTrainingScale', () => {
  it('adds the classes and 40 distinct untrained persons per class, reporting each step', async () => {
    expect(counts).toMatchObject({ institutions: 1, classes: 5, trainees: 200 });
    expect(trainees).toHaveLength(200);
    expect(new Set(trainees.map((t) => t.person_id)).size).toBe(200);
    expect(await untrainedPersons(db)).toBe(untrainedBefore - 200);
    expect(await hasTrainingScale(db)).toBe(true);
    expect(steps.at(-1)).toBe('证书和培训后就业');
    expect(steps).toContain('200 名学员，结业和考核结果');
  });

  it('keeps each trainee’s attended days equal to its sign-in rows, none on a rest day', async () => {
    expect(trainees.filter((t) => t.attended_days !== t.signed)).toEqual([]);
    expect(counts.attendance).toBe(trainees.reduce((n, t) => n + t.signed, 0));
    const calendar = await demoCalendar(db);
    const days = await queryRows<{ d: string }>(
      db,
      sql`select distinct a.on_date::text as d from training_attendance a
        join training_trainees t on t.id = a.trainee_id join training_classes c on c.id = t.class_id
        where c.number like 'BJ-SCALE-%'`,
    );
    expect(days.filter(({ d }) => !calendar.isWorkingDay(d))).toEqual([]);
  });

  it('closes ended classes, deciding completion as closing does, with results only for those who completed', async () => {
    const calendar = await demoCalendar(db);
    for (const t of trainees) {
      expect(t.class_status).toBe(t.ends_on < TEST_TODAY ? 'closed' : 'running');
      if (t.withdrawn_on !== null) {
        expect(t.status).toBe('withdrawn');
        continue;
      }
      const done = completes(t.attended_days, classDays(calendar, t.starts_on, t.ends_on), t.threshold);
      const expected = t.class_status === 'running' ? 'enrolled' : done ? 'completed' : 'not_completed';
      expect(t.status).toBe(expected);
      expect(t.result !== null).toBe(t.status === 'completed');
      if (t.certificate_id) expect(t.result).toBe('passed');
    }
    expect(trainees.filter((t) => t.status === 'completed').length).toBeGreaterThan(100);
  });

  it('runs the classes at designated institutions able to open them', async () => {
    const rows = await queryRows<{ status: InstitutionStatus; valid_from: string; valid_to: string }>(
      db,
      sql`select status, valid_from::text, valid_to::text from training_institutions where number like 'JG-SCALE-%'`,
    );
    expect(rows).toHaveLength(1);
    for (const r of rows)
      expect(
        canOpenClasses({ status: r.status, validFrom: r.valid_from, validTo: r.valid_to }, TEST_TODAY),
      ).toBe(true);
  });

  it('counts in the city’s progress exactly the completed, passed and certified trainees it inserted', async () => {
    // The demo city's own closed class counts too.
    const all = await traineesOf(false);
    expect(all.length).toBeGreaterThan(trainees.length);
    const leader = (await demoActors(db, ['sj_leader'])).get('sj_leader')!;
    const progress = createProgressService({ db });
    const years = [...new Set(all.map((t) => Number(t.ends_on.slice(0, 4))))];
    let counted = 0;
    for (const programme of ['skills_reemployment', 'entrepreneurship', 'order_training'] as const)
      for (const year of years) {
        const mine = all.filter(
          (t) => t.status === 'completed' && t.programme === programme && t.ends_on.startsWith(String(year)),
        );
        const answer = await progress.progress(leader, { year, programme });
        counted += answer.total.trained;
        expect(answer.total).toMatchObject({
          trained: mine.length,
          passed: mine.filter((t) => t.result === 'passed').length,
          certified: mine.filter((t) => t.certificate_id !== null).length,
        });
      }
    expect(counted).toBe(all.filter((t) => t.status === 'completed').length);
  });
});
