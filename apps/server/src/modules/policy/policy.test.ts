import { policyExamples } from '@minsheng/rules/examples.ts';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/test-app.ts';

const t = await createTestApp();

// The base case of the Zhuhai scenarios: a 技师 certificate issued 2026-03-02, applied for on 2026-04-20.
const zhuhaiInput = policyExamples('zhuhai.high-skill-subsidy')[0]!.input;
const confirmedChecks = { training_materials: true, appraisal_materials: true };

describe('policy catalogue over HTTP', () => {
  it('lists every policy with its input JSON Schema for business roles, and 403 for administrators', async () => {
    for (const user of ['reviewer', 'officer1', 'worker1', 'finance', 'institution']) {
      const res = await (await t.login(user)).get('/api/policies');
      expect(res.status, user).toBe(200);
      const ids = res.body.map((p: { id: string }) => p.id);
      expect(ids).toEqual(
        expect.arrayContaining(['zhuhai.high-skill-subsidy', 'qingdao.over-age-fixed-workers']),
      );
      expect(res.body[0].inputSchema.type).toBe('object');
    }
    for (const user of ['sysadmin', 'secadmin', 'auditadmin']) {
      expect((await (await t.login(user)).get('/api/policies')).status, user).toBe(403);
    }
  });

  it('evaluates a what-if with amounts, clause citations and a Chinese explanation', async () => {
    const c = await t.login('officer1');
    const res = await c.post('/api/policies/zhuhai.high-skill-subsidy/evaluate', {
      on: '2026-04-20',
      input: zhuhaiInput,
      confirmedChecks,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      outcome: 'eligible',
      amounts: { training: '1200.00', appraisal: '600.00' },
    });
    expect(res.body.explanation).toMatch(/珠劳社〔2024〕82号/);
  });

  it('answers input the policy cannot read with 422 and a Chinese message', async () => {
    const c = await t.login('officer1');
    const res = await c.post('/api/policies/zhuhai.high-skill-subsidy/evaluate', {
      on: '2026-04-20',
      input: { part: 'x' },
    });
    expect(res.status).toBe(422);
    expect(res.body.message).toMatch(/[\u4e00-\u9fa5]/);
    expect((await c.post('/api/policies/no.such/evaluate', { on: '2026-04-20', input: {} })).status).toBe(
      404,
    );
  });

  it('lets a city reviewer set a local figure from a date on, audited, and evaluations use it', async () => {
    const officer = await t.login('officer1');
    const body = { key: 'level_2', effectiveFrom: '2026-03-01', value: '1300', refDoc: '珠人社〔2026〕1号' };
    expect(
      (await officer.put('/api/policies/zhuhai.high-skill-subsidy/parameters/training_subsidy', body)).status,
    ).toBe(403);
    const reviewer = await t.login('reviewer');
    const bad = await reviewer.put('/api/policies/zhuhai.high-skill-subsidy/parameters/training_subsidy', {
      ...body,
      value: '一千三',
    });
    expect(bad.status).toBe(422);
    const noKey = await reviewer.put('/api/policies/zhuhai.high-skill-subsidy/parameters/training_subsidy', {
      ...body,
      key: undefined,
    });
    expect(noKey.status).toBe(422);
    expect(
      (await reviewer.put('/api/policies/zhuhai.high-skill-subsidy/parameters/training_subsidy', body))
        .status,
    ).toBe(200);
    const res = await officer.post('/api/policies/zhuhai.high-skill-subsidy/evaluate', {
      on: '2026-04-20',
      input: zhuhaiInput,
      confirmedChecks,
    });
    expect(res.body.amounts.training).toBe('1300.00');
    const detail = await officer.get('/api/policies/zhuhai.high-skill-subsidy');
    const steps = detail.body.parameterValues.find(
      (p: { name: string }) => p.name === 'training_subsidy',
    ).steps;
    expect(steps).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: 'level_2', from: '2026-03-01', value: '1300' }),
      ]),
    );
    const audit = await (await t.login('auditadmin')).get('/api/audit?action=policy.');
    expect(audit.body.items[0]).toMatchObject({ action: 'policy.set_parameter', username: 'reviewer' });
  });
});
