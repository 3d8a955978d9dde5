import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/test-app.ts';
import { ok } from '../cases/catalogue-walk.fixtures.ts';
import { trainingRecords } from '../training/progress/progress.fixtures.ts';
import { entrepreneurshipRecords } from './businesses/businesses.fixtures.ts';
import { insertFileWithPlan } from './files/files.fixtures.ts';
import { insertBank, insertLoan } from './loans/loans.fixtures.ts';

/**
 * A street officer reaches only the records of their street: every `:id` route of files, plans,
 * businesses, loans, projects and incubation answers another street's officer 404 (or 403 where
 * the step is not theirs at all), with a body that would be accepted for a record of their own.
 */
const t = await createTestApp(); // today: 2026-10-20
const officer1 = await t.login('officer1');
const officer2 = await t.login('officer2');
const { community1: c1, street1 } = t.city;
const people = trainingRecords(t.db);
const records = entrepreneurshipRecords(t.db);

const personId = await people.person(c1, '新城学员');
const file = await insertFileWithPlan(t, personId, 'submitted');
const [plan] = (
  await ok<{ plans: { id: string }[] }>('file', officer1.get(`/api/entrepreneurship/files/${file.id}`))
).plans;
const business = await records.business(file, '2026-05-20');
const bank = await insertBank(t.db, t.city.city, 'SCOPE1');
const loan = await insertLoan(t.db, { bankId: bank.id, personId, org: c1 });
const applied = await insertLoan(
  t.db,
  { bankId: bank.id, personId, org: c1 },
  { status: 'applied', principalFen: null, contractNumber: null, disbursedOn: null, maturesOn: null },
);
const project = await ok<{ id: string; version: number }>(
  'project',
  officer1.post('/api/entrepreneurship/projects', {
    name: '社区洗衣店',
    sector: '居民服务',
    source: 'government',
    summary: '社区洗衣、熨烫',
    investment: '30000',
    expectedJobs: 2,
  }),
);
const base = await ok<{ id: string; version: number }>(
  'base',
  officer1.post('/api/entrepreneurship/incubation-bases', {
    orgId: street1.id,
    name: '新城创业孵化园',
    address: '新城路8号',
    operator: '新城街道',
    capacity: 5,
    openedOn: '2025-01-01',
  }),
);
const resident = await ok<{ id: string; version: number }>(
  'resident',
  officer1.post(`/api/entrepreneurship/incubation-bases/${base.id}/residents`, {
    fileId: file.id,
    enteredOn: '2025-06-01',
  }),
);
const expert = await ok<{ id: string }>(
  'expert',
  (await t.login('reviewer')).post('/api/entrepreneurship/experts', {
    name: '王专家',
    field: '餐饮管理',
    organisation: '泰安市餐饮协会',
    qualifications: null,
    userId: null,
  }),
);

type Call = [what: string, send: () => Promise<{ status: number; body: unknown }>];
const calls: Call[] = [
  ['file', () => officer2.get(`/api/entrepreneurship/files/${file.id}`)],
  [
    'mentor',
    () =>
      officer2.post(`/api/entrepreneurship/files/${file.id}/mentor`, {
        expertId: expert.id,
        version: file.version,
      }),
  ],
  [
    'association',
    () =>
      officer2.post(`/api/entrepreneurship/files/${file.id}/association`, {
        action: 'join',
        on: '2026-10-01',
        version: file.version,
      }),
  ],
  [
    'follow-up',
    () =>
      officer2.post(`/api/entrepreneurship/files/${file.id}/follow-ups`, {
        onDate: '2026-10-01',
        kind: 'visit',
        businessState: 'operating',
        note: '回访',
      }),
  ],
  [
    'internship',
    () =>
      officer2.post(`/api/entrepreneurship/files/${file.id}/internships`, {
        hostName: '新城超市',
        startsOn: '2026-09-01',
      }),
  ],
  [
    'rating',
    () => officer2.post(`/api/entrepreneurship/files/${file.id}/ratings`, { expertId: expert.id, score: 5 }),
  ],
  [
    'plan',
    () =>
      officer2.post(`/api/entrepreneurship/files/${file.id}/plans`, {
        title: '早餐店',
        sector: '餐饮',
        serviceSector: true,
        investment: '10000',
        plannedJobs: 1,
        submittedOn: '2026-10-01',
      }),
  ],
  [
    'plan experts',
    () => officer2.post(`/api/entrepreneurship/plans/${plan!.id}/experts`, { expertIds: [expert.id] }),
  ],
  ['business', () => officer2.get(`/api/entrepreneurship/businesses/${business.id}`)],
  [
    'business update',
    () =>
      officer2.patch(`/api/entrepreneurship/businesses/${business.id}`, {
        version: business.version,
        declaredJobs: 3,
      }),
  ],
  ['loan', () => officer2.get(`/api/entrepreneurship/loans/${loan.id}`)],
  [
    'loan review',
    () => officer2.post(`/api/entrepreneurship/loans/${applied.id}/review`, { decision: 'approve' }),
  ],
  [
    'loan extend',
    () =>
      officer2.post(`/api/entrepreneurship/loans/${loan.id}/extend`, {
        on: '2026-10-01',
        reason: '经营困难',
      }),
  ],
  [
    'loan compensate',
    () => officer2.post(`/api/entrepreneurship/loans/${loan.id}/compensate`, { on: '2026-10-01' }),
  ],
  ['project', () => officer2.get(`/api/entrepreneurship/projects/${project.id}`)],
  [
    'project expert',
    () =>
      officer2.post(`/api/entrepreneurship/projects/${project.id}/expert`, {
        expertId: expert.id,
        version: project.version,
      }),
  ],
  [
    'project withdraw',
    () =>
      officer2.post(`/api/entrepreneurship/projects/${project.id}/withdraw`, {
        reason: '不再征集',
        version: project.version,
      }),
  ],
  [
    'project recommend',
    () => officer2.post(`/api/entrepreneurship/projects/${project.id}/recommendations`, { fileId: file.id }),
  ],
  ['incubation base', () => officer2.get(`/api/entrepreneurship/incubation-bases/${base.id}`)],
  [
    'incubation entry',
    () =>
      officer2.post(`/api/entrepreneurship/incubation-bases/${base.id}/residents`, {
        fileId: file.id,
        enteredOn: '2026-01-01',
      }),
  ],
  [
    'incubation exit',
    () =>
      officer2.post(`/api/entrepreneurship/incubation-residents/${resident.id}/exit`, {
        version: resident.version,
        exitedOn: '2026-10-01',
        exitReason: '期满出园',
      }),
  ],
];

describe("another street's records", () => {
  it.each(calls)('answers the other street’s officer 404 or 403: %s', async (_, send) => {
    const res = await send();
    expect([403, 404], JSON.stringify(res.body)).toContain(res.status);
  });

  it('still lets the own street’s officer read them all', async () => {
    for (const url of [
      `/api/entrepreneurship/files/${file.id}`,
      `/api/entrepreneurship/businesses/${business.id}`,
      `/api/entrepreneurship/loans/${loan.id}`,
      `/api/entrepreneurship/projects/${project.id}`,
      `/api/entrepreneurship/incubation-bases/${base.id}`,
    ])
      expect((await officer1.get(url)).status, url).toBe(200);
  });
});
