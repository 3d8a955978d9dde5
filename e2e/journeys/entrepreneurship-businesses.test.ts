import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { Page } from 'playwright-core';
import { accountSession, restorePassword } from './support/account-session.ts';
import { journeySteps, openJourneyPage, type Shot, text } from './support/browser.ts';
import { bureauToday } from './support/bureau-clock.ts';
import { type Account, signIn } from './support/sign-in.ts';

let page: Page;
let shot: Shot;
openJourneyPage('entrepreneurship-businesses', (opened) => ({ page, shot } = opened));

const password = process.env.MINSHENG_DEMO_PASSWORD ?? '';
// The city reviewer is shared with other journeys: its password is put back afterwards.
const reviewer: Account = { username: 'sj_reviewer', password };
after(() => restorePassword(reviewer, password));

test('entrepreneurship: 创业计划进展 from records, down to a business and its evidence; incubation', async (t) => {
  const step = journeySteps(t, shot);
  let year = 0;

  await step(
    'the reviewer opens 创业计划进展 of the city: indicators with fractions and targets',
    async () => {
      assert.ok(password, 'MINSHENG_DEMO_PASSWORD is set by e2e/run.mjs');
      // The demo's businesses opened within the last months: the year holding them is this one, or
      // the last one when the demo was made in the first days of a year (CI runs over New Year).
      const api = await accountSession(reviewer);
      const thisYear = Number(bureauToday().slice(0, 4));
      year = thisYear;
      for (const y of [thisYear, thisYear - 1]) {
        const k = await api.get<{ figures: { opened6: number } }>(`/entrepreneurship/kpis?year=${y}`);
        if (k.figures.opened6 > 0) {
          year = y;
          break;
        }
      }
      await api.dispose();
      await signIn(page, reviewer, shot);
      await page.goto(new URL(`/entrepreneurship/kpis?year=${year}`, page.url()).toString());
      const table = page.getByTestId('entrepreneurship-kpis-table');
      await table.getByText('半年内开业成功率').waitFor();
      assert.match(await text(table), /\d+ \/ \d+/);
      await shot('kpis');
    },
  );

  await step('drills into those who opened within six months and opens a business', async () => {
    await page.getByTestId('kpi-drill-opened6').first().click();
    const rows = page
      .getByTestId('entrepreneurship-kpis-drilldown-table')
      .locator('.ant-table-tbody tr.ant-table-row');
    await rows.first().waitFor();
    await shot('kpis-drilldown');
    await rows.first().locator('a').first().click();
    await page.getByTestId('business-page').waitFor();
    assert.match(await text(page.getByTestId('business-page')), /带动就业/);
    await shot('business');
  });

  await step('lists the businesses and the incubation base with its residents', async () => {
    await page.goto(new URL('/entrepreneurship/businesses', page.url()).toString());
    await page.getByTestId('businesses-table').locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    await shot('businesses');
    await page.goto(new URL('/entrepreneurship/incubation-bases', page.url()).toString());
    await page.getByTestId('incubation-table').getByText('肥城市创业孵化基地').click();
    await page
      .getByTestId('incubation-residents-table')
      .locator('.ant-table-tbody tr.ant-table-row')
      .first()
      .waitFor();
    await shot('incubation-base');
  });

  await step('opens the year’s 创业培训进展情况报告: the figures of 创业计划进展, and the xlsx', async () => {
    await page.goto(new URL(`/entrepreneurship/kpis?year=${year}`, page.url()).toString());
    const trainees = await text(page.getByTestId('kpi-drill-trainees').first());
    await page.getByTestId('kpis-report').click();
    const table = page.getByTestId('entrepreneurship-report-table');
    const total = table.locator('tbody tr').last().locator('td');
    await total.first().getByText('合计').waitFor();
    assert.equal(await text(total.nth(1)), trainees, '创业培训人数 as 创业计划进展 shows it');
    assert.match(
      await text(page.getByTestId('entrepreneurship-report-page')),
      /接受创业服务人数[\s\S]*3个月内开业成功率/,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('report-export').click(),
    ]);
    assert.match(download.suggestedFilename(), new RegExp(`创业培训年度进展情况报告（${year}年.*）\\.xlsx$`));
    await shot('report');
  });
  await step(
    'opens the demo’s whole-chain entrepreneur by his file number: class to 6-month follow-up on one timeline',
    async () => {
      // his shop, recorded by the demo (its file number is printed by `serve --demo`)
      const api = await accountSession(reviewer);
      const shops = await api.get<{ items: { fileNumber: string }[] }>(
        `/entrepreneurship/businesses?q=${encodeURIComponent('岱庙鲜丰生鲜便利店')}`,
      );
      await api.dispose();
      const number = shops.items[0]?.fileNumber;
      assert.ok(number, 'the demo has the whole-chain entrepreneur’s shop');
      await page.goto(new URL('/entrepreneurship/files', page.url()).toString());
      await page.getByLabel('按姓名或档案编号查找').fill(number);
      await page.getByLabel('按姓名或档案编号查找').press('Enter');
      await page.getByTestId('files-table').getByRole('link', { name: number }).click();
      const timeline = page.getByTestId('file-timeline');
      await timeline.getByText('开业半年回访', { exact: false }).waitFor();
      const all = await text(timeline);
      for (const entry of [
        '考核合格',
        '王建国 评审：可行',
        '采用项目 社区生鲜便利店',
        '贷款放款',
        '开业：泰安市泰山区岱庙鲜丰生鲜便利店',
        '走访：经营中',
      ])
        assert.ok(all.includes(entry), `the timeline shows ${entry}`);
      await timeline.scrollIntoViewIfNeeded();
      await shot('chain-file');
    },
  );
});
