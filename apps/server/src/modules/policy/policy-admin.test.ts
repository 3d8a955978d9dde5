import { catalogue, getPolicy } from '@minsheng/rules/catalogue.ts';
import { loadScenarios } from '@minsheng/rules/engine/scenario.ts';
import { policyExamples } from '@minsheng/rules/examples.ts';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.schema.ts';
import { createTestApp } from '../../test/test-app.ts';
import { pinnableClock } from '../../test/test-clock.ts';
import { cases } from '../cases/cases.schema.ts';
import { catalogueWalker, confirmedChecks, SEED_FILE_REFERENCE } from '../cases/catalogue-walk.fixtures.ts';

/**
 * What the bureau administers around the packaged rules: the figures a policy leaves to local
 * government (who sets them, which are still unset, and approval waiting for them), and the
 * deployment itself (its jurisdictions, and the numbers of documents the source text lacks).
 */

const clock = pinnableClock();
const t = await createTestApp({ clock });
const officer = await t.login('officer1');
const institution = await t.login('institution');
const reviewer = await t.login('reviewer');
const sysadmin = await t.login('sysadmin');
const walker = catalogueWalker(t, { officer, institution, reviewer });

const HIRING = 'county-city.employer-hiring';
const hiring = catalogue.find((e) => e.policy.id === HIRING)!;
const FIGURE = 'employer_minimum_contribution';
const FIGURE_PATH = `/policies/${HIRING}?tab=parameters&parameter=${FIGURE}`;
/** the case approved once its figures are set (its notice is read again after a number is set) */
let approvedCaseId = '';

interface Figure {
  policyId: string;
  name: string;
  key: string | null;
  status: 'unset' | 'set';
  path: string;
  value: string | null;
}
const hiringFigures = async () =>
  ((await reviewer.get('/api/policy-figures')).body.figures as Figure[]).filter(
    (f) => f.policyId === HIRING && f.name === FIGURE,
  );

describe('administered figures', () => {
  // The example of 企业招用就业困难人员补贴 that leaves the minimum contributions as placeholders.
  const example = loadScenarios(new URL('tests.yaml', hiring.dir)).find(
    (s) => s.name === '缴费标准为占位值时须管理员设置',
  )!;

  it('lists every still-unset figure with the page that sets it, and the setting moves it to set', async () => {
    clock.pin(example.on);
    const before = await hiringFigures();
    expect(before.map((f) => [f.key, f.status, f.path])).toEqual([
      ['pension', 'unset', FIGURE_PATH],
      ['medical', 'unset', FIGURE_PATH],
      ['unemployment', 'unset', FIGURE_PATH],
    ]);
    // The list of another policy's placeholder (上年度职工平均工资) is there too.
    const all = (await reviewer.get('/api/policy-figures')).body.figures as Figure[];
    expect(all).toContainEqual(
      expect.objectContaining({
        policyId: 'county-city.flexible-employment',
        name: 'previous_year_city_average_wage',
        status: 'unset',
      }),
    );
    // Readable by business roles, not by the administrators of the system.
    expect((await officer.get('/api/policy-figures')).status).toBe(200);
    expect((await sysadmin.get('/api/policy-figures')).status).toBe(403);
  });

  it('refuses approval naming the figure, who sets it and where; 重新核验 after setting picks the value up', async () => {
    clock.pin(example.on);
    const c = await walker.reviewed(hiring.policy, example, confirmedChecks(hiring.policy, example));
    expect((c.frozenEvaluation as { outcome: string }).outcome).toBe('needs_review');

    const refused = await reviewer.post(`/api/cases/${c.id}/approve`, { version: c.version });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('企业应缴社会保险费最低标准');
    expect(refused.body.message).toContain('市局业务审核员');
    expect(refused.body.message).toContain('「政策参数」');
    expect(refused.body.details.figures).toContainEqual(
      expect.objectContaining({ name: FIGURE, key: 'pension', path: FIGURE_PATH }),
    );
    // The case page's check says the same.
    const shown = (await reviewer.get(`/api/cases/${c.id}`)).body;
    const check = shown.frozenEvaluation.checks.find(
      (x: { id: string }) => x.id === 'placeholder_parameters',
    );
    expect(check.label).toContain('市局业务审核员');
    expect(check.figures[0].path).toBe(FIGURE_PATH);

    for (const [key, value] of [
      ['pension', '700'],
      ['medical', '350'],
      ['unemployment', '35.5'],
    ] as const) {
      const set = await reviewer.put(`/api/policies/${HIRING}/parameters/${FIGURE}`, {
        key,
        effectiveFrom: hiring.policy.validity.from,
        value,
        refDoc: '本市社会保险缴费基数下限及单位缴费比例（测试）',
      });
      expect(set.status, JSON.stringify(set.body)).toBe(200);
    }
    expect((await hiringFigures()).map((f) => [f.key, f.status, f.value])).toEqual([
      ['pension', 'set', '700'],
      ['medical', 'set', '350'],
      ['unemployment', 'set', '35.5'],
    ]);

    const again = await reviewer.post(`/api/cases/${c.id}/re-evaluate`, {
      version: c.version,
      reason: '管理员已设置缴费最低标准',
      checks: {},
    });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body.frozenEvaluation.outcome).toBe('eligible');
    expect(again.body.frozenEvaluation.amounts.pension_subsidy).toBe('4200.00');
    const approved = await reviewer.post(`/api/cases/${c.id}/approve`, { version: again.body.version });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    approvedCaseId = c.id as string;
  });

  it('lets only those who may configure policies withdraw a value, audited, and the figure is unset again', async () => {
    const target = `/api/policies/${HIRING}/parameters/${FIGURE}?key=unemployment&effectiveFrom=${hiring.policy.validity.from}`;
    expect((await officer.delete(target)).status).toBe(403);
    expect((await reviewer.delete(target)).status).toBe(200);
    expect((await hiringFigures()).find((f) => f.key === 'unemployment')?.status).toBe('unset');
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'policy.withdraw_parameter'));
    expect(audit?.detail).toMatchObject({ before: { value: '35.5' } });
  });
});

describe("the deployment's own policies", () => {
  it('cites every policy by document title and number, never by seed file', async () => {
    for (const { policy } of catalogue)
      for (const example of policyExamples(policy.id)) {
        const res = await officer.post(`/api/policies/${policy.id}/evaluate`, {
          on: example.on,
          input: example.input,
        });
        if (res.status !== 200) continue; // an example of an input error
        expect(JSON.stringify(res.body), policy.id).not.toMatch(SEED_FILE_REFERENCE);
      }
    expect(JSON.stringify((await officer.get('/api/policies')).body)).not.toMatch(SEED_FILE_REFERENCE);
  });

  it('names a document by the number the system administrator sets, audited', async () => {
    const doc = getPolicy(HIRING)!.document.document!;
    const settingOf = async () => {
      const view = await sysadmin.get('/api/deployment');
      expect(view.status, JSON.stringify(view.body)).toBe(200);
      return (view.body.documents as { id: string; setting: unknown }[]).find((d) => d.id === doc)?.setting;
    };
    expect(await settingOf()).toBeNull();
    const body = { number: '肥政发〔2009〕12号', title: null };
    expect((await reviewer.put(`/api/deployment/documents/${doc}`, body)).status).toBe(403);
    const set = await sysadmin.put(`/api/deployment/documents/${doc}`, body);
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body.citedAs).toContain('（肥政发〔2009〕12号）');
    expect(await settingOf()).toMatchObject({ number: '肥政发〔2009〕12号', title: null });
    const detail = await officer.get(`/api/policies/${HIRING}`);
    expect(JSON.stringify(detail.body)).toContain('肥政发〔2009〕12号');
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'deployment.set_document'));
    expect(audit?.targetId).toBe(doc);

    // The printed notice of a case decided before names the document as set now.
    const notice = await reviewer.get(`/api/cases/${approvedCaseId}/approval-notice`);
    expect(notice.body.basis).toContain('（肥政发〔2009〕12号）');
    expect(JSON.stringify(notice.body)).not.toMatch(SEED_FILE_REFERENCE);
    // A result frozen when citations named the seed file ('001 篇3') reads as the document.
    await t.db
      .update(cases)
      .set({ frozenEvaluation: sql`jsonb_set(frozen_evaluation, '{explanation}', '"依据 001 篇3 三(三)3"')` })
      .where(eq(cases.id, approvedCaseId));
    const shown = await reviewer.get(`/api/cases/${approvedCaseId}`);
    expect(shown.body.frozenEvaluation.explanation).toBe(`依据 ${set.body.citedAs}三(三)3`);
  });

  it('takes applications for its own jurisdictions only; the others stay readable as reference', async () => {
    expect((await reviewer.put('/api/deployment/jurisdictions', { jurisdictions: [] })).status).toBe(403);
    const set = await sysadmin.put('/api/deployment/jurisdictions', {
      jurisdictions: [
        { code: 'county-city', localName: '肥城市' },
        { code: 'feicheng', localName: '肥城市' },
      ],
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    const unknown = await sysadmin.put('/api/deployment/jurisdictions', {
      jurisdictions: [{ code: 'atlantis', localName: '某地' }],
    });
    expect(unknown.status).toBe(422);

    const policies = (await officer.get('/api/policies')).body as {
      id: string;
      jurisdiction: { name: string };
      localJurisdiction: string | null;
    }[];
    expect(policies.find((p) => p.id === HIRING)).toMatchObject({ localJurisdiction: '肥城市' });
    expect(policies.find((p) => p.id === 'zhuhai.high-skill-subsidy')).toMatchObject({
      jurisdiction: { name: '珠海市' },
      localJurisdiction: null,
    });

    const types = (await officer.get('/api/case-types')).body as { id: string; enabled: boolean }[];
    expect(types.find((x) => x.id === HIRING)?.enabled).toBe(true);
    expect(types.find((x) => x.id === 'zhuhai.high-skill-subsidy')?.enabled).toBe(false);
    expect((await officer.get('/api/case-types/zhuhai.high-skill-subsidy')).status).toBe(200);
    // still evaluable as reference (试算)
    const [zhuhai] = policyExamples('zhuhai.high-skill-subsidy');
    expect(
      (
        await officer.post('/api/policies/zhuhai.high-skill-subsidy/evaluate', {
          on: zhuhai!.on,
          input: zhuhai!.input,
        })
      ).status,
    ).toBe(200);
    const refused = await institution.post('/api/cases', {
      caseTypeId: 'zhuhai.high-skill-subsidy',
      applicantKind: 'institution_on_behalf',
      application: {},
    });
    expect(refused.status).toBe(422);
    expect(refused.body.message).toContain('仅供查阅');
    // nor a roster of its cases
    const roster = await institution.post('/api/case-batches', {
      caseTypeId: 'zhuhai.high-skill-subsidy',
      rows: [{}],
    });
    expect(roster.status).toBe(422);
    expect(roster.body.message).toContain('仅供查阅');
  });
});
