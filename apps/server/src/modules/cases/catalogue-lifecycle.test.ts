import { catalogue } from '@minsheng/rules/catalogue.ts';
import { type EvaluationResult, evaluate, parseInput } from '@minsheng/rules/engine/evaluate.ts';
import { fenToYuan, yuanFigures, yuanToFen } from '@minsheng/rules/engine/money.ts';
import { fenInWords } from '@minsheng/rules/engine/money-words.ts';
import type { AnyPolicy } from '@minsheng/rules/engine/policy.ts';
import { loadScenarios, type Scenario } from '@minsheng/rules/engine/scenario.ts';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/test-app.ts';
import { pinnableClock } from '../../test/test-clock.ts';
import { catalogueWalker, confirmedChecks, ok, SEED_FILE_REFERENCE } from './catalogue-walk.fixtures.ts';
import { getPath } from './facts/case-facts.ts';

/**
 * Every worked example of every policy in the catalogue, walked through the API as a case: created
 * with the example's facts (declared, or officers' changes of the pre-filled registry facts, each
 * with a reason), submitted, accepted, reviewed with its human checks confirmed, approved, and —
 * for a policy that pays — sent to finance, planned, the plan approved and paid. The approved,
 * planned and paid amounts equal the rules' payable total to the fen, and the approval notice
 * prints it in figures and capitals. An ineligible example is refused at approval naming the
 * failed clause. A policy added to the catalogue is covered without editing this file.
 */

type Json = Record<string, unknown>;

const clock = pinnableClock();
const t = await createTestApp({ clock });
const officer = await t.login('officer1');
const institution = await t.login('institution');
const reviewer = await t.login('reviewer');
const finance = await t.login('finance');
const walker = catalogueWalker(t, { officer, institution, reviewer });

/** Administered values as the scenario overrides them, set through the API (and remembered). */
const administered = new Map<string, string>();
async function setAdministered(policy: AnyPolicy, s: Scenario) {
  for (const [key, value] of Object.entries(s.overrides)) {
    const [name, sub] = key.split('.') as [string, string | undefined];
    if (administered.get(`${policy.id}#${key}`) === String(value)) continue;
    await ok(
      `parameter ${key}`,
      reviewer.put(`/api/policies/${policy.id}/parameters/${name}`, {
        ...(sub ? { key: sub } : {}),
        effectiveFrom: policy.validity.from,
        value: String(value),
        refDoc: '政策工作示例的参数值（测试）',
      }),
    );
    administered.set(`${policy.id}#${key}`, String(value));
  }
}

/** The scenario's overrides are exactly what is administered now (so the example's own figures apply). */
const sameParameters = (policy: AnyPolicy, s: Scenario) => {
  const mine = [...administered].filter(([k]) => k.startsWith(`${policy.id}#`));
  return (
    mine.length === Object.keys(s.overrides).length &&
    mine.every(([k, v]) => String(s.overrides[k.slice(policy.id.length + 1)]) === v)
  );
};

/** The paths of every value in an input (arrays and nulls are values). */
function leaves(v: unknown, path: string[] = []): string[][] {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return [path];
  return Object.entries(v).flatMap(([k, x]) => leaves(x, [...path, k]));
}

async function walk(policy: AnyPolicy, effective: AnyPolicy, s: Scenario) {
  clock.pin(s.on);
  const checks = confirmedChecks(policy, s);
  const reference: EvaluationResult = evaluate(effective, s.input, { on: s.on, confirmedChecks: checks });
  const c = await walker.reviewed(policy, s, checks);

  // The case read the example's facts, and the rule decided on them what the rules package decides.
  // (every value of the example; the case may hold more, such as its application date)
  const frozen = parseInput(effective, (c.frozenFacts as { input: unknown }).input);
  const example = parseInput(effective, s.input);
  for (const path of leaves(example))
    expect(JSON.stringify(getPath(frozen, path)), path.join('.')).toBe(
      JSON.stringify(getPath(example, path)),
    );
  const evaluation = c.frozenEvaluation as EvaluationResult;
  expect(evaluation.outcome).toBe(reference.outcome);
  expect(evaluation.payableTotal).toBe(reference.payableTotal);

  // The case page cites documents by title and number, never by seed file.
  const shown = await ok<Json>('case', reviewer.get(`/api/cases/${c.id}`));
  expect(JSON.stringify(shown.frozenEvaluation)).not.toMatch(SEED_FILE_REFERENCE);

  const approve = await reviewer.post(`/api/cases/${c.id}/approve`, { version: c.version });
  if (reference.outcome !== 'eligible') {
    expect(approve.status).toBe(409);
    const failed = reference.conditions.filter((x) => x.status === 'fail');
    for (const f of failed) expect(approve.body.message).toContain(f.citation);
    return 'refused';
  }
  expect(approve.status, JSON.stringify(approve.body)).toBe(200);
  const fen = yuanToFen(reference.payableTotal!);
  expect(approve.body.approvedAmountFen).toBe(fen);
  if (s.expected.payable !== undefined && sameParameters(policy, s))
    expect(fenToYuan(fen)).toBe(s.expected.payable);

  const notice = await ok<Json>('notice', reviewer.get(`/api/cases/${c.id}/approval-notice`));
  expect(JSON.stringify(notice)).not.toMatch(SEED_FILE_REFERENCE);
  expect(notice.amount).toMatchObject({
    fen,
    figures: `${yuanFigures(fenToYuan(fen))} 元`,
    words: fenInWords(fen),
  });

  if (!approve.body.availableActions.includes('send_to_finance')) return 'approved';
  const ref = [{ id: c.id, version: approve.body.version }];
  await ok('send', reviewer.post('/api/finance/send', { cases: ref }));
  const sent = await ok<Json>('case', reviewer.get(`/api/cases/${c.id}`));
  const plan = await ok<Json>(
    'plan',
    finance.post('/api/payment-plans', {
      title: `${policy.name} 示例`,
      cases: [{ id: c.id, version: sent.version }],
    }),
  );
  expect(plan.totalAmount).toBe(fenToYuan(fen));
  const approved = await ok<Json>(
    'approve plan',
    finance.post(`/api/payment-plans/${plan.id}/approve`, {
      version: plan.version,
    }),
  );
  const paid = await ok<Json>(
    'pay',
    finance.post(`/api/payment-plans/${approved.id}/pay`, {
      bankReference: `LC-${String(walker.next()).padStart(6, '0')}`,
    }),
  );
  expect(paid.totals).toMatchObject({ paidCount: 1, paidAmount: fenToYuan(fen) });
  const after = await ok<Json>('case', reviewer.get(`/api/cases/${c.id}`));
  expect(after.status).toBe('paid');
  return 'paid';
}

describe('every worked example of the catalogue, walked through the case lifecycle', () => {
  for (const { policy, dir } of catalogue) {
    const scenarios = loadScenarios(new URL('tests.yaml', dir))
      .filter((s) => !s.expected.error && s.pastClaims.length === 0)
      // Examples with the YAML's own figures first, then those setting administered values.
      .sort((a, b) => Object.keys(a.overrides).length - Object.keys(b.overrides).length);
    it(`${policy.id}: approved, planned and paid at the rules' amount`, async () => {
      const outcomes: string[] = [];
      for (const s of scenarios) {
        await setAdministered(policy, s);
        const effective = await t.services.policies.effectivePolicy(policy.id);
        try {
          outcomes.push(await walk(policy, effective, s));
        } catch (e) {
          throw new Error(`${policy.id} 「${s.name}」: ${(e as Error).message}`, { cause: e });
        }
      }
      // Each policy has at least one example that goes all the way.
      expect(
        outcomes.some((o) => o !== 'refused'),
        outcomes.join(','),
      ).toBe(true);
    }, 600_000);
  }
});
