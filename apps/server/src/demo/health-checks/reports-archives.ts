import { addDays, addMonths, earlierDate, type IsoDate } from '@minsheng/rules/engine/dates.ts';
import { and, asc, eq, inArray, isNull, lt } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.ts';
import { healthCheckArchives } from '../../modules/health-checks/archives/archives.schema.ts';
import { createArchivesService } from '../../modules/health-checks/archives/archives.service.ts';
import { healthCheckExaminations } from '../../modules/health-checks/examinations/examinations.schema.ts';
import { hospitalOfUser } from '../../modules/health-checks/health-check-access.ts';
import { healthCheckExaminees } from '../../modules/health-checks/plans/plans.schema.ts';
import { createWeeklyReportsService } from '../../modules/health-checks/reports/weekly-reports.service.ts';
import { employers } from '../../modules/registry/employers/employers.schema.ts';
import { persons } from '../../modules/registry/persons/persons.schema.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { demoActors } from '../demo-services.ts';
import { at } from '../demo-training-institutions.ts';

/** The archives of the plan's examinations before this month, with what the return register needs. */
const pastArchives = (tx: Executor, planId: string, hospitalIds: string[], today: IsoDate) =>
  tx
    .select({
      id: healthCheckArchives.id,
      hospitalId: healthCheckArchives.hospitalId,
      dueOn: healthCheckArchives.dueOn,
      examinedOn: healthCheckExaminations.examinedOn,
      person: persons.name,
      employer: employers.name,
    })
    .from(healthCheckArchives)
    .innerJoin(healthCheckExaminations, eq(healthCheckExaminations.id, healthCheckArchives.examinationId))
    .innerJoin(healthCheckExaminees, eq(healthCheckExaminees.id, healthCheckExaminations.examineeId))
    .innerJoin(persons, eq(persons.id, healthCheckExaminees.personId))
    .leftJoin(employers, eq(employers.id, healthCheckExaminees.employerId))
    .where(
      and(
        eq(healthCheckArchives.planId, planId),
        inArray(healthCheckArchives.hospitalId, hospitalIds),
        eq(healthCheckArchives.reviewStatus, 'pending'),
        isNull(healthCheckArchives.returnedOn),
        lt(healthCheckExaminations.examinedOn, `${today.slice(0, 8)}01`),
      ),
    )
    .orderBy(asc(healthCheckArchives.dueOn), asc(persons.name), asc(healthCheckArchives.id));

/**
 * 第十六、十八条 in the demo, after its examinations: the 医保处 approves the archives of the months
 * before this one (on the 3rd of the month after each examination, or today when that comes first);
 * the hospitals return them a week later, all on time but one of the first hospital's, returned
 * three days after its due day or today (逾期返还). One past-due archive of each hospital stays out
 * (逾期未返还): the second's for the 医保处's alert list, the first's for the journey to return late.
 * Each hospital submits the progress table of every ended week of the plan but the first hospital
 * its latest, which the journey submits (「报送本周进度」).
 */
export async function createDemoReportsAndArchives(
  tx: Executor,
  o: { today: string; officerUsername: string; hospitalUsernames: readonly string[]; planId: string },
): Promise<{ weeklyReports: number; archivesReturned: number; lateReturns: number }> {
  const db = tx as unknown as Db;
  const actors = await demoActors(tx, [o.officerUsername, ...o.hospitalUsernames]);
  const actor = (username: string): Actor => {
    const a = actors.get(username);
    if (!a) throw new Error(`demo account ${username} is missing`);
    return a;
  };
  const officer = actor(o.officerUsername);
  const hospitals = await Promise.all(
    o.hospitalUsernames.map(async (username) => {
      const staff = actor(username);
      const id = await hospitalOfUser(tx, staff.userId);
      if (!id) throw new Error(`demo account ${username} is no hospital's staff`);
      return { id, staff };
    }),
  );
  const [first, second] = hospitals;

  const archives = await pastArchives(
    tx,
    o.planId,
    hospitals.map((h) => h.id),
    o.today,
  );
  const reviewOn = (examinedOn: IsoDate) => earlierDate(`${addMonths(examinedOn, 1).slice(0, 8)}03`, o.today);
  const byReviewDay = new Map<IsoDate, string[]>();
  for (const a of archives) {
    const day = reviewOn(a.examinedOn);
    byReviewDay.set(day, [...(byReviewDay.get(day) ?? []), a.id]);
  }
  for (const [day, ids] of byReviewDay)
    await createArchivesService({ db, clock: at(day) }).approveMany(officer, ids);

  const pastDue = (h: typeof first) => archives.filter((a) => a.hospitalId === h?.id && a.dueOn < o.today);
  const late = pastDue(first)[0];
  // one overdue archive at each hospital stays out: the first's for the journey to return (逾期返还),
  // the second's for the 医保处's 逾期未返还 list
  const kept = new Set([pastDue(first)[1], pastDue(second)[0]].filter((a) => a !== undefined));
  let archivesReturned = 0;
  for (const [n, a] of archives.entries()) {
    if (kept.has(a)) continue;
    const returnedOn =
      a === late
        ? earlierDate(addDays(a.dueOn, 3), o.today)
        : earlierDate(earlierDate(addDays(reviewOn(a.examinedOn), 7), a.dueOn), o.today);
    const toEmployer = a.employer !== null && n % 3 !== 2;
    await createArchivesService({ db, clock: at(o.today) }).returnArchive(
      hospitals.find((h) => h.id === a.hospitalId)!.staff,
      a.id,
      {
        returnedOn,
        receiverKind: toEmployer ? 'employer' : 'employee',
        receiverName: toEmployer ? `${a.employer} 人事经办人` : a.person,
        receiverSigned: true,
      },
    );
    archivesReturned += 1;
  }

  const overview = await createWeeklyReportsService({ db, clock: at(o.today) }).overview(officer, {
    planId: o.planId,
  });
  let weeklyReports = 0;
  for (const h of hospitals) {
    const row = overview.hospitals.find((x) => x.id === h.id);
    const ended = (row?.cells ?? []).filter((c) => c.status !== 'open' && c.status !== 'submitted');
    const weeks = h === first ? ended.slice(0, -1) : ended;
    for (const w of weeks) {
      const sentOn = addDays(w.weekStart, 7);
      await createWeeklyReportsService({ db, clock: at(sentOn) }).submit(h.staff, {
        planId: o.planId,
        weekStart: w.weekStart,
      });
      weeklyReports += 1;
    }
  }
  return { weeklyReports, archivesReturned, lateReturns: late ? 1 : 0 };
}
