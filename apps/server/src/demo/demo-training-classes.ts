import { addDays, type IsoDate } from '@minsheng/rules/engine/dates.ts';
import { and, asc, eq, isNull, like, lte } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { persons } from '../modules/registry/persons/persons.schema.ts';
import { unemploymentRegistrations } from '../modules/registry/registrations/registrations.schema.ts';
import { createClassesService } from '../modules/training/classes/classes.service.ts';
import {
  trainingInstitutions,
  trainingInstitutionTeachers,
} from '../modules/training/institutions/institutions.schema.ts';
import { createAttendanceService } from '../modules/training/trainees/attendance.service.ts';
import { createTraineesService } from '../modules/training/trainees/trainees.service.ts';
import type { FieldCipher } from '../platform/crypto.ts';
import { at, trainingDemoContext } from './demo-training-institutions.ts';

export interface DemoClassCounts {
  classes: number;
  trainees: number;
  rollCalls: number;
}

/** At most this many registered unemployed persons of the institution's street join the ended class. */
const TRAINEES = 6;

/**
 * The ended class of the demo, walked through the real services on dates before today:
 * 泰安市岱宗职业培训学校 applies for a 中式烹调师 5级 skills re-employment class from its designation
 * day, the city reviewer approves it, it starts about 45 days ago and ends a few working days ago.
 * Up to six registered unemployed persons of the institution's street are enrolled; the roll call is kept
 * on every class day but the last, one trainee attending only every third day (below the completion
 * threshold). Results are not entered and the class is not closed: the browser journey does that.
 */
export async function createDemoTrainingClasses(
  tx: Executor,
  cipher: FieldCipher,
  opts: { now: Date; staffUsername: string; reviewer: string },
): Promise<DemoClassCounts> {
  const { db, work, calendar, staff, reviewer, today } = await trainingDemoContext(tx, opts);

  const [inst] = await tx
    .select({ id: trainingInstitutions.id, validFrom: trainingInstitutions.validFrom })
    .from(trainingInstitutions)
    .where(eq(trainingInstitutions.name, '泰安市岱宗职业培训学校'));
  if (!inst?.validFrom) throw new Error('the demo institution 泰安市岱宗职业培训学校 is not designated');
  const [teacher] = await tx
    .select({ id: trainingInstitutionTeachers.id })
    .from(trainingInstitutionTeachers)
    .where(
      and(
        eq(trainingInstitutionTeachers.institutionId, inst.id),
        eq(trainingInstitutionTeachers.occupation, '中式烹调师'),
      ),
    )
    .orderBy(asc(trainingInstitutionTeachers.name));

  const working = (from: IsoDate, step: 1 | -1) => {
    let d = from;
    while (!work.isWorkingDay(d)) d = addDays(d, step);
    return d;
  };
  const latest = (a: IsoDate, b: IsoDate) => (a > b ? a : b);
  const appliedOn = inst.validFrom;
  const startsOn = working(latest(addDays(today, -45), addDays(appliedOn, 1)), 1);
  const endsOn = working(addDays(today, -4), -1);

  const classes = (day: IsoDate) => createClassesService({ db, clock: at(day), calendar });
  let cls = await classes(appliedOn).apply(staff, {
    programme: 'skills_reemployment',
    occupation: '中式烹调师',
    level: 5,
    hours: 180,
    startsOn,
    endsOn,
    place: '泰山区岱宗大街 126 号 实训楼一层（烹饪实训室）',
    teacherIds: [teacher!.id],
    employerId: null,
    feePerTraineeFen: 95_000,
    capacity: 30,
    completionThresholdPercent: 80,
  });
  cls = await classes(appliedOn).review(reviewer, cls.id, { version: cls.version, approve: true });
  cls = await classes(startsOn).start(staff, cls.id, { version: cls.version });

  // Persons of the institution's street with an unemployment registration open since before the class.
  const people = await tx
    .select({ idNumberEnc: persons.idNumberEnc })
    .from(persons)
    .innerJoin(unemploymentRegistrations, eq(unemploymentRegistrations.personId, persons.id))
    .where(
      and(
        like(persons.orgPath, `${staff.orgPath}%`),
        isNull(unemploymentRegistrations.endedOn),
        lte(unemploymentRegistrations.registeredOn, startsOn),
      ),
    )
    .orderBy(asc(persons.id))
    .limit(TRAINEES);
  const trainees = createTraineesService({ db, cipher, clock: at(startsOn) });
  const enrolled: string[] = [];
  for (const p of people) {
    const row = await trainees.enrol(staff, cls.id, { idNumber: cipher.decrypt(p.idNumberEnc) });
    enrolled.push(row.id);
  }

  // Every class day but the last; the last trainee comes only every third day.
  let rollCalls = 0;
  const lastPresent = enrolled.at(-1);
  for (let day = startsOn, n = 0; day < endsOn; day = addDays(day, 1)) {
    if (!work.isWorkingDay(day)) continue;
    const present = n++ % 3 === 0 ? enrolled : enrolled.filter((id) => id !== lastPresent);
    await createAttendanceService({ db, cipher, clock: at(day) }).rollCall(staff, cls.id, {
      onDate: day,
      presentTraineeIds: present,
    });
    rollCalls += 1;
  }
  return { classes: 1, trainees: enrolled.length, rollCalls };
}
