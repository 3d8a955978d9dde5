import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { createUser } from '../../../test/fixtures.ts';
import { createTestApp, type TestClient } from '../../../test/test-app.ts';
import { pinnableClock } from '../../../test/test-clock.ts';
import { employerBody } from '../../registry/employers/employers.fixtures.ts';
import { trainingInstitutions } from '../institutions/institutions.schema.ts';
import { trainingTrainees } from '../trainees/trainees.schema.ts';
import { insertTestInstitution } from '../training.fixtures.ts';
import {
  classBody,
  insertTrainee,
  institutionWithTeacher,
  otherInstitutionStaff,
  storedClass,
  traineesOf,
} from './classes.fixtures.ts';

const clock = pinnableClock();
const t = await createTestApp({ clock });
let institution: TestClient;
let reviewer: TestClient;
let other: TestClient;
let teacherId: string;
let instId: string;

beforeAll(async () => {
  const own = await institutionWithTeacher(t, [t.users.institution.id]);
  teacherId = own.teacherId;
  instId = own.inst.id;
  institution = await t.login('institution');
  reviewer = await t.login('reviewer');
  other = await otherInstitutionStaff(t);
});

const apply = (body: Record<string, unknown>) => institution.post('/api/training/classes', body);

describe('class application', () => {
  it('opens a class numbered BJ-year with the fee in fen, audited', async () => {
    const res = await apply(classBody(teacherId));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      number: expect.stringMatching(/^BJ-2026-\d+$/),
      status: 'applied',
      feePerTrainee: '950.00',
      completionThresholdPercent: 80,
      // 2 Nov – 27 Nov 2026: four full working weeks
      days: 20,
      availableActions: ['edit'],
    });
    expect((await storedClass(t, res.body.id)).feePerTraineeFen).toBe(95000);
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.targetId, res.body.id));
    expect(audit).toMatchObject({ action: 'training_class.apply' });
  });

  it('refuses an occupation or level outside the institution registration', async () => {
    const occ = await apply(classBody(teacherId, { occupation: '焊工' }));
    expect(occ.status).toBe(422);
    expect(occ.body.message).toContain('不在本机构认定的培训职业');
    const level = await apply(classBody(teacherId, { level: 2 }));
    expect(level.status).toBe(422);
    expect(level.body.message).toContain('培训等级为 3、4、5 级');
  });

  it('refuses teachers who are not the institution active teachers', async () => {
    const res = await apply(classBody(teacherId, { teacherIds: [crypto.randomUUID()] }));
    expect(res.status).toBe(422);
    expect(res.body.message).toContain('本机构在岗的授课教师');
  });

  it('refuses an order class without a registered employer and accepts one with it', async () => {
    const none = await apply(classBody(teacherId, { programme: 'order_training' }));
    expect(none.status).toBe(422);
    expect(none.body.message).toContain('订单用人单位');
    const unknown = await apply(
      classBody(teacherId, { programme: 'order_training', employerId: crypto.randomUUID() }),
    );
    expect(unknown.body.message).toContain('未在用人单位登记中');
    const officer = await t.login('officer1');
    const employer = (await officer.post('/api/employers', employerBody(t.city.street1.id, 71))).body;
    const ok = await apply(classBody(teacherId, { programme: 'order_training', employerId: employer.id }));
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.employerName).toBe(employer.name);
  });

  it('holds labour preparation classes to 3–12 months, citing the document', async () => {
    const short = await apply(
      classBody(teacherId, { programme: 'labour_preparation', endsOn: '2027-01-31' }),
    );
    expect(short.status).toBe(422);
    expect(short.body.message).toContain('3个月以上、12个月以内');
    expect(short.body.message).toContain('四(四)');
    expect(short.body.message).toContain('2027-02-01 至 2027-11-01');
    const long = await apply(classBody(teacherId, { programme: 'labour_preparation', endsOn: '2027-11-02' }));
    expect(long.status).toBe(422);
    const ok = await apply(
      classBody(teacherId, { programme: 'labour_preparation', startsOn: '2026-11-02', endsOn: '2027-02-01' }),
    );
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
  });

  it('refuses dates outside the designation and an institution that is not designated', async () => {
    const late = await apply(classBody(teacherId, { startsOn: '2027-12-01', endsOn: '2028-01-15' }));
    expect(late.status).toBe(422);
    expect(late.body.message).toContain('有效期（2026-02-01 至 2027-12-31）');
    const suspendedUser = await createUser(t.db, {
      username: 'px_susp',
      orgId: t.city.street1.id,
      roles: ['training_institution'],
    });
    await insertTestInstitution(t.db, {
      org: t.city.city,
      status: 'suspended',
      staffUserIds: [suspendedUser.id],
    });
    const suspended = await (await t.login('px_susp')).post('/api/training/classes', classBody(teacherId));
    expect(suspended.status).toBe(422);
    expect(suspended.body.message).toContain('不是有效的定点培训机构');
  });

  it('lets the institution edit while applied, not after approval', async () => {
    const c = (await apply(classBody(teacherId))).body;
    const edited = await institution.put(`/api/training/classes/${c.id}`, {
      ...classBody(teacherId, { capacity: 30 }),
      version: c.version,
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.capacity).toBe(30);
    const approved = await reviewer.post(`/api/training/classes/${c.id}/review`, {
      version: edited.body.version,
      approve: true,
    });
    expect(approved.body.status).toBe('approved');
    const late = await institution.put(`/api/training/classes/${c.id}`, {
      ...classBody(teacherId),
      version: approved.body.version,
    });
    expect(late.status).toBe(409);
    expect(late.body.message).toContain('不能修改');
  });
});

describe('application form', () => {
  it('offers the own institution occupations, active teachers and validity; order employers by credit code', async () => {
    const opts = await institution.get('/api/training/classes/form-options');
    expect(opts.status).toBe(200);
    expect(opts.body).toMatchObject({
      institutionId: instId,
      validFrom: '2026-02-01',
      validTo: '2027-12-31',
      occupations: [{ occupation: '中式烹调师', levels: [3, 4, 5] }],
      teachers: [{ id: teacherId, name: '李老师' }],
    });
    expect((await reviewer.get('/api/training/classes/form-options')).status).toBe(403);
    const officer = await t.login('officer1');
    const employer = (await officer.post('/api/employers', employerBody(t.city.street1.id, 72))).body;
    const found = await institution.get(
      `/api/training/classes/order-employer?creditCode=${employer.creditCode}`,
    );
    expect(found.body).toEqual({ id: employer.id, name: employer.name });
  });
});

describe('scope', () => {
  it('gives another institution staff 404 and hides the class from their list', async () => {
    const c = (await apply(classBody(teacherId))).body;
    expect((await other.get(`/api/training/classes/${c.id}`)).status).toBe(404);
    expect((await other.post(`/api/training/classes/${c.id}/start`, { version: c.version })).status).toBe(
      404,
    );
    const list = (await other.get('/api/training/classes')).body;
    expect(list.items.map((i: { id: string }) => i.id)).not.toContain(c.id);
    // the bureau sees it, filtered by institution and status
    const bureau = (await reviewer.get(`/api/training/classes?institutionId=${instId}&status=applied`)).body;
    expect(bureau.items.map((i: { id: string }) => i.id)).toContain(c.id);
  });
});

describe('review, start and close', () => {
  it('rejects only with a note, and a rejected class cannot start', async () => {
    const c = (await apply(classBody(teacherId))).body;
    const bare = await reviewer.post(`/api/training/classes/${c.id}/review`, {
      version: c.version,
      approve: false,
    });
    expect(bare.status).toBe(422);
    const rejected = await reviewer.post(`/api/training/classes/${c.id}/review`, {
      version: c.version,
      approve: false,
      note: '场地不符合要求',
    });
    expect(rejected.body).toMatchObject({ status: 'rejected', reviewNote: '场地不符合要求' });
    const start = await institution.post(`/api/training/classes/${c.id}/start`, {
      version: rejected.body.version,
    });
    expect(start.status).toBe(409);
    expect(start.body.message).toContain('不予开班');
    expect(
      (await institution.post(`/api/training/classes/${c.id}/review`, { version: 1, approve: true })).status,
    ).toBe(403);
  });

  it('refuses to approve a class of an institution suspended since it applied', async () => {
    const c = (await apply(classBody(teacherId))).body;
    const setStatus = (status: 'designated' | 'suspended') =>
      t.db.update(trainingInstitutions).set({ status }).where(eq(trainingInstitutions.id, instId));
    await setStatus('suspended');
    try {
      const approve = await reviewer.post(`/api/training/classes/${c.id}/review`, {
        version: c.version,
        approve: true,
      });
      expect(approve.status).toBe(409);
      expect(approve.body.message).toContain('不是有效的定点培训机构');
    } finally {
      await setStatus('designated');
    }
    const approved = await reviewer.post(`/api/training/classes/${c.id}/review`, {
      version: c.version,
      approve: true,
    });
    expect(approved.body.status).toBe('approved');
  });

  it('starts on the first day, closes after the last, and decides completion against the threshold', async () => {
    let c = (await apply(classBody(teacherId))).body;
    c = (await reviewer.post(`/api/training/classes/${c.id}/review`, { version: c.version, approve: true }))
      .body;
    const early = await institution.post(`/api/training/classes/${c.id}/start`, { version: c.version });
    expect(early.status).toBe(409);
    expect(early.body.message).toContain('2026-11-02 开课');
    clock.pin('2026-11-02');
    c = (await institution.post(`/api/training/classes/${c.id}/start`, { version: c.version })).body;
    expect(c.status).toBe('running');
    const row = await storedClass(t, c.id);
    // 20 class days, 80 %: 16 days complete, 15 do not
    const done = await insertTrainee(t, row, { attendedDays: 16, result: 'passed', certificateLevel: '4' });
    const short = await insertTrainee(t, row, { attendedDays: 15 });
    const gone = await insertTrainee(t, row, { attendedDays: 3, status: 'withdrawn' });
    const pending = await insertTrainee(t, row, { attendedDays: 20 });
    const onLastDay = await institution.post(`/api/training/classes/${c.id}/close`, {
      version: c.version,
      report: '结业',
    });
    expect(onLastDay.status).toBe(409);
    clock.pin('2026-11-30');
    const noResult = await institution.post(`/api/training/classes/${c.id}/close`, {
      version: c.version,
      report: '结业',
    });
    expect(noResult.status).toBe(409);
    expect(noResult.body.message).toContain('有 1 名出勤达到结业要求的学员尚未登记考核结果');
    await t.db.update(trainingTrainees).set({ result: 'failed' }).where(eq(trainingTrainees.id, pending.id));
    const closed = await institution.post(`/api/training/classes/${c.id}/close`, {
      version: c.version,
      report: '本班按计划完成教学。',
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body).toMatchObject({
      status: 'closed',
      closingReport: '本班按计划完成教学。',
      availableActions: ['roster'],
    });
    expect(closed.body.trainees).toMatchObject({ completed: 2, notCompleted: 1, withdrawn: 1 });
    const status = new Map((await traineesOf(t, c.id)).map((x) => [x.id, x.status]));
    expect([status.get(done.id), status.get(short.id), status.get(gone.id), status.get(pending.id)]).toEqual([
      'completed',
      'not_completed',
      'withdrawn',
      'completed',
    ]);
    const actions = (await t.db.select().from(auditLog).where(eq(auditLog.targetId, c.id))).map(
      (a) => a.action,
    );
    expect(actions).toEqual([
      'training_class.apply',
      'training_class.approve',
      'training_class.start',
      'training_class.close',
    ]);
    const again = await institution.post(`/api/training/classes/${c.id}/close`, {
      version: closed.body.version,
      report: 'x',
    });
    expect(again.status).toBe(409);
    clock.pin(null);
  });
});
