import { creditCodeCheckChar } from '@minsheng/rules/national/credit-code.ts';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { createTestApp } from '../../../test/test-app.ts';
import { creditCode, employerBody } from '../../registry/employers/employers.fixtures.ts';
import { employers } from '../../registry/employers/employers.schema.ts';
import { trainingRecords } from '../../training/progress/progress.fixtures.ts';
import { entrepreneurshipRecords } from './businesses.fixtures.ts';

const t = await createTestApp(); // today: 2026-10-20
const officer1 = await t.login('officer1');
const officer2 = await t.login('officer2');
const c1 = t.city.community1; // street 1
const people = trainingRecords(t.db);
const e = entrepreneurshipRecords(t.db);

type Detail = {
  id: string;
  employerId: string;
  idNumberMasked: string;
  registryJobs: number;
  jobs: number;
  jobsSource: string;
  yearOld: boolean;
  survived: boolean;
  survivalEvidenceKind: string | null;
  survivalEvidenceId: string | null;
  survivalEvidenceOn: string | null;
  jobPersons: { personId: string; records: { kind: string; recordId: string }[] }[];
  version: number;
};
const get = async (id: string, client = officer1) => {
  const res = await client.get(`/api/entrepreneurship/businesses/${id}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as Detail;
};
const newFile = async (name = '创业者') =>
  e.file(c1, await people.person(c1, name), { trainedOn: '2025-03-31' });
/** 92 + individual business category: the code of a 个体工商户 */
const individualCode = (n: number) => {
  const first17 = `92370983${String(n).padStart(9, '0')}`;
  return first17 + creditCodeCheckChar(first17);
};

describe('recording a business', () => {
  const body = (fileId: string, overrides: Record<string, unknown> = {}) => ({
    fileId,
    kind: 'enterprise',
    creditCode: creditCode(501),
    name: '肥城小厨餐饮有限公司',
    sector: '餐饮',
    industry: 'H',
    openedOn: '2026-05-10',
    ...overrides,
  });

  it('refuses a credit code whose check character is wrong, and a kind the code contradicts', async () => {
    const file = await newFile();
    const good = creditCode(502);
    const bad = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0');
    const res = await officer1.post('/api/entrepreneurship/businesses', body(file.id, { creditCode: bad }));
    expect(res.status).toBe(422);
    const kind = await officer1.post(
      '/api/entrepreneurship/businesses',
      body(file.id, { creditCode: good, kind: 'individual' }),
    );
    expect(kind.status).toBe(422);
    expect(JSON.stringify(kind.body)).toContain('92');
  });

  it('creates the employer record through the registry (audited) when the code is new', async () => {
    const file = await newFile();
    const res = await officer1.post(
      '/api/entrepreneurship/businesses',
      body(file.id, { kind: 'individual', creditCode: individualCode(77) }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const b = res.body as Detail;
    const [employer] = await t.db.select().from(employers).where(eq(employers.id, b.employerId));
    expect(employer).toMatchObject({ creditCode: individualCode(77), type: 'individual', orgId: c1.id });
    const audits = await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.targetId, b.employerId), eq(auditLog.action, 'employer.create')));
    expect(audits).toHaveLength(1);
    expect(b.idNumberMasked).toMatch(/\*{8}/);
  });

  it('links to the registry’s existing employer with the same code, and refuses the code twice', async () => {
    const file = await newFile();
    const employer = await officer1.post('/api/employers', employerBody(c1.id, 503));
    expect(employer.status).toBe(200);
    const res = await officer1.post(
      '/api/entrepreneurship/businesses',
      body(file.id, { creditCode: creditCode(503) }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((res.body as Detail).employerId).toBe((employer.body as { id: string }).id);
    const again = await officer1.post(
      '/api/entrepreneurship/businesses',
      body((await newFile()).id, { creditCode: creditCode(503) }),
    );
    expect(again.status).toBe(409);
  });

  it('refuses to link an employer another street registered (its workers would show on the business)', async () => {
    const theirs = await officer2.post('/api/employers', employerBody(t.city.community2.id, 504));
    expect(theirs.status, JSON.stringify(theirs.body)).toBe(200);
    const res = await officer1.post(
      '/api/entrepreneurship/businesses',
      body((await newFile()).id, { creditCode: creditCode(504) }),
    );
    expect(res.status).toBe(409);
    expect((res.body as { message: string }).message).toContain('其他辖区');
  });

  it('is out of reach of another street’s officer (read, list and write)', async () => {
    const file = await newFile();
    const b = await e.business(file, '2026-01-05');
    expect((await officer2.get(`/api/entrepreneurship/businesses/${b.id}`)).status).toBe(404);
    const list = await officer2.get('/api/entrepreneurship/businesses?pageSize=200');
    expect((list.body as { items: { id: string }[] }).items.map((i) => i.id)).not.toContain(b.id);
    const close = await officer2.patch(`/api/entrepreneurship/businesses/${b.id}`, {
      version: 1,
      closedOn: '2026-09-01',
      closedReason: '经营不善',
    });
    expect(close.status).toBe(404);
    expect((await officer2.post('/api/entrepreneurship/businesses', body(file.id))).status).toBe(404);
  });

  it('closes with a date and a reason, both or neither', async () => {
    const b = await e.business(await newFile(), '2026-01-05');
    const half = await officer1.patch(`/api/entrepreneurship/businesses/${b.id}`, {
      version: 1,
      closedOn: '2026-09-01',
    });
    expect(half.status).toBe(422);
    const ok = await officer1.patch(`/api/entrepreneurship/businesses/${b.id}`, {
      version: 1,
      closedOn: '2026-09-01',
      closedReason: '经营不善',
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ closedOn: '2026-09-01', closedReason: '经营不善', version: 2 });
  });
});

describe('jobs created', () => {
  it('counts persons other than the founder with a contract or paid contribution, each once; registry wins', async () => {
    const file = await newFile('带动者');
    const b = await e.business(file, '2025-06-01', { declaredJobs: 7 });
    const emp = b.employerId!;
    const [a, bb, c, d] = await Promise.all(['甲', '乙', '丙', '丁'].map((n) => people.person(c1, n)));
    await e.contract(c1, emp, file.personId, '2025-06-01'); // the founder: never a job
    await e.contribution(c1, emp, file.personId, '2025-07-01');
    const aContract = await e.contract(c1, emp, a!, '2025-07-01');
    const aPaid = await e.contribution(c1, emp, a!, '2025-08-01'); // the same person: once
    await e.contribution(c1, emp, bb!, '2026-02-01'); // contribution only
    await e.contribution(c1, emp, c!, '2026-03-01', 'arrears'); // not paid: no job
    await e.contract(c1, emp, d!, '2024-01-01', '2025-05-31'); // ended before the opening
    const detail = await get(b.id);
    expect([detail.registryJobs, detail.jobs, detail.jobsSource]).toEqual([2, 2, 'registry']);
    expect(detail.jobPersons.map((p) => p.personId).sort()).toEqual([a, bb].sort());
    const ofA = detail.jobPersons.find((p) => p.personId === a)!;
    expect(ofA.records.map((r) => r.recordId).sort()).toEqual([aContract, aPaid].sort());
  });

  it('takes the jobs declared at a follow-up when the registry shows none but the founder', async () => {
    const file = await newFile();
    const b = await e.business(file, '2025-06-01', { declaredJobs: 3 });
    await e.contribution(c1, b.employerId!, file.personId, '2025-07-01');
    const detail = await get(b.id);
    expect([detail.registryJobs, detail.jobs, detail.jobsSource]).toEqual([0, 3, 'declared']);
    const none = await get((await e.business(await newFile(), '2025-06-01')).id);
    expect(none.jobs).toBe(0);
  });
});

describe('survival after one year (as of today, 2026-10-20)', () => {
  const survival = async (id: string) => {
    const d = await get(id);
    return [d.yearOld, d.survived, d.survivalEvidenceKind, d.survivalEvidenceOn];
  };

  it('counts a contribution of the anniversary’s month, on the anniversary itself', async () => {
    const file = await newFile();
    const b = await e.business(file, '2025-10-20');
    await e.contribution(c1, b.employerId!, file.personId, '2025-12-01'); // before the anniversary
    expect(await survival(b.id)).toEqual([true, false, null, null]);
    await e.contribution(c1, b.employerId!, file.personId, '2026-10-01');
    expect(await survival(b.id)).toEqual([true, true, 'contribution', '2026-10-01']);
  });

  it('does not ask a business opened less than a year ago', async () => {
    const file = await newFile();
    const b = await e.business(file, '2025-10-21');
    await e.contribution(c1, b.employerId!, file.personId, '2026-10-01');
    expect(await survival(b.id)).toEqual([false, false, 'contribution', '2026-10-01']);
  });

  it('takes a contract in force at the anniversary, or an operating follow-up on or after it', async () => {
    const withContract = await e.business(await newFile(), '2025-01-10');
    const worker = await people.person(c1, '雇员');
    await e.contract(c1, withContract.employerId!, worker, '2025-03-01', '2026-01-09'); // ended a day early
    expect((await survival(withContract.id))[1]).toBe(false);
    await e.contract(c1, withContract.employerId!, worker, '2025-03-01');
    expect(await survival(withContract.id)).toEqual([true, true, 'contract', '2026-01-10']);

    const file = await newFile();
    const visited = await e.business(file, '2025-01-10');
    await e.followUp(file.id, '2026-01-09', 'operating'); // the day before: not yet
    await e.followUp(file.id, '2026-02-01', 'closed');
    expect((await survival(visited.id))[1]).toBe(false);
    const visit = await e.followUp(file.id, '2026-01-10', 'operating');
    const d = await get(visited.id);
    expect([d.survived, d.survivalEvidenceKind, d.survivalEvidenceId]).toEqual([true, 'follow_up', visit]);
  });

  it('does not count a closed business, whatever its records', async () => {
    const file = await newFile();
    const b = await e.business(file, '2025-01-10', { closedOn: '2026-05-01' });
    await e.contribution(c1, b.employerId!, file.personId, '2026-02-01');
    expect(await survival(b.id)).toEqual([true, false, 'contribution', '2026-02-01']);
  });
});
