import { yuanToFen } from '@minsheng/rules/engine/money.ts';
import { statutoryRetirement } from '@minsheng/rules/national/retirement.ts';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../../jobs.ts';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { createTestApp, type TestClient } from '../../../test/test-app.ts';
import { allProvided } from '../../cases/cases.fixtures.ts';
import { cases } from '../../cases/cases.schema.ts';
import { ok } from '../../cases/catalogue-walk.fixtures.ts';
import { labourContracts } from '../../registry/contracts/contracts.schema.ts';
import { employerBody } from '../../registry/employers/employers.fixtures.ts';
import {
  employmentRegistrations,
  unemploymentRegistrations,
} from '../../registry/registrations/registrations.schema.ts';
import { entitlementPeriods, entitlementRuns, publicWelfarePosts } from '../entitlements.schema.ts';
import { ENTITLEMENT_RUN_JOB } from './entitlement-runs.job.ts';
import { difficultyPerson, periodFlow } from './recurring.fixtures.ts';

/**
 * 公益性岗位补贴 as a recurring entitlement, walked through the API: set up from an approved case,
 * listed month by month, each month's case accepted, reviewed, approved and paid; the registry's
 * re-employment stops it, a backdated one after payment makes a recovery task. The test app's day
 * is 2026-10-20, so the runs may list July to October 2026.
 *
 * The bureau's figures the test sets (every month from 2009): minimum monthly wage 2 200 yuan, the
 * employer's minimum contributions 700 + 350 + 35.50 yuan. By hand, one month pays
 * 2 200 × 50 % + 700 + 350 + 35.50 = 2 185.50 yuan.
 */

type Json = Record<string, any>;
const POLICY = 'county-city.public-welfare-post';
const MONTH_FEN = 2200_00 / 2 + 700_00 + 350_00 + 35_50;

const t = await createTestApp();
let officer: TestClient;
let officer2: TestClient;
let reviewer: TestClient;
let finance: TestClient;

const community = t.city.community1;
let seq = 0;

/** A difficulty person of street 1 on a public-welfare post of a fresh employer from 2026-04-01. */
async function holder(opts: { female?: boolean; continuousSinceMonth?: string; birth?: string } = {}) {
  seq += 1;
  const n = seq * 2 + (opts.female ? 0 : 1);
  const personId = await difficultyPerson(t, officer, {
    n: 900 + n,
    birth: opts.birth ?? '19850315',
    name: `岗${n}`,
    certificate: `GY2026${String(n).padStart(4, '0')}`,
  });
  const person = { id: personId };
  const employer = await ok<Json>(
    'employer',
    officer.post('/api/employers', employerBody(community.id, 900 + n)),
  );
  const scope = { orgId: community.id, orgPath: community.path };
  await t.db.insert(labourContracts).values({
    ...scope,
    personId: person.id,
    employerId: employer.id,
    termKind: 'fixed',
    signedOn: '2026-03-25',
    startsOn: '2026-04-01',
    endsOn: '2029-03-31',
  });
  const [post] = await t.db
    .insert(publicWelfarePosts)
    .values({
      ...scope,
      employerId: employer.id,
      title: '社区保洁',
      kind: 'public_welfare',
      holderPersonId: person.id,
      startOn: '2026-04-01',
      continuousSinceMonth: opts.continuousSinceMonth ?? null,
    })
    .returning();
  return { personId: person.id as string, employerId: employer.id as string, postId: post!.id };
}

// the period's claim carries the employer's roster and receipts, checked at acceptance and review
const { decide, payRun } = periodFlow(() => ({ officer, reviewer, finance }), ['roster_and_receipts']);

/** The approved claim for April to June the entitlement is set up from. */
async function sourceCase(h: { personId: string; employerId: string }, continuousSinceMonth?: string) {
  let c = await ok<Json>(
    'create',
    officer.post('/api/cases', {
      caseTypeId: POLICY,
      applicantKind: 'employer',
      employerId: h.employerId,
      personId: h.personId,
      application: {
        employer: { kind: 'public_welfare' },
        insurancePaid: true,
        ...(continuousSinceMonth ? { continuousSinceMonth } : {}),
        period: { fromMonth: '2026-04', toMonth: '2026-06' },
      },
    }),
  );
  expect(c.personId).toBe(h.personId);
  c = await ok(
    'submit',
    officer.post(`/api/cases/${c.id}/submit`, { version: c.version, materials: allProvided(c.materials) }),
  );
  return decide(c.id);
}

const run = (month: string) =>
  ok<Json>(`run ${month}`, reviewer.post('/api/entitlements/runs', { policyId: POLICY, month }));
const setUp = (body: Json, client = officer) =>
  client.post('/api/entitlements', { periodKind: 'monthly', ...body });

const people: Record<
  string,
  { personId: string; employerId: string; postId: string; caseId: string; id: string }
> = {};

beforeAll(async () => {
  officer = await t.login('officer1');
  officer2 = await t.login('officer2');
  reviewer = await t.login('reviewer');
  finance = await t.login('finance');
  await t.services.caseTypes.sync();
  const set = (name: string, body: Json) =>
    ok(
      name,
      reviewer.put(`/api/policies/${POLICY}/parameters/${name}`, {
        effectiveFrom: '2009-01-01',
        refDoc: '测试',
        ...body,
      }),
    );
  await set('minimum_monthly_wage', { value: '2200' });
  await set('employer_minimum_contribution', { key: 'pension', value: '700' });
  await set('employer_minimum_contribution', { key: 'medical', value: '350' });
  await set('employer_minimum_contribution', { key: 'unemployment', value: '35.5' });
});

describe('a month claimed twice', () => {
  it('is refused at approval naming the person, not the employer, and the month in words', async () => {
    const h = await holder();
    const first = await sourceCase(h);
    let again = await ok<Json>(
      'create',
      officer.post('/api/cases', {
        caseTypeId: POLICY,
        applicantKind: 'employer',
        employerId: h.employerId,
        personId: h.personId,
        application: {
          employer: { kind: 'public_welfare' },
          insurancePaid: true,
          period: { fromMonth: '2026-06', toMonth: '2026-06' },
        },
      }),
    );
    again = await ok(
      'submit',
      officer.post(`/api/cases/${again.id}/submit`, {
        version: again.version,
        materials: allProvided(again.materials),
      }),
    );
    const res = await decide(again.id).catch((e: Error) => e);
    expect(String(res)).toContain(
      `该人员已于 ${first.decidedOn} 经案件 ${first.number} 享受「公益性岗位安排就业困难人员社会保险补贴和岗位补贴」（2026年06月），同一月份只能享受一次`,
    );
  });
});

describe('setting up a recurring entitlement', () => {
  it('sets up from an approved case with the post, numbered, audited; once per case', async () => {
    for (const [name, opts] of [
      ['a', {}],
      ['b', {}],
      // 3 years from 2023-08: the subsidy runs to 2026-07; he is 41, no "4050" extension
      ['e', { continuousSinceMonth: '2023-08' }],
    ] as const) {
      const h = await holder(opts);
      const c = await sourceCase(h, 'continuousSinceMonth' in opts ? opts.continuousSinceMonth : undefined);
      const e = await setUp({ caseId: c.id, startMonth: '2026-07', postId: h.postId });
      expect(e.status, JSON.stringify(e.body)).toBe(200);
      people[name] = { ...h, caseId: c.id, id: e.body.id };
      expect(e.body).toMatchObject({
        policyId: POLICY,
        personId: h.personId,
        employerId: h.employerId,
        postId: h.postId,
        startMonth: '2026-07',
        status: 'active',
        periods: [],
      });
      expect(e.body.number).toMatch(/^DQ-2026-\d{6}$/);
      expect(e.body.holderIdNumberMasked).toContain('*');
    }
    const again = await setUp({ caseId: people.a!.caseId, startMonth: '2026-08', postId: people.a!.postId });
    expect(again.status).toBe(409);
    expect(again.body.message).toContain('已设立定期待遇');
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'entitlement.set_up'), eq(auditLog.targetId, people.a!.id)));
    expect(audits).toHaveLength(1);
  });

  it('refuses a start inside the claimed months, a woman without her retirement category, a case out of scope', async () => {
    const w = await holder({ female: true });
    const c = await sourceCase(w);
    const early = await setUp({ caseId: c.id, startMonth: '2026-06', postId: w.postId });
    expect(early.status).toBe(422);
    expect(early.body.message).toContain('起始月份须晚于原案件已申领的月份');
    const noCategory = await setUp({ caseId: c.id, startMonth: '2026-11', postId: w.postId });
    expect(noCategory.status).toBe(422);
    expect(noCategory.body.message).toContain('退休人员类别');
    const noPost = await setUp({ caseId: c.id, startMonth: '2026-11', retirementCategory: 'female_worker' });
    expect(noPost.status).toBe(422);
    // another street's officer cannot see the case
    const outside = await setUp(
      { caseId: c.id, startMonth: '2026-11', postId: w.postId, retirementCategory: 'female_worker' },
      officer2,
    );
    expect(outside.status).toBe(404);
    const done = await setUp({
      caseId: c.id,
      startMonth: '2026-11',
      postId: w.postId,
      retirementCategory: 'female_worker',
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.retirementCategory).toBe('female_worker');
  });
});

describe('period runs', () => {
  it('lists July for each holder once, even when two runs start at once', async () => {
    const [r1, r2] = await Promise.all([
      reviewer.post('/api/entitlements/runs', { policyId: POLICY, month: '2026-07' }),
      reviewer.post('/api/entitlements/runs', { policyId: POLICY, month: '2026-07' }),
    ]);
    expect(r1.status, JSON.stringify(r1.body)).toBe(200);
    expect(r2.status, JSON.stringify(r2.body)).toBe(200);
    expect(r1.body.listedCount + r2.body.listedCount).toBe(3);
    const periods = await t.db
      .select()
      .from(entitlementPeriods)
      .where(eq(entitlementPeriods.fromMonth, '2026-07'));
    expect(periods).toHaveLength(3);
    const first = r1.body.listedCount === 3 ? r1.body : r2.body;
    expect(first.totalAmount).toBe('6556.50');
    expect(first.batchNumber).toMatch(/^BZ-2026-/);
    const paid = await payRun(first);
    for (const row of paid.rows)
      expect(row).toMatchObject({ status: 'paid', amount: '2185.50', paidAmount: '2185.50' });
  });

  it('pays August and September at the rule amount; the 3-year term ends the one past it', async () => {
    const aug = await run('2026-08');
    expect(aug).toMatchObject({ listedCount: 2, stoppedCount: 1 });
    const e = aug.lines.find((l: Json) => l.entitlementId === people.e!.id);
    expect(e).toMatchObject({ outcome: 'stopped', caseId: null });
    expect(e.reason).toContain('补贴期限已满3年');
    const ended = await ok<Json>('e', reviewer.get(`/api/entitlements/${people.e!.id}`));
    expect(ended).toMatchObject({ status: 'ended' });
    await payRun(aug);
    await payRun(await run('2026-09'));
    // a second run of a listed month lists nothing twice
    const again = await run('2026-09');
    expect(again).toMatchObject({ listedCount: 0, stoppedCount: 0, batchId: null });

    const a = await ok<Json>('a', reviewer.get(`/api/entitlements/${people.a!.id}`));
    expect(a.periods.map((p: Json) => [p.fromMonth, p.outcome, p.amount, p.caseStatus])).toEqual([
      ['2026-07', 'listed', '2185.50', 'paid'],
      ['2026-08', 'listed', '2185.50', 'paid'],
      ['2026-09', 'listed', '2185.50', 'paid'],
    ]);
    // a month's case filed by a run is no source of another entitlement
    const fromPeriod = await setUp({
      caseId: a.periods[0].caseId,
      startMonth: '2026-11',
      postId: people.a!.postId,
    });
    expect(fromPeriod.status).toBe(422);
    expect(fromPeriod.body.message).toContain('是定期待遇的某期申领');
    // each paid case decided the period's rule amount, which is the hand calculation
    for (const p of a.periods) {
      const [c] = await t.db.select().from(cases).where(eq(cases.id, p.caseId));
      expect(c!.approvedAmountFen).toBe(MONTH_FEN);
      expect(yuanToFen(p.amount)).toBe(MONTH_FEN);
      expect(c!.personId).toBe(people.a!.personId);
      expect(c!.employerId).toBe(people.a!.employerId);
      expect(c!.application.period).toEqual({ fromMonth: p.fromMonth, toMonth: p.fromMonth });
    }
  });

  it('stops October on re-employment, and a backdated one after payment makes a recovery task', async () => {
    const scope = { orgId: community.id, orgPath: community.path };
    // A: re-employed elsewhere from 1 October, registered before the run
    await t.db.insert(employmentRegistrations).values({
      ...scope,
      personId: people.a!.personId,
      employerName: '某物流公司',
      form: '01',
      startedOn: '2026-10-01',
    });
    // B: a re-employment from 1 September, registered only now that September is paid
    await t.db.insert(employmentRegistrations).values({
      ...scope,
      personId: people.b!.personId,
      employerName: '某餐饮公司',
      form: '01',
      startedOn: '2026-09-01',
    });
    const oct = await run('2026-10');
    expect(oct).toMatchObject({ listedCount: 0, stoppedCount: 2, recoveryCount: 1, batchId: null });
    const a = oct.lines.find((l: Json) => l.entitlementId === people.a!.id);
    expect(a).toMatchObject({ outcome: 'stopped', stopCode: 're_employed', stopLabel: '再就业' });
    expect(a.reason).toContain('2026-10-01 起在某物流公司就业');
    const aDetail = await ok<Json>('a', reviewer.get(`/api/entitlements/${people.a!.id}`));
    expect(aDetail).toMatchObject({ status: 'stopped', stopCode: 're_employed', stoppedOn: '2026-10-01' });

    const open = await ok<Json>('recoveries', reviewer.get('/api/entitlements/recoveries?status=open'));
    expect(open.items).toHaveLength(1);
    const rec = open.items[0];
    expect(rec).toMatchObject({
      entitlementId: people.b!.id,
      fromMonth: '2026-09',
      toMonth: '2026-09',
      amount: '2185.50',
      stopCode: 're_employed',
      eventOn: '2026-09-01',
      status: 'open',
    });
    // a later run makes no second task for the same period
    expect((await run('2026-10')).recoveryCount).toBe(0);

    const bad = await reviewer.post(`/api/entitlements/recoveries/${rec.id}/resolve`, {
      version: rec.version,
      status: 'recovered',
      note: '',
    });
    expect(bad.status).toBe(422);
    expect(
      (
        await officer.post(`/api/entitlements/recoveries/${rec.id}/resolve`, {
          version: rec.version,
          status: 'waived',
          note: '核销',
        })
      ).status,
    ).toBe(403);
    const done = await ok<Json>(
      'resolve',
      reviewer.post(`/api/entitlements/recoveries/${rec.id}/resolve`, {
        version: rec.version,
        status: 'recovered',
        note: '已从单位下月补贴中扣回',
      }),
    );
    expect(done).toMatchObject({ status: 'recovered', resolutionNote: '已从单位下月补贴中扣回' });
    const twice = await reviewer.post(`/api/entitlements/recoveries/${rec.id}/resolve`, {
      version: done.version,
      status: 'waived',
      note: '再次处理',
    });
    expect(twice.status).toBe(409);
  });

  it('names the recurring policies and their period kinds for the pages', async () => {
    const policies = await ok<Json[]>('policies', officer.get('/api/entitlements/policies'));
    expect(policies).toContainEqual({
      id: POLICY,
      name: '公益性岗位安排就业困难人员社会保险补贴和岗位补贴',
      periodKinds: ['monthly'],
      applicant: 'post_employer',
    });
    expect(policies.find((p) => p.id === 'county-city.flexible-employment')?.periodKinds).toEqual([
      'monthly',
      'quarterly',
    ]);
  });

  it('refuses a month after the current one, and scopes reads to the street', async () => {
    const future = await reviewer.post('/api/entitlements/runs', { policyId: POLICY, month: '2026-11' });
    expect(future.status).toBe(422);
    expect(future.body.message).toContain('只能发放本月');
    expect((await officer2.get(`/api/entitlements/${people.a!.id}`)).status).toBe(404);
    const list2 = await ok<Json>('list', officer2.get('/api/entitlements'));
    expect(list2.items).toHaveLength(0);
    const list1 = await ok<Json>('list', officer.get('/api/entitlements?status=active'));
    expect(list1.items.map((i: Json) => i.id)).not.toContain(people.a!.id);
    // runs belong to the office that ran them: the city's, read by its finance officer, not a street's
    expect((await ok<Json>('runs', finance.get('/api/entitlements/runs'))).total).toBeGreaterThan(0);
    expect((await ok<Json>('runs', officer.get('/api/entitlements/runs'))).total).toBe(0);
    const reads = await t.db.select().from(auditLog).where(eq(auditLog.action, 'entitlement.read'));
    expect(reads.length).toBeGreaterThan(0);
  });

  it('the monthly job lists the previous month for the whole bureau, and records no run when there is nothing to do', async () => {
    const job = jobHandlers(t.db, t.services.auditAnchor, t.services)[ENTITLEMENT_RUN_JOB]!;
    const before = (await t.db.select().from(entitlementRuns)).length;
    // September is listed for everyone already: nothing to list, stop or recover
    const quiet = (await job(null, {} as never)) as Json;
    expect(quiet).toMatchObject({ month: '2026-09', [POLICY]: null });
    expect(await t.db.select().from(entitlementRuns)).toHaveLength(before);
    // a holder set up from September is listed by the job
    const h = await holder();
    const c = await sourceCase(h);
    await ok('set up', setUp({ caseId: c.id, startMonth: '2026-09', postId: h.postId }));
    const listed = (await job(null, {} as never)) as Json;
    expect(listed[POLICY]).toMatchObject({ listed: 1, stopped: 0 });
    expect(listed[POLICY].number).toMatch(/^DF-2026-/);
  });
});

describe('stop events of the registry', () => {
  it('stops at statutory retirement and after a death recorded in the registry', async () => {
    // a man whose statutory retirement month is October 2026
    let birth = '';
    for (let y = 1964; y <= 1967 && !birth; y++)
      for (let m = 1; m <= 12 && !birth; m++) {
        const b = `${y}-${String(m).padStart(2, '0')}-10`;
        if (statutoryRetirement(b, 'male').retirementMonth === '2026-10') birth = b;
      }
    expect(birth).not.toBe('');
    const r = await holder({ birth: birth.replaceAll('-', '') });
    const d = await holder();
    const ids: Record<string, string> = {};
    for (const [name, h] of [
      ['r', r],
      ['d', d],
    ] as const) {
      const c = await sourceCase(h);
      ids[name] = (
        await ok<Json>('set up', setUp({ caseId: c.id, startMonth: '2026-08', postId: h.postId }))
      ).id;
    }
    const line = (run: Json, id: string) => run.lines.find((l: Json) => l.entitlementId === id);
    const aug = await run('2026-08');
    expect(line(aug, ids.r!)).toMatchObject({ outcome: 'listed', amount: '2185.50' });
    expect(line(aug, ids.d!)).toMatchObject({ outcome: 'listed', amount: '2185.50' });
    // his unemployment record is closed: died on 20 August (August was due, September is not)
    await t.db
      .update(unemploymentRegistrations)
      .set({ endedOn: '2026-08-20', endReason: 'deceased' })
      .where(eq(unemploymentRegistrations.personId, d.personId));
    const sep = await run('2026-09');
    expect(line(sep, ids.r!)).toMatchObject({ outcome: 'listed' });
    expect(line(sep, ids.d!)).toMatchObject({ outcome: 'stopped', stopCode: 'deceased', stopLabel: '死亡' });
    expect(line(sep, ids.d!).reason).toContain('2026-08-20 死亡');
    const oct = await run('2026-10');
    expect(line(oct, ids.r!)).toMatchObject({ outcome: 'stopped', stopCode: 'retired' });
    expect(line(oct, ids.r!).reason).toContain('法定退休年龄');
    expect(await ok<Json>('r', reviewer.get(`/api/entitlements/${ids.r}`))).toMatchObject({
      status: 'stopped',
      stopCode: 'retired',
      stoppedOn: '2026-10-01',
    });
  });
});
