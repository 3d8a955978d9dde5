import { addDays, type IsoDate } from '@minsheng/rules/engine/dates.ts';
import { and, asc, desc, eq, isNull, like, lte, notLike, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { persons } from '../modules/registry/persons/persons.schema.ts';
import { unemploymentRegistrations } from '../modules/registry/registrations/registrations.schema.ts';
import { createRegistrationsService } from '../modules/registry/registrations/registrations.service.ts';
import { createClassesService } from '../modules/training/classes/classes.service.ts';
import {
  trainingInstitutions,
  trainingInstitutionTeachers,
} from '../modules/training/institutions/institutions.schema.ts';
import { createAttendanceService } from '../modules/training/trainees/attendance.service.ts';
import { createResultsService } from '../modules/training/trainees/results.service.ts';
import { createTraineesService } from '../modules/training/trainees/trainees.service.ts';
import type { FieldCipher } from '../platform/crypto.ts';
import { demoActors } from './demo-services.ts';
import { at, trainingDemoContext } from './demo-training-institutions.ts';

export interface DemoClassCounts {
  classes: number;
  trainees: number;
  rollCalls: number;
}

/** At most this many registered unemployed persons of the institution's street join the ended class. */
const TRAINEES = 6;
/** ... and at most this many of other streets the closed class (the two classes' dates overlap). */
const CLOSED_TRAINEES = 5;
/** The SYB class: 10 class days (SYB's standard course), at most this many of the street's persons. */
const SYB_DAYS = 10;
const SYB_TRAINEES = 6;

/**
 * The classes of the demo, walked through the real services on dates before today by
 * 泰安市岱宗职业培训学校 (applied for on its designation day, approved by the city reviewer):
 * - a 育婴员 5级 class of persons from other streets that closed about three weeks ago with its
 *   results: three passed with their certificates, one failed, one attended too little to complete;
 *   one of those who passed has been at work since (an employment registration by their street's
 *   station), so the training progress,
 *   statistics and the plan's half-year report show trained, passed and re-employed trainees
 *   traceable to these records;
 * - a 中式烹调师 5级 class that started about 45 days ago and ended a few working days ago, its roll
 *   kept on every class day but the last, one trainee attending only every third day (below the
 *   completion threshold). Results are not entered and the class is not closed: the browser journey
 *   does that.
 */
export async function createDemoTrainingClasses(
  tx: Executor,
  cipher: FieldCipher,
  opts: { now: Date; staffUsername: string; reviewer: string; stationUsernames: string[] },
): Promise<DemoClassCounts> {
  const { db, work, calendar, staff, reviewer, today } = await trainingDemoContext(tx, opts);
  const stations = [...(await demoActors(tx, opts.stationUsernames)).values()];

  const [inst] = await tx
    .select({ id: trainingInstitutions.id, validFrom: trainingInstitutions.validFrom })
    .from(trainingInstitutions)
    .where(eq(trainingInstitutions.name, '泰安市岱宗职业培训学校'));
  if (!inst?.validFrom) throw new Error('the demo institution 泰安市岱宗职业培训学校 is not designated');
  const appliedOn = inst.validFrom;

  const working = (from: IsoDate, step: 1 | -1) => {
    let d = from;
    while (!work.isWorkingDay(d)) d = addDays(d, step);
    return d;
  };
  const latest = (a: IsoDate, b: IsoDate) => (a > b ? a : b);
  const classes = (day: IsoDate) => createClassesService({ db, clock: at(day), calendar });

  /** Applied for on the designation day, approved and started on its first day, trainees enrolled. */
  async function openClass(
    a: {
      programme?: 'skills_reemployment' | 'entrepreneurship';
      occupation: string;
      startsOn: IsoDate;
      endsOn: IsoDate;
      place: string;
      fen: number | null;
    },
    trainees: { from: SQL; limit: number; newestFirst?: boolean },
  ) {
    const programme = a.programme ?? 'skills_reemployment';
    const [teacher] = await tx
      .select({ id: trainingInstitutionTeachers.id })
      .from(trainingInstitutionTeachers)
      .where(
        and(
          eq(trainingInstitutionTeachers.institutionId, inst!.id),
          eq(trainingInstitutionTeachers.occupation, a.occupation),
        ),
      )
      .orderBy(asc(trainingInstitutionTeachers.name));
    let cls = await classes(appliedOn).apply(staff, {
      programme,
      occupation: a.occupation,
      level: programme === 'entrepreneurship' ? null : 5,
      hours: programme === 'entrepreneurship' ? 80 : 180,
      startsOn: a.startsOn,
      endsOn: a.endsOn,
      place: a.place,
      teacherIds: [teacher!.id],
      employerId: null,
      feePerTraineeFen: a.fen,
      capacity: 30,
      completionThresholdPercent: 80,
    });
    cls = await classes(appliedOn).review(reviewer, cls.id, { version: cls.version, approve: true });
    cls = await classes(a.startsOn).start(staff, cls.id, { version: cls.version });

    // Persons with an unemployment registration open since before the class.
    const people = await tx
      .select({ personId: persons.id, orgPath: persons.orgPath, idNumberEnc: persons.idNumberEnc })
      .from(persons)
      .innerJoin(unemploymentRegistrations, eq(unemploymentRegistrations.personId, persons.id))
      .where(
        and(
          trainees.from,
          isNull(unemploymentRegistrations.endedOn),
          lte(unemploymentRegistrations.registeredOn, a.startsOn),
        ),
      )
      .orderBy(trainees.newestFirst ? desc(persons.id) : asc(persons.id))
      .limit(trainees.limit);
    const enrolment = createTraineesService({ db, cipher, clock: at(a.startsOn) });
    const enrolled: { id: string; personId: string; orgPath: string }[] = [];
    for (const p of people) {
      const row = await enrolment.enrol(staff, cls.id, { idNumber: cipher.decrypt(p.idNumberEnc) });
      enrolled.push({ id: row.id, personId: p.personId, orgPath: p.orgPath });
    }
    return { cls, enrolled };
  }

  /** The roll on every class day before `until`; the last trainee comes only every third day. */
  async function callRolls(classId: string, startsOn: IsoDate, until: IsoDate, enrolled: string[]) {
    let rollCalls = 0;
    const rare = enrolled.at(-1);
    for (let day = startsOn, n = 0; day < until; day = addDays(day, 1)) {
      if (!work.isWorkingDay(day)) continue;
      const present = n++ % 3 === 0 ? enrolled : enrolled.filter((id) => id !== rare);
      await createAttendanceService({ db, cipher, clock: at(day) }).rollCall(staff, classId, {
        onDate: day,
        presentTraineeIds: present,
      });
      rollCalls += 1;
    }
    return rollCalls;
  }

  // The closed class: from the day after designation to about three weeks ago.
  const closedEnds = working(addDays(today, -20), -1);
  const closed = await openClass(
    {
      occupation: '育婴员',
      startsOn: working(latest(addDays(today, -60), addDays(appliedOn, 1)), 1),
      endsOn: closedEnds,
      place: '泰山区岱宗大街 126 号 实训楼二层（育婴实训室）',
      fen: 80_000,
    },
    { from: notLike(persons.orgPath, `${staff.orgPath}%`), limit: CLOSED_TRAINEES },
  );
  let rollCalls = await callRolls(
    closed.cls.id,
    closed.cls.startsOn,
    addDays(closedEnds, 1),
    closed.enrolled.map((t) => t.id),
  );
  const resultOn = working(addDays(closedEnds, 1), 1);
  const results = createResultsService({ db, clock: at(resultOn) });
  const completers = closed.enrolled.slice(0, -1);
  const passed = completers.slice(0, 3);
  for (const [i, t] of completers.entries()) {
    const pass = passed.includes(t);
    await results.record(staff, closed.cls.id, t.id, {
      result: pass ? 'passed' : 'failed',
      resultOn,
      ...(pass
        ? {
            certificate: {
              number: `YY${resultOn.replaceAll('-', '')}${String(i + 1).padStart(3, '0')}`,
              issuedOn: resultOn,
              issuer: '泰安市职业技能鉴定指导中心',
            },
          }
        : {}),
    });
  }
  const closing = await classes(resultOn).detail(staff, closed.cls.id);
  await classes(resultOn).close(staff, closed.cls.id, {
    version: closing.version,
    report: '教学计划全部完成；考核合格学员取得育婴员五级职业资格证书，一名学员出勤不足未结业。',
  });
  // One of those who passed has worked since: the re-employment the plan counts.
  const hired = passed[0];
  const station = stations.find((s) => hired?.orgPath.startsWith(s.orgPath));
  const startedOn = working(addDays(closedEnds, 7), 1);
  if (hired && station && startedOn <= today)
    await createRegistrationsService({ db, clock: at(startedOn) }).createEmploymentRegistration(
      station,
      hired.personId,
      { form: 'employer', employerName: '泰安市岱庙阳光家政服务有限公司', startedOn },
    );

  // The ended class awaiting its results.
  const endsOn = working(addDays(today, -4), -1);
  const ended = await openClass(
    {
      occupation: '中式烹调师',
      startsOn: working(latest(addDays(today, -45), addDays(appliedOn, 1)), 1),
      endsOn,
      place: '泰山区岱宗大街 126 号 实训楼一层（烹饪实训室）',
      fen: 95_000,
    },
    { from: like(persons.orgPath, `${staff.orgPath}%`), limit: TRAINEES },
  );
  rollCalls += await callRolls(
    ended.cls.id,
    ended.cls.startsOn,
    endsOn,
    ended.enrolled.map((t) => t.id),
  );
  const syb = await closedSybClass();
  rollCalls += syb.rollCalls;
  return {
    classes: 3,
    trainees: closed.enrolled.length + ended.enrolled.length + syb.trainees,
    rollCalls,
  };

  /**
   * An SYB class of the institution's street that ended about seven months ago, every trainee
   * passed: the entrepreneurship files, plans, loans and businesses of the demo grow from it, and
   * its trainees have had time for the 3- and 6-month follow-ups that 开业成功率 counts.
   */
  async function closedSybClass() {
    const startsOn = working(addDays(today, -230), 1);
    let endsOn = startsOn;
    for (let days = 1; days < SYB_DAYS; days += 1) endsOn = working(addDays(endsOn, 1), 1);
    const { cls, enrolled } = await openClass(
      {
        programme: 'entrepreneurship',
        occupation: '创业培训（SYB）',
        startsOn,
        endsOn,
        place: '泰山区岱宗大街 126 号 实训楼二层（育婴、电工实训室）',
        fen: null,
      },
      { from: like(persons.orgPath, `${staff.orgPath}%`), limit: SYB_TRAINEES, newestFirst: true },
    );
    const ids = enrolled.map((t) => t.id);
    let calls = 0;
    for (let day = startsOn; day <= endsOn; day = addDays(day, 1)) {
      if (!work.isWorkingDay(day)) continue;
      await createAttendanceService({ db, cipher, clock: at(day) }).rollCall(staff, cls.id, {
        onDate: day,
        presentTraineeIds: ids,
      });
      calls += 1;
    }
    const on = working(addDays(endsOn, 1), 1);
    const sybResults = createResultsService({ db, clock: at(on) });
    // 《创业培训合格证书》 is no qualification certificate of the registry: the result is the record.
    for (const t of enrolled)
      await sybResults.record(staff, cls.id, t.id, { result: 'passed', resultOn: on });
    const detail = await classes(on).detail(staff, cls.id);
    await classes(on).close(staff, cls.id, {
      version: detail.version,
      report: 'SYB 创业培训 10 天教学计划全部完成，学员均完成创业计划书并通过考核。',
    });
    return { trainees: enrolled.length, rollCalls: calls };
  }
}
