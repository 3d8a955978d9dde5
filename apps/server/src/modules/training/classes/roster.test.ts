import { yuanToFen } from '@minsheng/rules/engine/money.ts';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../test/fixtures.ts';
import { createTestApp, type TestClient } from '../../../test/test-app.ts';
import { pinnableClock } from '../../../test/test-clock.ts';
import { allProvided } from '../../cases/cases.fixtures.ts';
import { cases } from '../../cases/cases.schema.ts';
import { ok } from '../../cases/catalogue-walk.fixtures.ts';
import { insertFileWithPlan } from '../../entrepreneurship/files/files.fixtures.ts';
import { trainingInstitutionUsers } from '../institutions/institutions.schema.ts';
import {
  classBody,
  insertTrainee,
  institutionWithTeacher,
  otherInstitutionStaff,
  storedClass,
} from './classes.fixtures.ts';

/**
 * The subsidy roster of a closed class, by hand from 关于进一步做好促进就业工作的实施意见 四(三)
 * (seed 001 篇3): skills training is the actual fee up to 800 yuan for certificate holders and
 * difficulty persons, 600 for other unemployed; rural migrants get 300/500/700/1000/1200 by
 * certificate level; entrepreneurship training 1500 with a passed SYB appraisal, a business plan
 * and at least 20 days. The roster then walks the real case chain to payment, and every paid
 * amount equals the roster's to the fen.
 */

type Json = Record<string, any>;

const clock = pinnableClock();
const t = await createTestApp({ clock });
let institution: TestClient;
let officer: TestClient;
let reviewer: TestClient;
let finance: TestClient;
let other: TestClient;
let teacherId: string;
let institutionId: string;

beforeAll(async () => {
  let inst: { id: string };
  ({ teacherId, inst } = await institutionWithTeacher(
    t,
    [t.users.institution.id],
    [
      { occupation: '中式烹调师', levels: [3, 4, 5] },
      { occupation: 'SYB创业培训', levels: [] },
    ],
  ));
  institutionId = inst.id;
  institution = await t.login('institution');
  officer = await t.login('officer1');
  reviewer = await t.login('reviewer');
  finance = await t.login('finance');
  other = await otherInstitutionStaff(t);
});

/** A class applied, approved and running from 2 Nov 2026 (20 working days to 27 Nov). */
async function runningClass(overrides: Record<string, unknown> = {}) {
  clock.pin(null);
  let c = await ok<Json>('apply', institution.post('/api/training/classes', classBody(teacherId, overrides)));
  c = await ok(
    'approve',
    reviewer.post(`/api/training/classes/${c.id}/review`, { version: c.version, approve: true }),
  );
  clock.pin('2026-11-02');
  c = await ok('start', institution.post(`/api/training/classes/${c.id}/start`, { version: c.version }));
  return storedClass(t, c.id);
}

async function close(id: string) {
  clock.pin('2026-11-30');
  const c = await storedClass(t, id);
  return ok<Json>(
    'close',
    institution.post(`/api/training/classes/${id}/close`, { version: c.version, report: '按计划结业' }),
  );
}

/** Each case of a roster accepted, reviewed, approved, sent to finance, planned and paid through the API. */
async function payRoster(batch: Json) {
  const ids = batch.rows.filter((r: Json) => r.caseId).map((r: Json) => r.caseId as string);
  const refs = [];
  for (const id of ids) {
    let c = await ok<Json>('case', officer.get(`/api/cases/${id}`));
    c = await ok(
      'accept',
      officer.post(`/api/cases/${id}/accept`, { version: c.version, materials: allProvided(c.materials) }),
    );
    c = await ok(
      'review',
      reviewer.post(`/api/cases/${id}/review`, {
        version: c.version,
        checks: { materials: { confirmed: true } },
      }),
    );
    c = await ok('approve', reviewer.post(`/api/cases/${id}/approve`, { version: c.version }));
    refs.push({ id, version: c.version });
  }
  await ok('send', reviewer.post('/api/finance/send', { cases: refs }));
  const sent = [];
  for (const id of ids)
    sent.push({ id, version: (await ok<Json>('case', reviewer.get(`/api/cases/${id}`))).version });
  const plan = await ok<Json>('plan', finance.post('/api/payment-plans', { title: '培训补贴', cases: sent }));
  const approved = await ok<Json>(
    'approve plan',
    finance.post(`/api/payment-plans/${plan.id}/approve`, { version: plan.version }),
  );
  await ok(
    'pay',
    finance.post(`/api/payment-plans/${approved.id}/pay`, { bankReference: `PX-${plan.number}` }),
  );
}

const byName = (lines: Json[]) => Object.fromEntries(lines.map((l) => [l.name, l]));

describe('a skills class', () => {
  let cls: Awaited<ReturnType<typeof storedClass>>;
  const names: Record<string, string> = {};
  const people: Record<string, { personId: string }> = {};

  beforeAll(async () => {
    cls = await runningClass();
    const inserted = {
      holder: await insertTrainee(t, cls, {
        group: 'certificate_holder',
        attendedDays: 18,
        result: 'passed',
        certificateLevel: '4',
      }),
      unemployed: await insertTrainee(t, cls, {
        group: 'registered_unemployed',
        attendedDays: 20,
        result: 'passed',
        certificateLevel: '4',
      }),
      migrant: await insertTrainee(t, cls, {
        group: 'rural_migrant',
        attendedDays: 17,
        result: 'passed',
        certificateLevel: '4',
      }),
      failed: await insertTrainee(t, cls, {
        group: 'certificate_holder',
        attendedDays: 20,
        result: 'failed',
      }),
      absent: await insertTrainee(t, cls, { group: 'certificate_holder', attendedDays: 10 }),
    };
    for (const [k, p] of Object.entries(inserted)) {
      names[k] = p.name;
      people[k] = p;
    }
    await close(cls.id);
  });

  it('refuses a roster before the class is closed', async () => {
    const running = await runningClass();
    const res = await institution.post(`/api/training/classes/${running.id}/roster/preview`, {});
    expect(res.status).toBe(409);
    expect(res.body.message).toContain('结业后才能生成补贴花名册');
  });

  it('shows each trainee the amount the rules decide or the refusal with its clause', async () => {
    const preview = await ok<Json>(
      'preview',
      institution.post(`/api/training/classes/${cls.id}/roster/preview`, {}),
    );
    expect(preview.days).toBe(20);
    const lines = byName(preview.lines);
    // 950 yuan fee, certificate holder: capped at 800 (四(三)2)
    expect(lines[names.holder!]).toMatchObject({ eligible: true, kind: 'skills', amount: '800.00' });
    // other registered unemployed: capped at 600
    expect(lines[names.unemployed!]).toMatchObject({ eligible: true, kind: 'skills', amount: '600.00' });
    // rural migrant with a level-4 (中级工) certificate: 500
    expect(lines[names.migrant!]).toMatchObject({
      eligible: true,
      kind: 'migrant_certificate',
      amount: '500.00',
    });
    // failed the appraisal, no certificate
    expect(lines[names.failed!]).toMatchObject({ eligible: false, amount: null });
    expect(lines[names.failed!].reasons[0].text).toContain('未取得该项补贴要求的证书');
    expect(lines[names.failed!].reasons[0].citation).toContain('四(二)、四(三)');
    // 10 of 20 days
    expect(lines[names.absent!].reasons[0].text).toBe('出勤 10 天，未达到培训天数 20 天的 80%，未结业');
  });

  it('hides the roster from another institution', async () => {
    expect((await other.post(`/api/training/classes/${cls.id}/roster/preview`, {})).status).toBe(404);
    expect((await other.post(`/api/training/classes/${cls.id}/roster`, {})).status).toBe(404);
  });

  it('files one case per eligible trainee, refuses a second roster, and pays exactly the rules amounts', async () => {
    const preview = await ok<Json>(
      'preview',
      institution.post(`/api/training/classes/${cls.id}/roster/preview`, {}),
    );
    const batch = await ok<Json>('submit', institution.post(`/api/training/classes/${cls.id}/roster`, {}));
    expect(batch.totals).toMatchObject({ rows: 5, cases: 3, errors: 2 });
    expect(batch.rows.filter((r: Json) => r.outcome === 'created').map((r: Json) => r.status)).toEqual([
      'submitted',
      'submitted',
      'submitted',
    ]);
    const stored = await t.db.select().from(cases).where(eq(cases.batchId, batch.id));
    expect(
      stored.every(
        (c) => c.applicantKind === 'institution_on_behalf' && c.policyId === 'county-city.training-subsidy',
      ),
    ).toBe(true);

    // the same trainees again: once per person and category, while the first cases are pending
    const again = await institution.post(`/api/training/classes/${cls.id}/roster`, {});
    expect(again.status).toBe(409);
    expect(again.body.message).toContain('已享受过同类一次性培训补贴');
    // named by the earlier case and the day it was filed on the bureau's clock
    expect(again.body.message).toContain(`${stored[0]!.number}（${t.today()}）`);

    // the filed trainees show their cases, not a refusal for their own claims; nothing is left to file
    const filed = (
      await ok<Json>('preview', institution.post(`/api/training/classes/${cls.id}/roster/preview`, {}))
    ).lines as Json[];
    const numbers = Object.fromEntries(stored.map((c) => [c.personId, c.number]));
    const amounts = Object.fromEntries(preview.lines.map((l: Json) => [l.name, l.amount]));
    for (const key of ['holder', 'unemployed', 'migrant'] as const) {
      const line = byName(filed)[names[key]!];
      expect(line, key).toMatchObject({
        eligible: false,
        amount: amounts[names[key]!],
        reasons: [],
        filed: { caseNumber: numbers[people[key]!.personId], status: 'submitted', statusLabel: '待受理' },
      });
      expect(line.filed.caseId).toBe(stored.find((c) => c.number === line.filed.caseNumber)!.id);
    }
    expect(filed.filter((l) => l.eligible)).toEqual([]);
    expect(byName(filed)[names.failed!]).toMatchObject({ eligible: false, filed: null });

    await payRoster(batch);
    const [roster] = await ok<Json[]>('rosters', institution.get(`/api/training/classes/${cls.id}/rosters`));
    const expected = preview.lines.filter((l: Json) => l.eligible);
    for (const line of expected) {
      const row = roster!.rows.find((r: Json) => r.name === line.name);
      expect(row, line.name).toMatchObject({ status: 'paid', amount: line.amount, paidAmount: line.amount });
      expect(yuanToFen(row.paidAmount)).toBe(yuanToFen(line.amount));
    }
    expect(roster!.totals.paidAmount).toBe('1900.00');

    // once paid, the lines still show their cases and approved amounts
    const paid = byName(
      (await ok<Json>('preview', institution.post(`/api/training/classes/${cls.id}/roster/preview`, {})))
        .lines,
    );
    expect(paid[names.holder!]).toMatchObject({
      eligible: false,
      amount: '800.00',
      filed: { caseNumber: numbers[people.holder!.personId], status: 'paid' },
    });

    // a second class of the same person: the claim from the first class refuses it, citing the case
    const second = await runningClass();
    await insertTrainee(t, second, {
      group: 'certificate_holder',
      attendedDays: 20,
      result: 'passed',
      certificateLevel: '4',
      personId: people.holder!.personId,
    });
    await close(second.id);
    const [refused] = (
      await ok<Json>('preview', institution.post(`/api/training/classes/${second.id}/roster/preview`, {}))
    ).lines;
    expect(refused).toMatchObject({ eligible: false, amount: null, filed: null });
    expect(refused.reasons.map((r: Json) => r.text).join()).toContain('已享受过同类一次性培训补贴');
    expect(refused.reasons.map((r: Json) => r.text).join()).toContain(numbers[people.holder!.personId]);
  });

  it('links the filed cases for the bureau, and only names them to a colleague who may not open them', async () => {
    const bureau = await ok<Json>(
      'preview',
      reviewer.post(`/api/training/classes/${cls.id}/roster/preview`, {}),
    );
    const filedOf = (p: Json) => p.lines.filter((l: Json) => l.filed).map((l: Json) => l.filed);
    expect(filedOf(bureau)).toHaveLength(3);
    expect(filedOf(bureau).every((f: Json) => f.caseId)).toBe(true);
    // another member of staff of the institution: cases are read by whoever filed them
    const colleague = await createUser(t.db, {
      username: 'px_colleague',
      orgId: t.users.institution.orgId,
      roles: ['training_institution'],
    });
    await t.db
      .insert(trainingInstitutionUsers)
      .values({ userId: colleague.id, institutionId: institutionId });
    const seen = await ok<Json>(
      'preview',
      (await t.login('px_colleague')).post(`/api/training/classes/${cls.id}/roster/preview`, {}),
    );
    expect(filedOf(seen).map((f: Json) => [f.caseNumber, f.caseId])).toEqual(
      filedOf(bureau).map((f: Json) => [f.caseNumber, null]),
    );
  });
});

describe('an entrepreneurship class', () => {
  it('pays 1500 yuan to a trainee with a passed appraisal and a business plan, and refuses one without a plan', async () => {
    const cls = await runningClass({
      programme: 'entrepreneurship',
      occupation: 'SYB创业培训',
      level: null,
      feePerTrainee: null,
    });
    const planned = await insertTrainee(t, cls, { group: 'graduate', attendedDays: 20, result: 'passed' });
    const noPlan = await insertTrainee(t, cls, {
      group: 'difficulty_person',
      attendedDays: 19,
      result: 'passed',
    });
    await close(cls.id);
    const body = { businessPlanTraineeIds: [planned.id] };
    const preview = await ok<Json>(
      'preview',
      institution.post(`/api/training/classes/${cls.id}/roster/preview`, body),
    );
    const [withPlan, without] = [planned, noPlan].map((p) =>
      preview.lines.find((l: Json) => l.traineeId === p.id),
    );
    expect(withPlan).toMatchObject({ eligible: true, kind: 'entrepreneurship', amount: '1500.00' });
    expect(without).toMatchObject({ eligible: false });
    expect(without.reasons[0].text).toContain('没有创业项目计划书');
    expect(without.reasons[0].citation).toContain('四(三)1');

    const batch = await ok<Json>('submit', institution.post(`/api/training/classes/${cls.id}/roster`, body));
    expect(batch.totals).toMatchObject({ cases: 1, errors: 1 });
    await payRoster(batch);
    const [roster] = await ok<Json[]>('rosters', institution.get(`/api/training/classes/${cls.id}/rosters`));
    expect(roster!.rows.find((r: Json) => r.caseId)).toMatchObject({
      status: 'paid',
      amount: '1500.00',
      paidAmount: '1500.00',
    });
    // the bureau sees the same roster
    expect(
      (await ok<Json[]>('rosters', reviewer.get(`/api/training/classes/${cls.id}/rosters`))).length,
    ).toBe(1);
  });
});

describe('an entrepreneurship class whose trainees have files', () => {
  it('counts a trainee whose file has an approved business plan as having a plan, unless the plans are typed', async () => {
    const cls = await runningClass({
      programme: 'entrepreneurship',
      occupation: 'SYB创业培训',
      level: null,
      feePerTrainee: null,
    });
    const approved = await insertTrainee(t, cls, { group: 'graduate', attendedDays: 20, result: 'passed' });
    const revise = await insertTrainee(t, cls, { group: 'graduate', attendedDays: 20, result: 'passed' });
    await insertFileWithPlan(t, approved.personId, 'approved', { traineeId: approved.id });
    await insertFileWithPlan(t, revise.personId, 'revise', { traineeId: revise.id });
    await close(cls.id);
    const url = `/api/training/classes/${cls.id}/roster/preview`;
    const line = (p: Json, id: string) => p.lines.find((l: Json) => l.traineeId === id);

    const fromFiles = await ok<Json>('preview', institution.post(url, {}));
    expect(fromFiles.businessPlanTraineeIds).toEqual([approved.id]);
    expect(line(fromFiles, approved.id)).toMatchObject({ eligible: true, amount: '1500.00' });
    expect(line(fromFiles, revise.id)).toMatchObject({ eligible: false });

    // the explicit list still decides when it is given, also when it is empty
    const typed = await ok<Json>('preview', institution.post(url, { businessPlanTraineeIds: [revise.id] }));
    expect(typed.businessPlanTraineeIds).toEqual([revise.id]);
    expect(line(typed, revise.id)).toMatchObject({ eligible: true, amount: '1500.00' });
    expect(line(typed, approved.id)).toMatchObject({ eligible: false });
    const none = await ok<Json>('preview', institution.post(url, { businessPlanTraineeIds: [] }));
    expect(line(none, approved.id)).toMatchObject({ eligible: false });
  });
});
