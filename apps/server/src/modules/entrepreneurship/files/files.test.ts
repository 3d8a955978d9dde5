import { beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../test/fixtures.ts';
import { createTestApp, type TestClient } from '../../../test/test-app.ts';
import { ok } from '../../cases/catalogue-walk.fixtures.ts';
import { creditCode } from '../../registry/employers/employers.fixtures.ts';
import { employers } from '../../registry/employers/employers.schema.ts';
import { personBody } from '../../registry/persons/persons.fixtures.ts';
import { insertTrainee } from '../../training/classes/classes.fixtures.ts';
import { insertTestClass } from '../../training/trainees/trainees.fixtures.ts';
import { insertTestInstitution } from '../../training/training.fixtures.ts';
import { insertLoanAndBusiness } from './files.fixtures.ts';

/**
 * 学员信息库 (000 第五篇 三(七)): one file per person, read only within the station's scope; the
 * business plan reviewed by the experts assigned to it and by no one else; one timeline.
 */

type Json = Record<string, any>;

const t = await createTestApp();
let officer: TestClient;
let otherStreet: TestClient;
let reviewer: TestClient;
let expertA: TestClient;
let expertB: TestClient;
const experts: Record<'a' | 'b' | 'c', Json> = {} as never;
let seq = 700;

const newPerson = async () =>
  (await ok<Json>('person', officer.post('/api/persons', personBody(t.city.community1.id, ++seq))))
    .id as string;
const register = (personId: string, extra: Json = {}) =>
  officer.post('/api/entrepreneurship/files', { personId, registeredOn: '2026-03-02', ...extra });
const plan = (fileId: string, extra: Json = {}) =>
  ok<Json>(
    'plan',
    officer.post(`/api/entrepreneurship/files/${fileId}/plans`, {
      title: '社区早餐店',
      sector: '餐饮',
      serviceSector: true,
      investment: '50000.5',
      plannedJobs: 3,
      submittedOn: '2026-03-10',
      ...extra,
    }),
  );

beforeAll(async () => {
  const a = await createUser(t.db, { username: 'zj_a', orgId: t.city.city.id, roles: ['expert'] });
  const b = await createUser(t.db, { username: 'zj_b', orgId: t.city.city.id, roles: ['expert'] });
  officer = await t.login('officer1');
  otherStreet = await t.login('officer2');
  reviewer = await t.login('reviewer');
  expertA = await t.login('zj_a');
  expertB = await t.login('zj_b');
  const base = { field: '餐饮管理', organisation: '泰安市餐饮协会', qualifications: null };
  const add = (name: string, userId: string | null) =>
    ok<Json>('expert', reviewer.post('/api/entrepreneurship/experts', { ...base, name, userId }));
  experts.a = await add('王专家', a.id);
  experts.b = await add('李专家', b.id);
  experts.c = await add('赵专家', null);
});

describe('registration', () => {
  it('files each trainee of an IYB class once, with the course the class teaches', async () => {
    const institution = await insertTestInstitution(t.db, { org: t.city.city });
    const cls = await insertTestClass(t.db, {
      institutionId: institution.id,
      org: t.city.city,
      startsOn: '2026-03-02',
      endsOn: '2026-03-13',
      programme: 'entrepreneurship',
      occupation: '创业培训（IYB）',
    });
    const trainees = [await insertTrainee(t, cls), await insertTrainee(t, cls)];
    const url = `/api/entrepreneurship/files/from-class/${cls.id}`;
    const first = await ok<Json>('from class', officer.post(url, {}));
    expect(first).toMatchObject({ created: 2, skipped: 0 });
    const files = await ok<Json[]>('list', officer.get('/api/entrepreneurship/files'));
    for (const trainee of trainees)
      expect(files.find((f) => f.personId === trainee.personId)).toMatchObject({ course: 'IYB' });
    expect(await ok<Json>('again', officer.post(url, {}))).toMatchObject({ created: 0, skipped: 2 });
    expect((await otherStreet.post(url, {})).status).toBe(404);
  });

  it('numbers the file CY-year-NNNN and keeps one file per person', async () => {
    const personId = await newPerson();
    const file = await ok<Json>('register', register(personId));
    expect(file.number).toMatch(/^CY-2026-\d{4}$/);
    const again = await register(personId, { registeredOn: '2026-03-05' });
    expect(again.status).toBe(409);
    expect((again.body as Json).message).toContain(file.number);
  });

  it('hides a file from the officer of another street, in the list and by id', async () => {
    const file = await ok<Json>('register', register(await newPerson()));
    expect((await otherStreet.get(`/api/entrepreneurship/files/${file.id}`)).status).toBe(404);
    const list = await ok<Json[]>('list', otherStreet.get('/api/entrepreneurship/files'));
    expect(list.map((f) => f.id)).not.toContain(file.id);
    expect((await ok<Json[]>('list', officer.get('/api/entrepreneurship/files'))).map((f) => f.id)).toContain(
      file.id,
    );
    // nor may the other street write on it
    const follow = { onDate: '2026-03-03', kind: 'visit', businessState: 'preparing', note: '走访' };
    expect((await otherStreet.post(`/api/entrepreneurship/files/${file.id}/follow-ups`, follow)).status).toBe(
      404,
    );
  });

  it('refuses a person of another street', async () => {
    const other = await ok<Json>(
      'person',
      otherStreet.post('/api/persons', personBody(t.city.community2.id, ++seq)),
    );
    expect((await register(other.id)).status).toBe(404);
  });
  it('links an internship only to an employer the officer can see in the registry', async () => {
    const file = await ok<Json>('file', register(await newPerson()));
    const [elsewhere] = await t.db
      .insert(employers)
      .values({
        creditCode: creditCode(880_001),
        name: '老城某公司',
        type: 'enterprise',
        industry: 'F',
        orgId: t.city.community2.id,
        orgPath: t.city.community2.path,
      })
      .returning({ id: employers.id });
    const internship = (employerId: string) =>
      officer.post(`/api/entrepreneurship/files/${file.id}/internships`, {
        hostName: '老城某公司',
        employerId,
        startsOn: '2026-04-01',
      });
    const other = await internship(elsewhere!.id);
    expect(other.status).toBe(404);
    expect(other.body.message).toContain('用人单位');
    expect((await internship('00000000-0000-4000-8000-000000000001')).status).toBe(404);
    const [own] = await t.db
      .insert(employers)
      .values({
        creditCode: creditCode(880_002),
        name: '新城某公司',
        type: 'enterprise',
        industry: 'F',
        orgId: t.city.community1.id,
        orgPath: t.city.community1.path,
      })
      .returning({ id: employers.id });
    expect((await internship(own!.id)).status).toBe(200);
  });
});

describe('business plan review', () => {
  it('lets only the assigned experts read and review a plan; approved once one finds it feasible', async () => {
    const file = await ok<Json>('register', register(await newPerson()));
    const p = await plan(file.id);
    expect(p).toMatchObject({ investment: '50000.50', status: 'submitted' });
    await ok(
      'assign',
      officer.post(`/api/entrepreneurship/plans/${p.id}/experts`, { expertIds: [experts.a.id] }),
    );

    // expert B, not assigned, sees nothing of it
    expect(await ok<Json[]>('queue', expertB.get('/api/entrepreneurship/reviews'))).toEqual([]);
    expect((await expertB.get(`/api/entrepreneurship/reviews/${p.id}`)).status).toBe(404);
    const opinion = { feasible: true, score: 80, opinion: '市场调研充分' };
    expect((await expertB.post(`/api/entrepreneurship/reviews/${p.id}`, opinion)).status).toBe(404);
    // nor can an expert open the file itself
    expect((await expertA.get(`/api/entrepreneurship/files/${file.id}`)).status).toBe(403);

    const queue = await ok<Json[]>('queue', expertA.get('/api/entrepreneurship/reviews'));
    expect(queue.map((q) => q.planId)).toEqual([p.id]);
    expect(queue[0]).not.toHaveProperty('idNumberMasked');

    const first = await ok<Json>(
      'review',
      expertA.post(`/api/entrepreneurship/reviews/${p.id}`, {
        feasible: false,
        score: 40,
        opinion: '资金测算不足',
      }),
    );
    expect(first.status).toBe('revise');
    expect((await expertA.post(`/api/entrepreneurship/reviews/${p.id}`, opinion)).status).toBe(409);

    await ok(
      'assign',
      officer.post(`/api/entrepreneurship/plans/${p.id}/experts`, { expertIds: [experts.b.id] }),
    );
    const second = await ok<Json>('review', expertB.post(`/api/entrepreneurship/reviews/${p.id}`, opinion));
    expect(second).toMatchObject({ status: 'approved', decidedOn: t.today() });

    const detail = await ok<Json>('file', officer.get(`/api/entrepreneurship/files/${file.id}`));
    expect(detail.planStatus).toBe('approved');
    expect(new Map(detail.plans[0].reviews.map((r: Json) => [r.expertName, r.feasible]))).toEqual(
      new Map([
        ['王专家', false],
        ['李专家', true],
      ]),
    );
    // the file's plan is settled: no second plan (the first, found 需修改, was followed by a review)
    const again = await officer.post(`/api/entrepreneurship/files/${file.id}/plans`, {
      title: '第二份计划书',
      sector: '餐饮',
      serviceSector: true,
      investment: '1000',
      plannedJobs: 1,
      submittedOn: '2026-03-11',
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ message: expect.stringContaining('已评审通过') });
  });

  it('refuses to assign a suspended expert', async () => {
    const file = await ok<Json>('register', register(await newPerson()));
    const p = await plan(file.id);
    const suspended = await ok<Json>(
      'suspend',
      reviewer.post(`/api/entrepreneurship/experts/${experts.c.id}/status`, {
        status: 'suspended',
        reason: '年度考核不合格',
        version: experts.c.version,
      }),
    );
    expect(suspended.status).toBe('suspended');
    const res = await officer.post(`/api/entrepreneurship/plans/${p.id}/experts`, {
      expertIds: [experts.c.id],
    });
    expect(res.status).toBe(409);
  });

  it('refuses an investment with more than two decimals', async () => {
    const file = await ok<Json>('register', register(await newPerson()));
    const res = await officer.post(`/api/entrepreneurship/files/${file.id}/plans`, {
      title: '网店',
      sector: '电子商务',
      serviceSector: true,
      investment: '100.001',
      plannedJobs: 1,
      submittedOn: '2026-03-10',
    });
    expect(res.status).toBe(422);
  });
});

describe('the file page', () => {
  it('shows everything in date order, with the loans and businesses read from their tables', async () => {
    const personId = await newPerson();
    const file = await ok<Json>('register', register(personId));
    await plan(file.id, { submittedOn: '2026-03-10' });
    let f = await ok<Json>('file', officer.get(`/api/entrepreneurship/files/${file.id}`));
    await ok(
      'mentor',
      officer.post(`/api/entrepreneurship/files/${file.id}/mentor`, {
        expertId: experts.a.id,
        version: f.version,
      }),
    );
    f = await ok<Json>('file', officer.get(`/api/entrepreneurship/files/${file.id}`));
    await ok(
      'join',
      officer.post(`/api/entrepreneurship/files/${file.id}/association`, {
        action: 'join',
        on: '2026-04-01',
        version: f.version,
      }),
    );
    await ok(
      'follow-up',
      officer.post(`/api/entrepreneurship/files/${file.id}/follow-ups`, {
        onDate: '2026-06-15',
        kind: 'visit',
        expertId: experts.a.id,
        businessState: 'operating',
        note: '门店已营业',
      }),
    );
    await ok(
      'internship',
      officer.post(`/api/entrepreneurship/files/${file.id}/internships`, {
        hostName: '泰山早餐连锁',
        startsOn: '2026-03-20',
        endsOn: '2026-04-20',
      }),
    );
    const { loanId, businessId } = await insertLoanAndBusiness(t, file.id, personId);
    // the mentor may be rated, once; an expert who never served the trainee may not
    await ok(
      'rate',
      officer.post(`/api/entrepreneurship/files/${file.id}/ratings`, { expertId: experts.a.id, score: 5 }),
    );
    expect(
      (
        await officer.post(`/api/entrepreneurship/files/${file.id}/ratings`, {
          expertId: experts.a.id,
          score: 4,
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await officer.post(`/api/entrepreneurship/files/${file.id}/ratings`, {
          expertId: experts.b.id,
          score: 4,
        })
      ).status,
    ).toBe(422);

    const detail = await ok<Json>('file', officer.get(`/api/entrepreneurship/files/${file.id}`));
    const days = detail.timeline.map((e: Json) => e.on);
    expect(days).toEqual([...days].sort());
    const kinds = new Set(detail.timeline.map((e: Json) => e.kind));
    for (const k of ['file', 'plan', 'guidance', 'association', 'internship', 'loan', 'business', 'rating'])
      expect(kinds).toContain(k);
    const links = detail.timeline.map((e: Json) => e.link).filter(Boolean);
    expect(links).toContain(`/entrepreneurship/loans/${loanId}`);
    expect(links).toContain(`/entrepreneurship/businesses/${businessId}`);
    expect(detail.loans[0]).toMatchObject({ number: 'DK-2026-000001', principalFen: 5_000_000 });
    expect(detail.timeline.filter((e: Json) => e.kind === 'loan').map((e: Json) => [e.on, e.title])).toEqual([
      ['2026-04-10', '申请创业担保贷款 DK-2026-000001'],
      ['2026-04-18', '贷款审核通过 DK-2026-000001'],
      ['2026-04-25', '落实担保（反担保） DK-2026-000001'],
      ['2026-05-06', '贷款放款 DK-2026-000001'],
    ]);

    const rated = (await ok<Json[]>('experts', officer.get('/api/entrepreneurship/experts'))).find(
      (e) => e.id === experts.a.id,
    );
    expect(rated).toMatchObject({ averageRating: '5.00', ratings: 1 });
  });
});
