import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { institutionChainAccounts, accountSession as session } from './support/account-session.ts';
import { journeySteps, openJourneyPage, type Shot, text, waitForPage } from './support/browser.ts';
import { bureauToday } from './support/bureau-clock.ts';
import {
  modalClick,
  openCase,
  reviewConfirmingChecks,
  runStep,
  tickAllMaterials,
} from './support/case-page.ts';
import { stamp } from './support/cases-data.ts';
import { planApproveAndPay, sendToFinance } from './support/finance.ts';
import { signIn, signOut } from './support/sign-in.ts';

let page: Page;
let shot: Shot;
openJourneyPage('credit-communities', (opened) => ({ page, shot } = opened));

const { password, officer, reviewer, finance } = institutionChainAccounts();

interface Overview {
  year: number;
  items: {
    communityOrgId: number;
    name: string;
    figures: { borrowers: number; recoveryRatePercent: string | null };
    evaluation: { outcome: string; reward: string; rewardCaseId: string | null } | null;
  }[];
}
interface CaseView {
  number: string;
  status: string;
  approvedAmountFen: number | null;
}

/** The evaluation page's row of a community once the table has settled. */
async function communityRow(name: string): Promise<Locator> {
  const table = page.getByTestId('credit-communities-page');
  await waitForPage(
    page,
    `!document.querySelector('[data-testid="credit-communities-page"] .ant-spin-spinning')`,
  );
  const row = table.locator('tr.ant-table-row', { hasText: name });
  await row.waitFor();
  return row;
}

/** Picks 是 in an antd radio group of the open modal. */
const answerYes = (testId: string) => page.getByTestId(testId).locator('label', { hasText: '是' }).click();

test('credit communities: the reviewer evaluates last year’s communities from their loan ledgers, publishes, the reward case is paid and the public list names the community', async (t) => {
  const step = journeySteps(t, shot);
  const year = Number(bureauToday().slice(0, 4)) - 1;
  let good = '';
  let poor = '';
  let caseId = '';
  let caseNumber = '';

  await step('the demo ledger gives one community meeting the rule and one recovering 90%', async () => {
    assert.ok(password, 'MINSHENG_DEMO_PASSWORD is set by e2e/run.mjs');
    const city = await session(reviewer);
    try {
      const o = await city.get<Overview>(`/entrepreneurship/credit-communities?year=${year}`);
      good = o.items.find((i) => i.figures.recoveryRatePercent === '99.00')?.name ?? '';
      poor = o.items.find((i) => i.figures.recoveryRatePercent === '90.00')?.name ?? '';
    } finally {
      await city.dispose();
    }
    assert.ok(good && poor, 'the demo has the two ledgers');
  });

  await step('the reviewer evaluates both communities and reads the rule’s reasons', async () => {
    await signIn(page, reviewer, shot);
    await page.goto(new URL('/entrepreneurship/credit-communities', page.url()).toString());
    for (const name of [good, poor]) {
      const row = await communityRow(name);
      await row.getByTestId('credit-community-evaluate').click();
      await page.getByTestId('evaluate-full-employment').waitFor();
      await answerYes('evaluate-full-employment');
      await answerYes('evaluate-debt-recovery');
      await answerYes('evaluate-joint-recognition');
      if (name === good) await shot('evaluate-form');
      await modalClick(page, page.getByTestId('credit-community-evaluate-save'));
      await page.locator('.ant-modal:visible').waitFor({ state: 'detached' });
      await row.getByTestId('credit-community-outcome').waitFor();
    }
    const goodRow = await communityRow(good);
    assert.match(await text(goodRow.getByTestId('credit-community-outcome')), /认定（奖励 2100\.00 元）/);
    const poorRow = await communityRow(poor);
    assert.equal(await text(poorRow.getByTestId('credit-community-outcome')), '不予认定');
    await poorRow.locator('.ant-table-row-expand-icon').click();
    await page.getByText('到期贷款回收率未达96%（回收率90.00%，须达96.00%）').waitFor();
    await shot('evaluated');
  });

  await step('the matured-loans figure opens the loans it counted', async () => {
    const row = await communityRow(good);
    await row.getByRole('button', { name: `${good} 100000.00 明细` }).click();
    const drawer = page.getByTestId('credit-community-loans');
    await drawer.locator('tr.ant-table-row').first().waitFor();
    assert.equal(await drawer.locator('tr.ant-table-row').count(), 3);
    await shot('matured-loans');
    await page.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'hidden' });
  });

  await step('the reviewer publishes and the reward case appears', async () => {
    await page.getByTestId('credit-community-publish').click();
    await modalClick(page, page.locator('.ant-modal-confirm .ant-btn-primary'));
    const row = await communityRow(good);
    await row.getByTestId('credit-community-case').waitFor();
    await shot('published');
    const city = await session(reviewer);
    try {
      const o = await city.get<Overview>(`/entrepreneurship/credit-communities?year=${year}`);
      caseId = o.items.find((i) => i.name === good)?.evaluation?.rewardCaseId ?? '';
      assert.ok(caseId, 'the reward case is linked to the evaluation');
      caseNumber = (await city.get<CaseView>(`/cases/${caseId}`)).number;
    } finally {
      await city.dispose();
    }
    await signOut(page);
  });

  await step('the street station accepts the reward case', async () => {
    await signIn(page, officer, shot);
    await openCase(page, caseId);
    await tickAllMaterials(page);
    await runStep(page, 'accept');
    await page.getByTestId('case-status-tag').filter({ hasText: '已受理' }).waitFor();
    await signOut(page);
  });

  await step(
    'the reviewer reviews and approves it at the rule’s amount and sends it to finance',
    async () => {
      await signIn(page, reviewer, shot);
      await openCase(page, caseId);
      await reviewConfirmingChecks(page, shot);
      await runStep(page, 'approve');
      await page.getByTestId('case-status-tag').filter({ hasText: '已批准' }).waitFor();
      const city = await session(reviewer);
      try {
        assert.equal((await city.get<CaseView>(`/cases/${caseId}`)).approvedAmountFen, 210000);
      } finally {
        await city.dispose();
      }
      await sendToFinance(page, caseNumber);
      await signOut(page);
    },
  );

  await step('finance plans and pays the reward', async () => {
    await signIn(page, finance, shot);
    await planApproveAndPay(page, caseNumber, `E2E 信用社区奖励 ${stamp}`, `BOC${stamp}XY`);
    await shot('paid');
    await signOut(page);
  });

  await step('anyone reads the list of credit communities without signing in', async () => {
    await page.goto(new URL('/login', page.url()).toString());
    await page.getByTestId('login-public-credit-communities').click();
    const list = page.getByTestId('public-credit-communities');
    await list.locator('tr.ant-table-row', { hasText: good }).waitFor();
    assert.equal(await list.locator('tr.ant-table-row', { hasText: poor }).count(), 0);
    await shot('public-list');
  });
});
