import { afterAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../jobs.ts';
import { createTestApp } from '../../test/test-app.ts';
import { startJobWorker } from '../jobs/jobs.worker.ts';

const t = await createTestApp();
const worker = startJobWorker({ db: t.db, handlers: jobHandlers(t.db, t.services.auditAnchor), pollMs: 50 });
afterAll(() => worker.stop());

async function waitForJob(c: Awaited<ReturnType<typeof t.login>>, id: string) {
  for (let i = 0; i < 200; i++) {
    const job = (await c.get(`/api/jobs/${id}`)).body;
    if (job.status === 'succeeded' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('job did not finish');
}

describe('audit verification as a background job', () => {
  it('runs for the auditor, reports progress to the end and stores the verdict', async () => {
    const admin = await t.login('sysadmin');
    for (const name of ['甲社区', '乙社区']) await admin.patch(`/api/orgs/${t.city.community1.id}`, { name });
    const auditor = await t.login('auditadmin');
    const started = await auditor.post('/api/audit/verify-jobs');
    expect(started.status).toBe(200);
    const job = await waitForJob(auditor, started.body.id);
    expect(job).toMatchObject({ status: 'succeeded', result: { ok: true } });
    expect(job.result.checked).toBeGreaterThanOrEqual(2);
    expect(job.progress).toBe(job.total);
    expect(job.message).toMatch(/已校验/);
  });

  it('is refused to anyone without the audit permission, and its result is the starter’s alone', async () => {
    expect((await (await t.login('sysadmin')).post('/api/audit/verify-jobs')).status).toBe(403);
    const auditor = await t.login('auditadmin');
    const { id } = (await auditor.post('/api/audit/verify-jobs')).body;
    expect((await (await t.login('officer1')).get(`/api/jobs/${id}`)).status).toBe(404);
  });
});
