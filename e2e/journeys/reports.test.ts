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
openJourneyPage('reports', (opened) => ({ page, shot } = opened));

const password = process.env.MINSHENG_DEMO_PASSWORD ?? '';
// 财源街道 (370902002) files its quarter; the city reviewer is shared with other journeys.
const officer: Account = { username: 'jd_370902002', password };
const reviewer: Account = { username: 'sj_reviewer', password };
after(async () => {
  for (const account of [officer, reviewer]) await restorePassword(account, password);
});

const TEMPLATE = '街镇就业再就业和社会保障工作完成情况表';
/** The quarter before the bureau's current one, as the forms name it (2026年第三季度). */
function lastQuarter() {
  const [thisYear, thisMonth] = bureauToday().split('-').map(Number) as [number, number];
  const q = Math.ceil(thisMonth / 3) - 1;
  const [year, quarter] = q === 0 ? [thisYear - 1, 4] : [thisYear, q];
  return `${year}年第${'一二三四'[quarter - 1]}季度`;
}

async function openReports() {
  await page.getByTestId('side-menu').getByText('定期统计报表').click();
  await page.getByTestId('reports-table').waitFor();
}

async function chooseReport() {
  await choose(page, 'report-choice-template', TEMPLATE);
  await choose(page, 'report-choice-period', lastQuarter());
}

test('reports: a station generates and submits its quarter, the city opens it, exports and prints it', async (t) => {
  const step = journeySteps(t, shot);
  let reportPath = '';

  await step('the station generates its quarterly report from the records', async () => {
    assert.ok(password, 'MINSHENG_DEMO_PASSWORD is set by e2e/run.mjs');
    await signIn(page, officer, shot);
    await openReports();
    await chooseReport();
    await Promise.all([
      page.waitForURL((url) => /^\/reports\/[0-9a-f-]{36}$/.test(url.pathname)),
      page.getByTestId('report-generate').click(),
    ]);
    reportPath = new URL(page.url()).pathname;
    await page.getByTestId('report-table').locator('.ant-table-row').first().waitFor();
    assert.match(await text(page.getByTestId('report-status')), /草稿/);
    await shot('station-draft');
  });

  await step('submits it upward with the footer names; it is locked', async () => {
    await page.getByTestId('report-submit').click();
    await fieldInput(page, 'report-submit-form-unitHead').fill('中心主任');
    await fieldInput(page, 'report-submit-form-preparer').fill('财源经办员');
    await shot('submit-form');
    await page.getByTestId('report-submit-form-ok').click();
    await page.getByTestId('report-status').filter({ hasText: '已上报待审核' }).waitFor();
    assert.equal(await page.getByTestId('report-submit').count(), 0);
    await shot('station-submitted');
    await signOut(page);
  });

  await step('the city sees the station among its reporters and the roll-up', async () => {
    await signIn(page, reviewer, shot);
    await openReports();
    await chooseReport();
    const row = page.getByTestId('report-overview-table').locator('.ant-table-row', { hasText: '财源街道' });
    await row.filter({ hasText: '已上报待审核' }).waitFor();
    assert.match(await text(page.getByTestId('report-rollup-count')), /^[1-9]\d* \/ \d+ 个单位$/);
    await page.getByTestId('report-rollup-table').waitFor();
    await shot('city-overview');
    await Promise.all([page.waitForURL((url) => url.pathname === reportPath), row.getByRole('link').click()]);
    await page.getByTestId('report-accept').waitFor();
    await shot('city-report');
  });

  await step('exports the report as xlsx', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('report-export').click(),
    ]);
    assert.equal(download.suggestedFilename(), `财源街道${lastQuarter()}${TEMPLATE}.xlsx`);
  });

  await step('prints it on an A4 sheet with the footer', async () => {
    const href = await page.getByTestId('report-print').getAttribute('href');
    assert.ok(href);
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${baseUrl}${href}`);
    const sheet = page.getByTestId('print-sheet');
    await sheet.waitFor();
    assert.equal(await text(page.getByTestId('print-org')), '财源街道');
    assert.equal(await text(page.getByTestId('print-period')), lastQuarter());
    assert.match(await text(sheet), /单位负责人：中心主任[\s\S]*填表人：财源经办员/);
    await shot('printed');
    await page.emulateMedia({ media: 'screen' });
  });
});
