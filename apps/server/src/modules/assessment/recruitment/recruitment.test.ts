import { scoreRecruitment } from '@minsheng/rules/policies/county/recruitment-assessment/scoring.ts';
import { and, eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { files, uploadAttachment } from '../../../platform/attachments/attachment.fixtures.ts';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { createTestApp } from '../../../test/test-app.ts';
import { contractBody } from '../../registry/contracts/contracts.fixtures.ts';
import { employerBody } from '../../registry/employers/employers.fixtures.ts';
import { personBody, residentId } from '../../registry/persons/persons.fixtures.ts';
import { evidenceCategories } from './worker-evidence.ts';

// The test clock's year is 2026 (TEST_NOW 2026-10-20): cut-off 2026-12-25.
const t = await createTestApp();
const officer = await t.login('officer1');
const officer2 = await t.login('officer2');
const reviewer = await t.login('reviewer');
const base = '/api/assessment/recruitment';
const ok = <T = { id: string }>(what: string, res: { status: number; body: unknown }) => {
  if (res.status !== 200) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
};

const unit = ok(
  'unit',
  await reviewer.post(`${base}/years/2026/units`, {
    kind: 'town',
    name: '新城街道',
    orgId: t.city.street1.id,
    annualTarget: 2,
    specialTarget: 1,
  }),
);
const otherUnit = ok(
  'unit',
  await reviewer.post(`${base}/years/2026/units`, {
    kind: 'department',
    name: '就业局',
    orgId: t.city.district.id,
    annualTarget: 1,
    specialTarget: 0,
  }),
);
const employer = ok(
  'employer',
  await officer.post('/api/employers', employerBody(t.city.community1.id, 1)),
).id;

/** A person hired on 2026-03-02 on a two-year contract, entered in the unit's ledger. */
async function recruit(seq: number, forSpecialTask: boolean) {
  const person = ok('person', await officer.post('/api/persons', personBody(t.city.community1.id, seq))).id;
  ok(
    'contract',
    await officer.post(
      `/api/persons/${person}/contracts`,
      contractBody(employer, { signedOn: '2026-03-01', startsOn: '2026-03-02', endsOn: '2028-03-01' }),
    ),
  );
  const worker = ok(
    'worker',
    await officer.post(`${base}/units/${unit.id}/workers`, {
      personId: person,
      employerId: employer,
      hiredOn: '2026-03-02',
      forSpecialTask,
    }),
  );
  return worker.id;
}
const fileEvidence = async (workerId: string, categories: string[]) => {
  for (const category of categories) {
    ok(
      `upload ${category}`,
      await uploadAttachment(
        t,
        officer,
        { ownerKind: 'assessment.recruitment.worker', ownerId: workerId, category },
        { content: files.pdf(), fileName: `${category}.pdf`, type: 'application/pdf' },
      ),
    );
  }
};
const allFive = Object.keys(evidenceCategories);

const complete = await recruit(11, true);
await fileEvidence(complete, allFive);
const missingPayroll = await recruit(12, false);
await fileEvidence(
  missingPayroll,
  allFive.filter((c) => c !== 'monthlyPayroll'),
);

describe('a town enters recruited workers on the five matching documents', () => {
  it('accepts a worker with all five documents and a registered contract', async () => {
    const res = await officer.post(`${base}/workers/${complete}/submit`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.status).toBe('submitted');
  });

  it('refuses a worker without the payroll proof, naming the missing item in Chinese', async () => {
    const res = await officer.post(`${base}/workers/${missingPayroll}/submit`);
    expect(res.status).toBe(422);
    expect(res.body.message).toContain('企业每月发放工资名册');
    expect(res.body.message).not.toContain('介绍信回执');
  });

  it('lists the ledger with masked ID numbers and each entry’s evidence', async () => {
    const res = await officer.get(`${base}/units/${unit.id}/workers`);
    expect(res.status).toBe(200);
    const text = JSON.stringify(res.body);
    expect(text).not.toContain(residentId('370983', '19850315', 11));
    const entry = res.body.items.find((w: { id: string }) => w.id === missingPayroll);
    expect(entry).toMatchObject({ counts: false, evidence: expect.not.arrayContaining(['monthlyPayroll']) });
    expect(entry.idNumberMasked).toMatch(/\*/);
  });

  it('answers another town’s officer with 404 for the ledger, the entry’s files and new entries', async () => {
    expect((await officer2.get(`${base}/units/${unit.id}/workers`)).status).toBe(404);
    const q = new URLSearchParams({ ownerKind: 'assessment.recruitment.worker', ownerId: complete });
    expect((await officer2.get(`/api/attachments?${q}`)).status).toBe(404);
    expect((await officer2.post(`${base}/workers/${complete}/submit`)).status).toBe(404);
    expect((await officer2.get(`${base}/years/2026/units`)).body.items).toEqual([]);
  });

  it('keeps the files of a submitted entry: no more uploads until the city returns it', async () => {
    const res = await uploadAttachment(
      t,
      officer,
      { ownerKind: 'assessment.recruitment.worker', ownerId: complete, category: 'idCopy' },
      { content: files.png(), fileName: 'x.png' },
    );
    expect(res.status).toBe(422);
  });
});

describe('the city checks, scores and publishes', () => {
  it('verifies the submitted worker and refuses to verify one never submitted', async () => {
    expect((await officer.post(`${base}/workers/${complete}/check`, { verdict: 'verified' })).status).toBe(
      403,
    );
    const res = await reviewer.post(`${base}/workers/${complete}/check`, { verdict: 'verified' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: 'verified', checkedOn: t.today() });
    expect(
      (await reviewer.post(`${base}/workers/${missingPayroll}/check`, { verdict: 'verified' })).status,
    ).toBe(409);
  });

  it('scores every unit exactly as the rule function does for the same figures', async () => {
    ok(
      'other work',
      await reviewer.patch(`/api/assessment/recruitment/units/${unit.id}`, {
        planSubmittedOnTime: true,
        labourResourceLedger: true,
        missingPlansAndSummaries: 1,
      }),
    );
    const res = await reviewer.post(`${base}/years/2026/score`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const expected = scoreRecruitment({
      cutoff: '2026-12-25',
      units: [
        {
          unitId: unit.id,
          name: '新城街道',
          annualTarget: 2,
          annualDone: 1,
          specialTarget: 1,
          specialDone: 1,
          planSubmittedOnTime: true,
          migrantSurveyAndLedger: false,
          labourResourceLedger: true,
          missingPlansAndSummaries: 1,
        },
        {
          unitId: otherUnit.id,
          name: '就业局',
          annualTarget: 1,
          annualDone: 0,
          specialTarget: 0,
          specialDone: 0,
          planSubmittedOnTime: false,
          migrantSurveyAndLedger: false,
          labourResourceLedger: false,
          missingPlansAndSummaries: 5,
        },
      ],
    });
    expect(res.body.units.map(({ kind: _, ...u }: { kind: string }) => u)).toEqual(expected.units);
    expect(res.body.units[0]).toMatchObject({ name: '新城街道', total: '61.50' });
  });

  it('shows the towns the results only once published, then freezes them', async () => {
    expect((await officer.get(`${base}/years/2026/results`)).status).toBe(404);
    expect((await reviewer.post(`${base}/years/2026/publish`)).status).toBe(200);
    expect((await officer.get(`${base}/years/2026/results`)).body.units).toHaveLength(2);
    expect((await reviewer.post(`${base}/years/2026/score`)).status).toBe(409);
    expect((await reviewer.patch(`${base}/units/${unit.id}`, { annualTarget: 1 })).status).toBe(409);
  });

  it('audits every write by ids', async () => {
    const rows = await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(like(auditLog.action, 'recruitment.%'), eq(auditLog.username, 'reviewer')));
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'recruitment.unit.create',
        'recruitment.worker.verify',
        'recruitment.score',
        'recruitment.publish',
      ]),
    );
  });
});
