import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { Page } from 'playwright-core';
import { accountSession, restorePassword } from './support/account-session.ts';
import { choose, fieldInput } from './support/antd.ts';
import { journeySteps, openJourneyPage, type Shot, text } from './support/browser.ts';
import { type Account, signIn } from './support/sign-in.ts';

let page: Page;
let shot: Shot;
openJourneyPage('policies', (opened) => ({ page, shot } = opened));

const password = process.env.MINSHENG_DEMO_PASSWORD ?? '';
const reviewer: Account = { username: 'sj_reviewer', password };
after(() => restorePassword(reviewer, password));

const POLICY = '就业援助补贴';

interface PolicyDetail {
  id: string;
  examples: { name: string; on: string; input: unknown; pastClaims: unknown[]; confirmedChecks: object }[];
}
interface Evaluation {
  outcome: 'eligible' | 'ineligible' | 'needs_review';
  amounts: Record<string, string>;
}
const outcomeLabels = { eligible: '符合', ineligible: '不符合', needs_review: '待人工审核' };

test('policies: the reviewer finds a policy in the catalogue, reads its conditions and tries a worked example', async (t) => {
  const step = journeySteps(t, shot);
  let policyId = '';

  await step('the catalogue finds the policy by name and opens its conditions', async () => {
    assert.ok(password, 'MINSHENG_DEMO_PASSWORD is set by e2e/run.mjs');
    await signIn(page, reviewer, shot);
    await page.getByTestId('side-menu').getByText('政策目录').click();
    await page.getByTestId('policy-search').locator('input').fill(POLICY);
    await page.getByTestId('policy-search').locator('input').press('Enter');
    const row = page.getByTestId('policies-table').locator('tr.ant-table-row', { hasText: POLICY }).first();
    await row.getByRole('link').first().click();
    await page.waitForURL((url) => /^\/policies\/[^/]+$/.test(url.pathname));
    policyId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]!);
    await page.getByTestId('policy-conditions').waitFor();
    assert.match(await text(page.getByTestId('policy-conditions')), /未能重新就业[\s\S]*法定退休年龄前/);
    await shot('policy-conditions');
  });

  await step('a worked example, tried on the page, gives what the engine decides for it', async () => {
    await page.getByTestId('tab-what-if').click();
    const api = await accountSession(reviewer);
    let example: PolicyDetail['examples'][number];
    let expected: Evaluation;
    try {
      const policy = await api.get<PolicyDetail>(`/policies/${encodeURIComponent(policyId)}`);
      example = policy.examples[0]!;
      assert.ok(example, 'the policy has a worked example from its tests');
      expected = await api.post<Evaluation>(`/policies/${encodeURIComponent(policyId)}/evaluate`, {
        on: example.on,
        input: example.input,
        confirmedChecks: example.confirmedChecks,
        ...(example.pastClaims.length ? { pastClaims: example.pastClaims } : {}),
      });
    } finally {
      await api.dispose();
    }
    await choose(page, 'whatif-example', example.name);
    assert.equal(await fieldInput(page, 'whatif-on').inputValue(), example.on);
    await page.getByTestId('whatif-submit').click();
    const outcome = page.getByTestId('evaluation-outcome');
    await outcome.waitFor();
    assert.equal(await text(outcome), outcomeLabels[expected.outcome]);
    const amounts = await text(page.getByTestId('evaluation-amounts'));
    for (const yuan of Object.values(expected.amounts)) {
      const [whole, fen] = yuan.split('.');
      assert.ok(
        amounts.includes(`${Number(whole).toLocaleString('en-US')}.${fen ?? '00'}`),
        `the page shows ${yuan} 元`,
      );
    }
    await shot('what-if-example');
  });
});
