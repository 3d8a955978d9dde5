import { workCalendar } from '@minsheng/rules/engine/calendar.ts';
import { addDays } from '@minsheng/rules/engine/dates.ts';
import { eq, ne } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { publicNotices } from '../modules/cases/finance/case-finance.schema.ts';
import { classDays, completes } from '../modules/training/classes/classes.rules.ts';
import { trainingClasses } from '../modules/training/classes/classes.schema.ts';
import { canOpenClasses } from '../modules/training/institutions/institution-lifecycle.ts';
import {
  trainingInstitutions,
  trainingInstitutionUsers,
} from '../modules/training/institutions/institutions.schema.ts';
import { createInstitutionsPublicService } from '../modules/training/institutions/institutions-public.service.ts';
import { createProgressService } from '../modules/training/progress/progress.service.ts';
import { trainingTrainees } from '../modules/training/trainees/trainees.schema.ts';
import { users } from '../platform/access/access.schema.ts';
import { fixedClock } from '../platform/clock.ts';
import { createFieldCipher } from '../platform/crypto.ts';
import { TEST_NOW, TEST_TODAY } from '../test/test-clock.ts';
import { createTestDatabase } from '../test/test-db.ts';
import { loadDemoCity } from './demo-city.ts';
import { demoActors } from './demo-services.ts';

const database = await createTestDatabase();
afterAll(() => database.close());
const demo = await loadDemoCity(database.db, createFieldCipher(Buffer.alloc(32, 7)), {
  today: TEST_TODAY,
  now: TEST_NOW,
});
const db = database.db;

describe('the demo training institutions', () => {
  it('designates 泰安市岱宗职业培训学校 and links it to the px_ account, able to open classes', async () => {
    const [row] = await db
      .select({ institution: trainingInstitutions, username: users.username })
      .from(trainingInstitutions)
      .innerJoin(
        trainingInstitutionUsers,
        eq(trainingInstitutionUsers.institutionId, trainingInstitutions.id),
      )
      .innerJoin(users, eq(users.id, trainingInstitutionUsers.userId))
      .where(eq(trainingInstitutions.name, '泰安市岱宗职业培训学校'));
    expect(row?.username).toBe('px_370902001');
    expect(row?.institution.status).toBe('designated');
    expect(canOpenClasses(row!.institution, TEST_TODAY)).toBe(true);
    expect(row!.institution.occupations.map((o) => o.occupation)).toEqual([
      '中式烹调师',
      '育婴员',
      '电工',
      '创业培训（SYB）',
    ]);
  });

  it('has one institution in each of the states the pages show', async () => {
    const rows = await db.select({ status: trainingInstitutions.status }).from(trainingInstitutions);
    expect(rows.map((r) => r.status).sort()).toEqual(['applied', 'designated', 'in_notice', 'rectifying']);
    expect(demo.trainingInstitutions).toEqual({ designated: 1, rectifying: 1, inNotice: 1, applied: 1 });
  });

  it('puts the designated and the rectifying one on the public list', async () => {
    const list = await createInstitutionsPublicService({ db, clock: fixedClock(TEST_NOW) }).list();
    expect(list.items.map((i) => i.status).sort()).toEqual(['designated', 'rectifying']);
  });
});

describe('the demo training class awaiting its results', () => {
  it('has one institution whose public notice has ended, ready to be designated', async () => {
    const rows = await db
      .select({ status: trainingInstitutions.status, endsOn: publicNotices.endsOn })
      .from(trainingInstitutions)
      .innerJoin(publicNotices, eq(publicNotices.id, trainingInstitutions.noticeId))
      .where(eq(trainingInstitutions.status, 'in_notice'));
    expect(rows).toHaveLength(1);
    expect((rows[0]!.endsOn ?? '9999-12-31') < TEST_TODAY).toBe(true);
  });

  it('runs a class of the px_ institution that has ended, its trainees enrolled and called, no result yet', async () => {
    const [cls] = await db.select().from(trainingClasses).where(eq(trainingClasses.status, 'running'));
    expect(cls).toMatchObject({
      status: 'running',
      occupation: '中式烹调师',
      level: 5,
      feePerTraineeFen: 95_000,
    });
    expect(cls!.endsOn < TEST_TODAY && cls!.startsOn < cls!.endsOn).toBe(true);
    const trainees = await db.select().from(trainingTrainees).where(eq(trainingTrainees.classId, cls!.id));
    expect(trainees.length).toBeGreaterThanOrEqual(4);
    expect(trainees.every((t) => t.status === 'enrolled' && t.result === null)).toBe(true);
    const days = classDays(workCalendar, cls!.startsOn, cls!.endsOn);
    const below = trainees.filter((t) => !completes(t.attendedDays, days, cls!.completionThresholdPercent));
    expect(below).toHaveLength(1);
    const others = await db.select().from(trainingClasses).where(ne(trainingClasses.id, cls!.id));
    const closed = await db.select().from(trainingTrainees).where(ne(trainingTrainees.classId, cls!.id));
    expect(demo.trainingClasses).toEqual({
      classes: 3,
      trainees: trainees.length + closed.length,
      rollCalls: days - 1 + others.reduce((sum, o) => sum + classDays(workCalendar, o.startsOn, o.endsOn), 0),
    });
  });
});

describe('the demo training class closed with its results', () => {
  it('closed with three passed (certificates linked), one failed and one not completed', async () => {
    const [cls] = await db.select().from(trainingClasses).where(eq(trainingClasses.occupation, '育婴员'));
    expect(cls).toMatchObject({ status: 'closed', level: 5 });
    expect(cls!.endsOn < TEST_TODAY).toBe(true);
    const trainees = await db.select().from(trainingTrainees).where(eq(trainingTrainees.classId, cls!.id));
    const tally = (f: (t: (typeof trainees)[number]) => unknown) =>
      trainees.reduce<Record<string, number>>((acc, t) => {
        const key = String(f(t));
        acc[key] = (acc[key] ?? 0) + 1;
        return acc;
      }, {});
    expect(tally((t) => t.result)).toEqual({ passed: 3, failed: 1, null: 1 });
    expect(tally((t) => t.status)).toEqual({ completed: 4, not_completed: 1 });
    expect(trainees.filter((t) => t.result === 'passed').every((t) => t.certificateId !== null)).toBe(true);
  });

  it('shows in the training progress of the city: trained, passed and one at work since', async () => {
    const [cls] = await db.select().from(trainingClasses).where(eq(trainingClasses.occupation, '育婴员'));
    const reviewer = (await demoActors(db, ['sj_reviewer'])).get('sj_reviewer')!;
    const progress = await createProgressService({ db }).progress(reviewer, {
      year: Number(cls!.endsOn.slice(0, 4)),
    });
    expect(progress.total).toMatchObject({ passed: 3, certified: 3, reemployed: 1 });
  });
});

describe('the demo SYB class', () => {
  it('ended about seven months ago with every trainee passed, the 3- and 6-month follow-ups due since', async () => {
    const [cls] = await db
      .select()
      .from(trainingClasses)
      .where(eq(trainingClasses.programme, 'entrepreneurship'));
    expect(cls).toMatchObject({ status: 'closed', level: null, occupation: '创业培训（SYB）' });
    expect(cls!.endsOn < addDays(TEST_TODAY, -183)).toBe(true);
    expect(classDays(workCalendar, cls!.startsOn, cls!.endsOn)).toBe(10);
    const trainees = await db.select().from(trainingTrainees).where(eq(trainingTrainees.classId, cls!.id));
    expect(trainees.length).toBeGreaterThanOrEqual(4);
    expect(trainees.every((t) => t.status === 'completed' && t.result === 'passed')).toBe(true);
  });
});
