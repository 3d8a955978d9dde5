import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { Page } from 'playwright-core';
import { restorePassword } from './support/account-session.ts';
import { choose, fieldInput } from './support/antd.ts';
import { baseUrl, journeySteps, openJourneyPage, type Shot, text } from './support/browser.ts';
import { bureauToday } from './support/bureau-clock.ts';
import { type Account, signIn, signOut } from './support/sign-in.ts';

let page: Page;
let shot: Shot;
openJourneyPage('town-assessment', (opened) => ({ page, shot } = opened));

const password = process.env.MINSHENG_DEMO_PASSWORD ?? '';
// 王瓜店街道 (370983003): the demo leaves its current quarter unreported for this journey.
const officer: Account = { username: 'jd_370983003', password };
const reviewer: Account = { username: 'sj_reviewer', password };
after(async () => {
  for (const account of [officer, reviewer]) await restorePassword(account, password);
});

const [year, monthOfYear] = bureauToday().split('-').map(Number) as [number, number];
const quarter = Math.ceil(monthOfYear / 3);
const rateCodes = ['contract_signing_rate', 'insurance_participation_rate', 'insurance_renewal_rate'];
const countCodes = [
  'new_employment',
  'rural_labour_transfer',
  'insurance_collection',
  'insurance_expansion',
  'rural_pension_enrolment',
  'rural_pension_premium',
  'misused_funds_recovered',
  'grassroots_platform',
  'statistics',
];

test('town assessment: a town reports its quarter with evidence, the city reviews and scores it, the ranking prints', async (t) => {
  const step = journeySteps(t, shot);
  let submissionPath = '';

  await step('the town fills in its quarter and saves a draft', async () => {
    assert.ok(password, 'MINSHENG_DEMO_PASSWORD is set by e2e/run.mjs');
    await signIn(page, officer, shot);
    await page.getByTestId('side-menu').getByText('街镇考核').click();
    // next year has no plan yet: the town is told why it cannot report, not left without a button
    const yearInput = page.getByTestId('assessment-year');
    await yearInput.fill(String(year + 1));
    await page.getByTestId('submission-no-plan').waitFor();
    assert.equal(await page.getByTestId('submission-new').count(), 0);
    await shot('no-plan');
    await yearInput.fill(String(year));
    await page.getByTestId('submission-new').click();
    await choose(page, 'figures-quarter', `第${quarter}季度`);
    for (const code of countCodes)
      await fieldInput(page, `figure-${code}`).fill(code === 'statistics' ? '3' : '120');
    for (const code of rateCodes) {
      await fieldInput(page, `figure-${code}`).fill('45');
      await fieldInput(page, `figure-${code}-denominator`).fill('50');
    }
    await shot('figures-form');
    await Promise.all([
      page.waitForURL((url) => /^\/town-assessment\/submissions\/[0-9a-f-]{36}$/.test(url.pathname)),
      page.getByTestId('figures-save').click(),
    ]);
    submissionPath = new URL(page.url()).pathname;
    assert.equal(await text(page.getByTestId('claimed-new_employment')), '120');
  });

  await step('attaches the roster as evidence of its new employment', async () => {
    await page
      .getByTestId('submission-figures')
      .locator('tr', { hasText: '新增就业再就业人数' })
      .getByRole('button', { name: '展开行' })
      .click();
    const evidence = page.getByTestId('evidence-new_employment');
    await evidence.locator('input[type="file"]').setInputFiles({
      name: '就业再就业人员花名册.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    });
    await evidence.getByText('就业再就业人员花名册.pdf').waitFor();
    await shot('evidence');
  });

  await step('submits it; the submitted quarter can no longer be edited', async () => {
    await page.getByTestId('submission-submit').click();
    await page.getByTestId('submission-status').filter({ hasText: '已上报' }).waitFor();
    assert.equal(await page.getByTestId('submission-submit').count(), 0);
    await shot('submitted');
    await signOut(page);
  });

  await step('the city adjusts one figure with a reason and the quarter is locked', async () => {
    await signIn(page, reviewer, shot);
    await page.goto(`${baseUrl}${submissionPath}`);
    await page.getByTestId('submission-review').click();
    await fieldInput(page, 'review-new_employment').fill('100');
    await page
      .getByTestId('review-new_employment-reason')
      .fill('花名册中20人无劳动合同和工资发放证明，不予认定');
    await shot('review');
    await page.getByTestId('review-confirm').click();
    await page.getByTestId('submission-status').filter({ hasText: '已审核' }).waitFor();
    assert.match(await text(page.getByTestId('accepted-new_employment')), /^100/);
    await page
      .getByTestId('submission-figures')
      .locator('tr', { hasText: '新增就业再就业人数' })
      .getByRole('button', { name: '展开行' })
      .click();
    await page.getByTestId('evidence-new_employment').getByText('就业再就业人员花名册.pdf').waitFor();
  });

  await step('revises the year’s plan with a reason, which becomes its next version', async () => {
    await page.getByTestId('side-menu').getByText('街镇考核').click();
    await page.getByRole('tab', { name: '考核方案' }).click();
    const card = page.locator('.ant-card', { hasText: '年度考核方案（评分标准）' });
    const before = Number((await text(card)).match(/第(\d+)版（现行）/)?.[1]);
    assert.ok(before >= 1, 'the demo plan has a current version');
    await page.getByTestId('plan-revise').click();
    const points = fieldInput(page, 'plan-points-new_employment');
    await points.fill(String(Number(await points.inputValue()) + 1));
    await page.getByTestId('plan-reason').fill('按市局年中调度会要求提高新增就业指标分值');
    await shot('plan-revise');
    await page.getByTestId('plan-save').click();
    await card.getByText(`第${before + 1}版（现行）`).waitFor();
  });

  await step('scores the year and generates the year-end ranking', async () => {
    await page.getByTestId('side-menu').getByText('街镇考核').click();
    await page.getByRole('tab', { name: '季度上报' }).click();
    await page.getByRole('tab', { name: '计分与通报' }).click();
    await page.getByText('年终（1–4季度）').click();
    await page.getByTestId('ranking-table').getByText('王瓜店街道').waitFor();
    await page.getByTestId('ranking-generate').click();
    await page.getByTestId('document-print').first().waitFor();
    await shot('ranking');
  });

  await step('the ranking prints on A4 under the bureau’s head with every town', async () => {
    const href = await page.getByTestId('document-print').first().getAttribute('href');
    assert.ok(href);
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${baseUrl}${href}`);
    const sheet = page.getByTestId('print-sheet');
    await sheet.waitFor();
    assert.match(await text(sheet), new RegExp(`${year}年度对街镇就业再就业和社会保障工作考核结果的通报`));
    const ranking = await text(page.getByTestId('print-ranking'));
    for (const town of ['新城街道', '老城街道', '王瓜店街道', '仪阳街道'])
      assert.match(ranking, new RegExp(town));
    await shot('printed-ranking');
    await page.emulateMedia({ media: 'screen' });
  });
});
