import { eq } from 'drizzle-orm';
import { loadUserWithAccess } from '../../../platform/access/load-actor.ts';
import { createUser } from '../../../test/fixtures.ts';
import type { TestApp } from '../../../test/test-app.ts';
import { qualificationCertificates } from '../../registry/certificates/certificates.schema.ts';
import { personBody } from '../../registry/persons/persons.fixtures.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { trainingInstitutionTeachers } from '../institutions/institutions.schema.ts';
import { type TraineeGroup, trainingAttendance, trainingTrainees } from '../trainees/trainees.schema.ts';
import { insertTestInstitution } from '../training.fixtures.ts';
import type { ClassRow } from './classes.repo.ts';
import { trainingClasses } from './classes.schema.ts';

let seq = 500;

/** A designated institution of the city (2026-02-01 … 2027-12-31) with one active teacher. */
export async function institutionWithTeacher(
  t: TestApp,
  staffUserIds: string[],
  occupations?: { occupation: string; levels: number[] }[],
) {
  const inst = await insertTestInstitution(t.db, {
    org: t.city.city,
    staffUserIds,
    ...(occupations ? { occupations } : {}),
  });
  const [teacher] = await t.db
    .insert(trainingInstitutionTeachers)
    .values({
      institutionId: inst.id,
      name: '李老师',
      certificateNumber: `JS${++seq}`,
      occupation: '中式烹调师',
      level: 3,
    })
    .returning();
  return { inst, teacherId: teacher!.id };
}

/** A signed-in member of staff of another designated institution (for the scope tests). */
export async function otherInstitutionStaff(t: TestApp) {
  const stranger = await createUser(t.db, {
    username: 'px_other',
    orgId: t.city.street2.id,
    roles: ['training_institution'],
  });
  await insertTestInstitution(t.db, { org: t.city.city, staffUserIds: [stranger.id] });
  return t.login('px_other');
}

/** POST /api/training/classes body: a level-4 cooking class in November 2026 costing 950 yuan. */
export const classBody = (teacherId: string, overrides: Record<string, unknown> = {}) => ({
  programme: 'skills_reemployment',
  occupation: '中式烹调师',
  level: 4,
  hours: 120,
  startsOn: '2026-11-02',
  endsOn: '2026-11-27',
  place: '泰山区东岳大街1号实训楼',
  teacherIds: [teacherId],
  employerId: null,
  feePerTrainee: '950.00',
  capacity: 40,
  completionThresholdPercent: 80,
  ...overrides,
});

/**
 * A trainee straight in the table (enrolment is the trainees module's), with `attendedDays` sign-ins
 * on the class's first working days, and optionally a result and a registered certificate.
 */
export async function insertTrainee(
  t: TestApp,
  cls: ClassRow,
  opts: {
    group?: TraineeGroup;
    attendedDays?: number;
    result?: 'passed' | 'failed' | 'absent' | null;
    certificateLevel?: string | null;
    status?: 'enrolled' | 'withdrawn' | 'completed' | 'not_completed';
    personId?: string;
  } = {},
) {
  seq += 1;
  const officer = (await loadUserWithAccess(t.db, t.users.officer1.id, { ip: null, userAgent: null }))!.actor;
  const personId =
    opts.personId ?? (await t.services.persons.create(officer, personBody(t.city.community1.id, seq))).id;
  let certificateId: string | null = null;
  if (opts.certificateLevel) {
    const [cert] = await t.db
      .insert(qualificationCertificates)
      .values({
        personId,
        number: `Z${String(seq).padStart(10, '0')}`,
        occupation: cls.occupation,
        level: opts.certificateLevel,
        issuedOn: cls.endsOn,
        issuer: '泰安市职业技能鉴定中心',
        obtainedBy: 'training',
        orgId: t.city.community1.id,
        orgPath: t.city.community1.path,
      })
      .returning();
    certificateId = cert!.id;
  }
  const attended = opts.attendedDays ?? 0;
  const [row] = await t.db
    .insert(trainingTrainees)
    .values({
      classId: cls.id,
      personId,
      programme: cls.programme,
      startsOn: cls.startsOn,
      endsOn: cls.endsOn,
      group: opts.group ?? 'certificate_holder',
      status: opts.status ?? 'enrolled',
      enrolledOn: cls.startsOn,
      attendedDays: attended,
      result: opts.result ?? null,
      certificateId,
      orgId: t.city.community1.id,
      orgPath: t.city.community1.path,
    })
    .returning();
  const days = Array.from({ length: attended }, (_, i) => {
    const d = new Date(`${cls.startsOn}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + i);
    return d.toISOString().slice(0, 10);
  });
  if (days.length > 0)
    await t.db
      .insert(trainingAttendance)
      .values(days.map((onDate) => ({ traineeId: row!.id, onDate, source: 'import' as const })));
  const [person] = await t.db.select({ name: persons.name }).from(persons).where(eq(persons.id, personId));
  return { ...row!, personId, name: person!.name };
}

/** The class row as stored. */
export const storedClass = async (t: TestApp, id: string): Promise<ClassRow> =>
  (await t.db.select().from(trainingClasses).where(eq(trainingClasses.id, id)))[0]!;

export const traineesOf = (t: TestApp, classId: string) =>
  t.db.select().from(trainingTrainees).where(eq(trainingTrainees.classId, classId));
