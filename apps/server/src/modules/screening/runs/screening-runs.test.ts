import { getPolicy } from '@minsheng/rules/catalogue.ts';
import { explainLead, screeningProfiles } from '@minsheng/rules/screening/screen.ts';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { jobHandlers } from '../../../jobs.ts';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { jobs } from '../../../platform/jobs/jobs.schema.ts';
import { startJobWorker } from '../../../platform/jobs/jobs.worker.ts';
import { describeRoleMatrix } from '../../../test/role-matrix.ts';
import { createTestApp } from '../../../test/test-app.ts';
import { actorOf } from '../../cases/cases.fixtures.ts';
import { cases } from '../../cases/cases.schema.ts';
import { personBody, residentId } from '../../registry/persons/persons.fixtures.ts';
import {
  employmentRegistrations,
  unemploymentRegistrations,
} from '../../registry/registrations/registrations.schema.ts';
import { screeningLeads, screeningRuns } from '../screening.schema.ts';
import { RUN_ABORTED_MESSAGE, SCREENING_JOB } from './screening-runs.service.ts';

const t = await createTestApp();
const ASSIST = 'county-city.employment-assistance';
const reviewer = await actorOf(t, 'reviewer');
const officer1 = await actorOf(t, 'officer1');
const [officer1Client, officer2Client, reviewerClient] = await Promise.all([
  t.login('officer1'),
  t.login('officer2'),
  t.login('reviewer'),
]);

let seq = 0;
/**
 * A woman of 46 with local urban hukou, out of work since her unemployment benefit ended on
 * 2025-08-31 (more than a year before TEST_TODAY): the employment-assistance subsidy's 4050 case.
 */
async function assistable(org: { id: number; path: string }) {
  seq += 2; // even sequence: a woman
  const person = await t.services.persons.create(
    officer1.orgPath.startsWith(org.path) || org.path.startsWith(officer1.orgPath) ? officer1 : reviewer,
    personBody(org.id, seq, { idNumber: residentId('370983', '19800501', seq), name: `援${seq}` }),
  );
  await t.db.insert(unemploymentRegistrations).values({
    personId: person.id,
    registeredOn: '2024-09-01',
    stationId: org.id,
    certificateNumber: `JY-${seq}`,
    reason: 'contract_dissolved',
    benefitFrom: '2024-09-01',
    benefitUntil: '2025-08-31',
    benefitTotalFen: 1_200_000,
    orgId: org.id,
    orgPath: org.path,
  });
  return person.id;
}

const leadOf = async (personId: string) =>
  (
    await t.db
      .select()
      .from(screeningLeads)
      .where(and(eq(screeningLeads.personId, personId), eq(screeningLeads.policyId, ASSIST)))
  )[0];

/** What the rules say she may be paid on TEST_TODAY, in fen. */
function expectedFen() {
  const policy = getPolicy(ASSIST)!;
  const profile = screeningProfiles.find((p) => p.policyId === ASSIST)!;
  const lead = explainLead(
    policy,
    profile,
    {
      'case.appliedOn': t.today(),
      'person.gender': 'female',
      'person.birthDate': '1980-05-01',
      'person.localHukou': true,
      'person.hukouType': 'urban',
      'person.benefitEndedOn': '2025-08-31',
      'person.employed': false,
    },
    t.today(),
  );
  return Math.round(Number(lead.evaluation.payableTotal) * 100);
}

describe('screening runs', () => {
  const street1 = t.city.community1;
  const ids: Record<string, string> = {};

  it('finds the entitled, leaves out those with a case, keeps dismissed leads dismissed, counts as it goes', async () => {
    ids.found = await assistable(street1);
    ids.claimed = await assistable(street1);
    ids.dismissed = await assistable(street1);
    ids.stale = await assistable(street1);
    ids.other = await assistable(t.city.community2);
    await t.services.caseTypes.sync();
    await t.db.insert(cases).values({
      number: 'MS-2026-800001',
      caseTypeId: ASSIST,
      policyId: ASSIST,
      applicantKind: 'person',
      personId: ids.claimed,
      applicantName: '援',
      status: 'draft',
      orgId: street1.id,
      orgPath: street1.path,
    });
    // an earlier run left a dismissed lead and an open one
    const [earlier] = await t.db
      .insert(screeningRuns)
      .values({ orgId: t.city.city.id, orgPath: t.city.city.path, onDate: '2026-10-01', status: 'done' })
      .returning();
    const old = { policyId: ASSIST, orgId: street1.id, orgPath: street1.path, runId: earlier!.id };
    const dated = { firstFoundOn: '2026-10-01', lastFoundOn: '2026-10-01', reason: '旧' };
    await t.db.insert(screeningLeads).values([
      { ...old, ...dated, personId: ids.dismissed, status: 'dismissed', dismissedReason: '本人已就业' },
      { ...old, ...dated, personId: ids.stale, status: 'open' },
    ]);
    // …whose facts have changed since: she is employed again
    await t.db.insert(employmentRegistrations).values({
      personId: ids.stale,
      employerName: '某公司',
      form: 'employed',
      startedOn: '2026-09-01',
      orgId: street1.id,
      orgPath: street1.path,
    });

    const run = await t.services.screening.runs.runNow(reviewer, {});
    expect(run).toMatchObject({
      orgId: t.city.city.id,
      orgName: '测试市',
      onDate: t.today(),
      status: 'done',
      statusLabel: '已完成',
      personsTotal: 5,
      personsDone: 5,
      leadsNew: 2,
      leadsKept: 0,
      leadsLapsed: 1,
      error: null,
      triggeredByName: 'reviewer',
    });
    expect(run.policies.map((p) => p.id)).toContain(ASSIST);

    const found = await leadOf(ids.found!);
    expect(found).toMatchObject({
      status: 'open',
      runId: run.id,
      firstFoundOn: t.today(),
      orgId: street1.id,
      payableFen: expectedFen(),
    });
    expect(found!.reason).toContain('失业保险金领取期满后未能重新就业');
    expect(found!.toVerify).toContain('因经济困难未能继续缴纳社会保险费');
    expect(await leadOf(ids.other!)).toMatchObject({ status: 'open', orgId: t.city.community2.id });
    expect(await leadOf(ids.claimed!)).toBeUndefined();
    expect(await leadOf(ids.dismissed!)).toMatchObject({
      status: 'dismissed',
      reason: '旧',
      runId: earlier!.id,
    });
    expect(await leadOf(ids.stale!)).toMatchObject({ status: 'lapsed' });

    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.targetId, run.id));
    expect(audit).toMatchObject({ action: 'screening.run', userId: reviewer.userId });
  });

  it('a second run keeps the open leads, refreshed, and only counts them as kept', async () => {
    const before = await leadOf(ids.found!);
    const run = await t.services.screening.runs.runNow(reviewer, { orgId: t.city.district.id });
    expect(run).toMatchObject({ status: 'done', personsDone: 5, leadsNew: 0, leadsKept: 2, leadsLapsed: 0 });
    expect(await leadOf(ids.found!)).toMatchObject({
      status: 'open',
      runId: run.id,
      firstFoundOn: before!.firstFoundOn,
      version: before!.version + 1,
    });
  });

  it('lets only screening:run start a run, within its scope, and shows runs of the subtree or above', async () => {
    const refused = await officer1Client.post('/api/screening/runs', {});
    expect(refused.status).toBe(403);
    const bad = await reviewerClient.post('/api/screening/runs', { orgId: 'x' });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.body)).toMatch(/[\u4e00-\u9fa5]/);
    const street2Run = await t.services.screening.runs.runNow(reviewer, { orgId: t.city.street2.id });
    expect(street2Run).toMatchObject({ orgName: '老城街道', personsTotal: 1, leadsKept: 1 });

    const mine = await officer1Client.get('/api/screening/runs?page=1&pageSize=50');
    expect(mine.status).toBe(200);
    const seen = mine.body.items.map((r: { id: string }) => r.id);
    expect(seen).not.toContain(street2Run.id);
    expect(mine.body.items.every((r: { orgName: string }) => r.orgName !== '老城街道')).toBe(true);
    expect(mine.body.total).toBe(seen.length);
    expect(mine.body.items.length).toBeGreaterThanOrEqual(2); // the city's and the district's runs, above it
    // each run also says how many of its open leads are the street's own: together, its open list
    const open = await officer1Client.get('/api/screening/leads?status=open&page=1&pageSize=100');
    const share = mine.body.items.reduce(
      (n: number, r: { openLeadsInScope: number }) => n + r.openLeadsInScope,
      0,
    );
    expect(share).toBe(open.body.total);
    expect(share).toBeGreaterThan(0);
    const theirs = await officer2Client.get('/api/screening/runs?page=1&pageSize=50');
    expect(theirs.body.items.find((r: { id: string }) => r.id === street2Run.id).openLeadsInScope).toBe(1);
    expect((await officer1Client.get(`/api/screening/runs/${street2Run.id}`)).status).toBe(404);
    expect((await officer2Client.get(`/api/screening/runs/${street2Run.id}`)).body).toMatchObject({
      id: street2Run.id,
      status: 'done',
    });
    expect((await reviewerClient.get('/api/screening/runs?pageSize=500')).status).toBe(422);
  });

  it('refuses a second run over an area a run is still going through, but not past a stale one', async () => {
    const going = (
      await t.db
        .insert(screeningRuns)
        .values({ orgId: t.city.street1.id, orgPath: t.city.street1.path, onDate: '2026-12-04' })
        .returning()
    )[0]!;
    try {
      // the whole city holds the street: 409 in Chinese, no run added
      const before = (await t.db.select().from(screeningRuns)).length;
      const refused = await reviewerClient.post('/api/screening/runs', {});
      expect(refused.status).toBe(409);
      expect(refused.body.message).toMatch(/筛查正在进行/);
      expect((await t.db.select().from(screeningRuns)).length).toBe(before);
      // another street is not held up
      const other = await t.services.screening.runs.runNow(reviewer, { orgId: t.city.street2.id });
      expect(other.status).toBe('done');
      // a run left "running" for hours by a stopped process no longer blocks
      await t.db
        .update(screeningRuns)
        .set({ startedAt: new Date(Date.now() - 7 * 3_600_000) })
        .where(eq(screeningRuns.id, going.id));
      expect((await t.services.screening.runs.runNow(reviewer, {})).status).toBe('done');
    } finally {
      // it found nothing: gone without a trace for the tests after
      await t.db.delete(screeningRuns).where(eq(screeningRuns.id, going.id));
    }
  });

  it('runs in the background as a job, on demand and daily over the whole bureau', async () => {
    const worker = startJobWorker({
      db: t.db,
      handlers: jobHandlers(t.db, t.services.auditAnchor, t.services),
      pollMs: 50,
    });
    try {
      const started = await reviewerClient.post('/api/screening/runs', { orgId: t.city.street1.id });
      expect(started.status).toBe(202);
      let run = started.body;
      for (let i = 0; i < 300 && run.status !== 'done'; i++) {
        await new Promise((r) => setTimeout(r, 100));
        run = (await reviewerClient.get(`/api/screening/runs/${started.body.id}`)).body;
      }
      expect(run).toMatchObject({ status: 'done', orgName: '新城街道', personsDone: 4, leadsKept: 1 });
      const [job] = await t.db.select().from(jobs).where(eq(jobs.id, started.body.jobId));
      expect(job).toMatchObject({ kind: SCREENING_JOB, status: 'succeeded', progress: 4, total: 4 });
    } finally {
      await worker.stop();
    }

    const daily = jobHandlers(t.db, t.services.auditAnchor, t.services)[SCREENING_JOB]!;
    const abort = new AbortController();
    const result = (await daily(
      { day: t.today() },
      { job: {} as never, signal: abort.signal, progress: async () => {} },
    )) as { runId: string; personsDone: number };
    expect(result.personsDone).toBe(5);
    const [row] = await t.db.select().from(screeningRuns).where(eq(screeningRuns.id, result.runId));
    expect(row).toMatchObject({ orgId: t.city.city.id, triggeredBy: null, status: 'done', leadsKept: 2 });
  });

  it('ends a run the server stops as failed, with a message in Chinese, and leaves the leads as they were', async () => {
    const before = await leadOf(ids.found!);
    const abort = new AbortController();
    abort.abort();
    const handler = jobHandlers(t.db, t.services.auditAnchor, t.services)[SCREENING_JOB]!;
    await expect(
      handler({ day: t.today() }, { job: {} as never, signal: abort.signal, progress: async () => {} }),
    ).rejects.toThrow();
    const [failed] = await t.db.select().from(screeningRuns).where(eq(screeningRuns.status, 'failed'));
    expect(failed).toMatchObject({ error: RUN_ABORTED_MESSAGE, personsDone: 0 });
    expect(failed!.finishedAt).not.toBeNull();
    expect(await leadOf(ids.found!)).toEqual(before);
  });
});

describeRoleMatrix(t, [
  {
    endpoint: 'GET /api/screening/runs',
    allowed: ['reviewer', 'officer1', 'officer2', 'worker1'],
    call: (c) => c.get('/api/screening/runs'),
  },
]);
