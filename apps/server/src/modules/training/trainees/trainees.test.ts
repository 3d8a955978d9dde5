import { eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../../db/client.ts';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { workbook } from '../../../platform/excel-import/import-fixtures.ts';
import { uploadTo } from '../../../platform/excel-import/import-test-client.ts';
import { createUser } from '../../../test/fixtures.ts';
import { createTestApp } from '../../../test/test-app.ts';
import { qualificationCertificates } from '../../registry/certificates/certificates.schema.ts';
import { personBody, residentId } from '../../registry/persons/persons.fixtures.ts';
import {
  difficultyDeterminations,
  employmentRegistrations,
  unemploymentRegistrations,
} from '../../registry/registrations/registrations.schema.ts';
import { trainingClasses } from '../classes/classes.schema.ts';
import { insertTestInstitution } from '../training.fixtures.ts';
import { insertTestClass } from './trainees.fixtures.ts';
import { trainingAttendance, trainingTrainees } from './trainees.schema.ts';

// TEST_NOW is 2026-10-20.
const t = await createTestApp();
const officer1 = await t.login('officer1');
const officer2 = await t.login('officer2');
const reviewer = await t.login('reviewer');
const staff = await t.login('institution');
const otherUser = await createUser(t.db, {
  username: 'px_other',
  orgId: t.city.street2.id,
  roles: ['training_institution'],
});
const otherStaff = await t.login('px_other');

const org = { id: t.city.district.id, path: t.city.district.path };
const institution = await insertTestInstitution(t.db, { org, staffUserIds: [t.users.institution.id] });
const otherInstitution = await insertTestInstitution(t.db, { org, staffUserIds: [otherUser.id] });
const classA = await insertTestClass(t.db, {
  institutionId: institution.id,
  org,
  startsOn: '2026-10-01',
  endsOn: '2026-11-30',
});
const classB = await insertTestClass(t.db, {
  institutionId: otherInstitution.id,
  org,
  startsOn: '2026-11-15',
  endsOn: '2026-12-15',
});
const classC = await insertTestClass(t.db, {
  institutionId: institution.id,
  org,
  startsOn: '2026-12-01',
  endsOn: '2026-12-31',
  status: 'approved',
  capacity: 1,
});

let seq = 0;
/**
 * A person in the registry (street 1 or 2; born 1985-03-15 and 普通高中 unless told), optionally
 * registered unemployed, employed or a difficulty person.
 */
async function person(opts: {
  street: 1 | 2;
  birth?: string;
  education?: string;
  hukouType?: 'urban' | 'rural';
  unemployed?: boolean;
  employed?: boolean;
  difficulty?: boolean;
}) {
  seq += 1;
  const community = opts.street === 1 ? t.city.community1 : t.city.community2;
  const officer = opts.street === 1 ? officer1 : officer2;
  const body = personBody(community.id, seq, {
    hukouType: opts.hukouType ?? 'urban',
    education: opts.education ?? '60',
    ...(opts.birth ? { idNumber: residentId('370983', opts.birth, seq) } : {}),
  });
  const res = await officer.post('/api/persons', body);
  if (res.status !== 200) throw new Error(`person: ${JSON.stringify(res.body)}`);
  const p = { id: res.body.id as string, idNumber: body.idNumber as string, name: body.name as string };
  const scope = { personId: p.id, orgId: community.id, orgPath: community.path };
  if (opts.unemployed || opts.difficulty) {
    const [u] = await t.db
      .insert(unemploymentRegistrations)
      .values({
        ...scope,
        registeredOn: '2026-06-01',
        stationId: community.id,
        certificateNumber: `JY2026${String(seq).padStart(4, '0')}`,
        reason: 'dismissed',
      })
      .returning();
    if (opts.difficulty)
      await t.db.insert(difficultyDeterminations).values({
        ...scope,
        unemploymentRegistrationId: u!.id,
        category: 'urban_unemployed_4050',
        evidence: '认定材料',
        decidedOn: '2026-06-10',
        decidedBy: t.users.officer1.id,
      });
  }
  if (opts.employed)
    await t.db
      .insert(employmentRegistrations)
      .values({ ...scope, form: '01', startedOn: '2026-05-01', employerName: '某建筑公司' });
  return p;
}

const registered = await person({ street: 1, unemployed: true });
const nobody = await person({ street: 1 });
const migrant = await person({ street: 2, hukouType: 'rural', employed: true });
const difficult = await person({ street: 1, difficulty: true });
const busy = await person({ street: 2, unemployed: true });

const enrol = (cls: { id: string }, idNumber: string, client = staff) =>
  client.post(`/api/training/classes/${cls.id}/trainees`, { idNumber });
const listOf = async (cls: { id: string }, client = reviewer) => {
  const res = await client.get(`/api/training/classes/${cls.id}/trainees`);
  if (res.status !== 200) throw new Error(`list: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.items as {
    id: string;
    name: string;
    idNumberMasked: string;
    group: string;
    attendedDays: number;
    eligibility: { met: boolean; text: string; clause?: string }[];
    result: string | null;
    certificateNumber: string | null;
    status: string;
  }[];
};
const traineeOf = async (cls: { id: string }, name: string) =>
  (await listOf(cls)).find((x) => x.name === name)!;

describe('enrolment', () => {
  it('enrols a registered unemployed person by ID number under the group the rules decide, with reasons and clauses', async () => {
    const res = await enrol(classA, registered.idNumber);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: registered.name, group: 'certificate_holder' });
    expect(JSON.stringify(res.body)).not.toContain(registered.idNumber);
    const row = await traineeOf(classA, registered.name);
    expect(row.idNumberMasked).toMatch(/^3709\*+\d{3}[\dX]$/);
    expect(row.eligibility.filter((r) => r.met).map((r) => r.text)).toEqual([
      `持《再就业优惠证》或《就业创业证》人员：持有《就业创业证》（证号 JY2026${String(1).padStart(4, '0')}），且无在册就业登记`,
      '城镇其他登记失业人员：2026-06-01 起城镇登记失业（失业登记有效）',
    ]);
    expect(row.eligibility[0]!.clause).toContain('城镇技能再就业计划 二(二)');
    const [trainee] = await t.db
      .select()
      .from(trainingTrainees)
      .where(eq(trainingTrainees.personId, registered.id));
    expect(trainee).toMatchObject({
      orgId: t.city.community1.id,
      startsOn: '2026-10-01',
      enrolledOn: '2026-10-20',
    });
  });

  it('refuses a person of no target group with the rule’s reasons', async () => {
    const res = await enrol(classA, nobody.idNumber);
    expect(res.status).toBe(409);
    expect(res.body.message).toContain('不属于培训对象');
    expect(res.body.message).toContain('城镇其他登记失业人员：无有效的失业登记');
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.targetId, nobody.id));
    expect(audit.map((a) => a.action)).toContain('training.trainee.eligibility');
  });

  it('answers a mistyped ID number under its field, without echoing the number', async () => {
    const typo = `${registered.idNumber.slice(0, 17)}${registered.idNumber.endsWith('0') ? '1' : '0'}`;
    const res = await enrol(classA, typo);
    expect(res.status).toBe(422);
    expect(res.body.details).toEqual([
      { path: 'idNumber', message: expect.stringMatching(/^公民身份号码有误/) },
    ]);
    expect(JSON.stringify(res.body)).not.toContain(typo);
  });

  it('imports a roster: the ineligible, unknown, repeated and malformed rows are refused with reasons, the rest enrolled', async () => {
    const unknownId = residentId('370983', '19900101', 991);
    const file = await workbook(
      ['公民身份号码', '姓名'],
      [
        [migrant.idNumber, migrant.name],
        [nobody.idNumber, null],
        [unknownId, null],
        [registered.idNumber, registered.name],
        [difficult.idNumber, '别的名字'],
        ['37098319900101000', null],
      ],
    );
    const res = await uploadTo<{
      accepted: number;
      refused: number;
      rows: {
        row: number;
        accepted: boolean;
        name: string | null;
        idNumberMasked: string | null;
        messages: string[];
      }[];
    }>(t, staff, `/api/training/classes/${classA.id}/trainees/import`, file);
    expect(res.status).toBe(200);
    expect(res.body.accepted).toBe(1);
    expect(res.body.refused).toBe(5);
    const by = new Map(res.body.rows.map((r) => [r.row, r]));
    expect(by.get(2)).toMatchObject({ accepted: true, name: migrant.name, messages: [] });
    expect(by.get(3)!.name).toBeNull(); // a refused row does not reveal the registry's name
    expect(by.get(3)!.messages[0]).toMatch(/^不属于培训对象：.*无有效的失业登记/);
    expect(by.get(4)!.messages).toEqual([
      '人员登记中没有该公民身份号码的人员，请先到街道（乡镇）办理人员登记',
    ]);
    expect(by.get(5)!.messages).toEqual(['该人员已在本培训班的学员名单中']);
    expect(by.get(6)!.messages).toEqual([`姓名「别的名字」与人员登记不一致`]);
    expect(by.get(7)!.messages[0]).toMatch(/^公民身份号码有误/);
    expect(JSON.stringify(res.body)).not.toContain(migrant.idNumber);
    expect((await traineeOf(classA, migrant.name)).group).toBe('rural_migrant');
  });

  it('refuses a person already in an overlapping class, naming that class', async () => {
    expect((await enrol(classB, busy.idNumber, otherStaff)).status).toBe(200);
    const res = await enrol(classA, busy.idNumber);
    expect(res.status).toBe(409);
    expect(res.body.message).toContain(`该人员已参加培训班 ${classB.number}（2026-11-15 至 2026-12-15）`);
  });

  it('keeps to the class’s capacity', async () => {
    expect((await enrol(classC, difficult.idNumber)).status).toBe(200);
    const res = await enrol(classC, migrant.idNumber);
    expect(res.status).toBe(409);
    expect(res.body.message).toBe('培训班已满（计划招收 1 人）');
  });

  it('refuses enrolment in a closed class or one that has ended', async () => {
    const closed = await insertTestClass(t.db, {
      institutionId: institution.id,
      org,
      startsOn: '2027-01-01',
      endsOn: '2027-01-31',
      status: 'closed',
    });
    const ended = await insertTestClass(t.db, {
      institutionId: institution.id,
      org,
      startsOn: '2026-09-01',
      endsOn: '2026-10-19',
    });
    expect((await enrol(closed, difficult.idNumber)).body.message).toBe(
      '培训班已结业，学员名单、签到和考核结果不能再修改',
    );
    expect((await enrol(ended, difficult.idNumber)).body.message).toBe(
      '培训班已于 2026-10-19 结束，不能报名',
    );
  });

  it('answers 404 to another institution’s staff, and lets a street see only its own residents', async () => {
    expect((await enrol(classA, difficult.idNumber, otherStaff)).status).toBe(404);
    expect((await otherStaff.get(`/api/training/classes/${classA.id}/trainees`)).status).toBe(404);
    expect(
      (await officer1.post(`/api/training/classes/${classA.id}/trainees`, { idNumber: difficult.idNumber }))
        .status,
    ).toBe(403);
    expect((await listOf(classA, officer1)).map((x) => x.name)).toEqual([registered.name]);
    expect((await listOf(classA, officer2)).map((x) => x.name)).toEqual([migrant.name]);
    expect((await listOf(classA, staff)).map((x) => x.name).sort()).toEqual(
      [registered.name, migrant.name].sort(),
    );
    // street 1 has no resident in class B: the class itself is out of its sight
    expect((await officer1.get(`/api/training/classes/${classB.id}/trainees`)).status).toBe(404);
  });
});

const labourClass = await insertTestClass(t.db, {
  institutionId: institution.id,
  org,
  programme: 'labour_preparation',
  startsOn: '2026-11-02',
  endsOn: '2027-03-31',
  status: 'approved',
});

describe('labour preparation (劳动预备制)', () => {
  it('enrols a junior-middle-school leaver as 初高中毕业生, by the age at the class start', async () => {
    // 15 on the enrolment date (2026-10-20), 16 when the class starts
    const leaver = await person({ street: 1, birth: '20101025', education: '70' });
    const res = await enrol(labourClass, leaver.idNumber);
    expect(res.status).toBe(200);
    expect(res.body.group).toBe('school_leaver');
    const row = await traineeOf(labourClass, leaver.name);
    expect(row.eligibility.filter((r) => r.met)).toEqual([
      {
        group: 'school_leaver',
        met: true,
        text: '有就业要求的初高中毕业生（劳动预备制）：初中文化程度，开班时16周岁，且无在册就业登记',
        clause: '《关于进一步做好促进就业工作的实施意见》四(四)',
      },
    ]);
  });

  it('refuses a registered unemployed adult over the age limit, with the age and the limits', async () => {
    const adult = await person({ street: 1, unemployed: true, education: '70' });
    const res = await enrol(labourClass, adult.idNumber);
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/^不属于培训对象：/);
    expect(res.body.message).toContain(
      '有就业要求的初高中毕业生（劳动预备制）：初中文化程度，开班时（2026-11-02）41周岁，不在16至24周岁之间',
    );
    expect(res.body.message).toContain(
      '城镇其他登记失业人员：2026-06-01 起城镇登记失业（失业登记有效），但不是该培训计划的培训对象',
    );
    expect((await listOf(labourClass)).map((x) => x.name)).not.toContain(adult.name);
  });
});

describe('attendance', () => {
  const expectInvariant = async () => {
    const rows = await queryRows<{ bad: number }>(
      t.db,
      sql`select count(*)::int as bad from training_trainees tt
      where tt.attended_days <> (select count(*) from training_attendance a where a.trainee_id = tt.id)`,
    );
    expect(rows[0]!.bad).toBe(0);
  };

  it('records a roll call and corrects it, keeping attended days equal to the sign-ins', async () => {
    const a = await traineeOf(classA, registered.name);
    const m = await traineeOf(classA, migrant.name);
    const url = `/api/training/classes/${classA.id}/attendance`;
    expect(
      (await staff.put(url, { onDate: '2026-10-12', presentTraineeIds: [a.id, m.id] })).body,
    ).toMatchObject({ added: 2 });
    expect((await staff.put(url, { onDate: '2026-10-12', presentTraineeIds: [a.id] })).body).toMatchObject({
      removed: 1,
    });
    expect((await staff.get(`${url}?onDate=2026-10-12`)).body.presentTraineeIds).toEqual([a.id]);
    expect((await traineeOf(classA, registered.name)).attendedDays).toBe(1);
    expect((await traineeOf(classA, migrant.name)).attendedDays).toBe(0);
    expect((await staff.put(url, { onDate: '2026-09-30', presentTraineeIds: [a.id] })).status).toBe(422);
    expect((await staff.put(url, { onDate: '2026-10-21', presentTraineeIds: [a.id] })).status).toBe(422);
    await expectInvariant();
  });

  it('imports sign-ins and refuses duplicates, days outside the class and non-trainees', async () => {
    const file = await workbook(
      ['公民身份号码', '签到日期'],
      [
        [registered.idNumber, '2026-10-13'],
        [registered.idNumber, '2026-10-13'],
        [migrant.idNumber, '2026-10-14'],
        [registered.idNumber, '2026-09-01'],
        [nobody.idNumber, '2026-10-13'],
        [registered.idNumber, '2026-10-12'],
      ],
    );
    const res = await uploadTo<{ accepted: number; rows: { row: number; messages: string[] }[] }>(
      t,
      staff,
      `/api/training/classes/${classA.id}/attendance/import`,
      file,
    );
    expect(res.status).toBe(200);
    expect(res.body.accepted).toBe(2);
    expect(res.body.rows.map((r) => r.messages)).toEqual([
      [],
      ['该学员 2026-10-13 已有签到记录'],
      [],
      ['签到日期 2026-09-01 不在培训期间（2026-10-01 至 2026-11-30）内'],
      ['该人员不是本培训班的学员'],
      ['该学员 2026-10-12 已有签到记录'],
    ]);
    expect((await traineeOf(classA, registered.name)).attendedDays).toBe(2);
    expect((await traineeOf(classA, migrant.name)).attendedDays).toBe(1);
    await expectInvariant();
  });

  it('refuses sign-ins on a closed class, whose completion rests on the attendance at closing', async () => {
    const closed = await insertTestClass(t.db, {
      institutionId: institution.id,
      org,
      startsOn: '2026-09-01',
      endsOn: '2026-09-30',
      status: 'closed',
    });
    const res = await staff.put(`/api/training/classes/${closed.id}/attendance`, {
      onDate: '2026-09-15',
      presentTraineeIds: [],
    });
    expect(res.status).toBe(409);
    expect(res.body.message).toBe('培训班已结业，学员名单、签到和考核结果不能再修改');
  });
});

describe('results', () => {
  it('are refused before the class ends', async () => {
    const a = await traineeOf(classA, registered.name);
    const res = await staff.put(`/api/training/classes/${classA.id}/trainees/${a.id}/result`, {
      result: 'failed',
      resultOn: '2026-10-20',
    });
    expect(res.status).toBe(409);
  });

  it('link a passed trainee’s new certificate to the registry with the class’s occupation and level', async () => {
    await t.db.update(trainingClasses).set({ endsOn: '2026-10-15' }).where(eq(trainingClasses.id, classA.id));
    const a = await traineeOf(classA, registered.name);
    const url = `/api/training/classes/${classA.id}/trainees/${a.id}/result`;
    expect((await staff.put(url, { result: 'passed', resultOn: '2026-10-18' })).status).toBe(422);
    const res = await staff.put(url, {
      result: 'passed',
      resultOn: '2026-10-18',
      certificate: { number: 'ZS-2026-0001', issuedOn: '2026-10-18', issuer: '市职业技能鉴定中心' },
    });
    expect(res.status).toBe(200);
    const [cert] = await t.db
      .select()
      .from(qualificationCertificates)
      .where(eq(qualificationCertificates.number, 'ZS-2026-0001'));
    expect(cert).toMatchObject({
      personId: registered.id,
      occupation: '中式烹调师',
      level: '4',
      obtainedBy: 'training',
    });
    expect(res.body.certificateId).toBe(cert!.id);
    expect(await traineeOf(classA, registered.name)).toMatchObject({
      result: 'passed',
      certificateNumber: 'ZS-2026-0001',
    });
  });

  it('refuse a certificate of another person, and record a failed result without one', async () => {
    const m = await traineeOf(classA, migrant.name);
    const url = `/api/training/classes/${classA.id}/trainees/${m.id}/result`;
    const res = await staff.put(url, {
      result: 'passed',
      resultOn: '2026-10-18',
      certificate: { number: 'ZS-2026-0001', issuedOn: '2026-10-18', issuer: '市职业技能鉴定中心' },
    });
    expect(res.status).toBe(409);
    expect(res.body.message).toBe('该证书编号已登记在他人名下');
    expect((await staff.put(url, { result: 'failed', resultOn: '2026-10-18' })).body).toMatchObject({
      result: 'failed',
      certificateId: null,
    });
  });
});

describe('withdrawal and audit', () => {
  it('withdraws a trainee with a date, freeing the place', async () => {
    const d = (await listOf(classC)).find((x) => x.name === difficult.name)!;
    const res = await staff.post(`/api/training/classes/${classC.id}/trainees/${d.id}/withdraw`, {
      withdrawnOn: '2026-10-20',
    });
    expect(res.body).toMatchObject({ status: 'withdrawn', withdrawnOn: '2026-10-20' });
    expect((await enrol(classC, registered.idNumber)).status).toBe(200);
  });

  it('audits every write and every list, without ID numbers', async () => {
    const rows = await t.db
      .select()
      .from(auditLog)
      .where(
        inArray(auditLog.action, [
          'training.trainee.enrol',
          'training.trainee.import',
          'training.trainee.list',
          'training.trainee.withdraw',
          'training.trainee.result',
          'training.attendance.roll_call',
          'training.attendance.import',
          'certificate.create',
        ]),
      );
    expect(new Set(rows.map((r) => r.action)).size).toBe(8);
    const text = JSON.stringify(rows);
    for (const p of [registered, migrant, difficult, busy, nobody]) expect(text).not.toContain(p.idNumber);
    const attendance = await t.db.select().from(trainingAttendance);
    expect(attendance.length).toBe(3);
  });
});
