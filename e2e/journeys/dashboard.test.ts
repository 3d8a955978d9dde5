import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { Page } from 'playwright-core';
import { restorePassword } from './support/account-session.ts';
import { baseUrl, journeySteps, openJourneyPage, type Shot, text } from './support/browser.ts';
import { type Account, signIn } from './support/sign-in.ts';

let page: Page;
let shot: Shot;
openJourneyPage('dashboard', (opened) => ({ page, shot } = opened));

const password = process.env.MINSHENG_DEMO_PASSWORD ?? '';
// The leader account is this journey's alone; the station officer is shared, so its password is
// put back afterwards.
const leader: Account = { username: 'sj_leader', password };
const officer: Account = { username: 'jd_370983001', password };
after(() => restorePassword(officer, password));

/** A JSON answer of the API in the signed-in page (GET needs no CSRF token). */
const apiGet = <T>(path: string) =>
  page.evaluate(`fetch(${JSON.stringify(path)}).then((r) => r.json())`) as Promise<T>;

/**
 * Clicks the bars of an ECharts bar chart one by one, at the foot of each category (bars grow from
 * the axis; the chart's margins are fixed), until one opens a page: a zero bar has no shape.
 */
async function clickABar(testId: string, categories: number) {
  const box = await page.getByTestId(testId).locator('canvas').first().boundingBox();
  assert.ok(box, `${testId} is drawn`);
  const left = 64;
  const width = box.width - left - 16;
  const before = page.url();
  for (let i = 0; i < categories; i++) {
    await page.mouse.click(box.x + left + ((i + 0.5) * width) / categories, box.y + box.height - 48 - 3);
    await page.waitForTimeout(300);
    if (page.url() !== before) return;
  }
  assert.fail(`no bar of ${testId} opened a list`);
}

test('dashboard: the leader sees the indicators and opens the cases behind a bar; an officer sees the queue', async (t) => {
  const step = journeySteps(t, shot);
  /** The year of the paid-amounts bar the leader opened (the drill-downs below start from it). */
  let year = '';

  await step('the bureau leader signs in and sees the key indicators per district', async () => {
    assert.ok(password, 'MINSHENG_DEMO_PASSWORD is set by e2e/run.mjs');
    await signIn(page, leader, shot);
    const table = page.getByTestId('ranking-table');
    await table.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    assert.match(await text(table.locator('thead')), /新增就业再就业人数/);
    assert.match(await text(table.locator('tbody')), /泰山区|肥城市/);
    await page.getByTestId('chart-paid-by-org').locator('canvas').first().waitFor();
    await shot('leader-dashboard');
  });

  await step('clicks a bar of the amounts paid and lands on the paid cases of that district', async () => {
    const rows = await page.getByTestId('ranking-table').locator('.ant-table-tbody tr.ant-table-row').count();
    await clickABar('chart-paid-by-org', rows);
    await page.waitForURL((url) => url.pathname === '/cases' && url.searchParams.has('paidFrom'));
    const url = new URL(page.url());
    await page.getByTestId('case-filter-paidFrom').waitFor();
    const listed = await apiGet<{ total: number }>(`/api/cases${url.search}&pageSize=1`);
    assert.ok(listed.total > 0, 'the bar stands for paid cases');
    await page.getByTestId('cases-table').locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    // the figure of the bar is the sum of these very cases
    year = url.searchParams.get('paidFrom')!.slice(0, 4);
    const byOrg = await apiGet<{ rows: { org: { id: number }; items: { count: number | null }[] }[] }>(
      `/api/statistics/by-org?period=year&year=${year}&codes=subsidies_paid`,
    );
    const bar = byOrg.rows.find((r) => r.org.id === Number(url.searchParams.get('orgId')));
    assert.equal(bar?.items[0]?.count, listed.total);
    await shot('leader-paid-cases');
  });

  await step('opens the records behind a figure: cases, persons and households', async () => {
    for (const [code, link] of [
      ['subsidies_paid', '/cases/'],
      ['new_jobs', '/persons/'],
      ['zero_households_recognised', '/households/'],
    ] as const) {
      // the year of the bar, or the one before when the figure has no records in it yet: the CI clock
      // starts ten minutes before a new year, and this journey may run after midnight
      const counted = async (y: number) =>
        (
          await apiGet<{ items: { value: number | null }[] }>(
            `/api/statistics/indicators?period=year&year=${y}&codes=${code}`,
          )
        ).items[0]?.value ?? 0;
      const shown = (await counted(Number(year))) > 0 ? Number(year) : Number(year) - 1;
      await page.goto(`${baseUrl}/statistics/${code}?period=year&year=${shown}`);
      const table = page.getByTestId('drilldown-table');
      const first = table.locator('.ant-table-tbody tr.ant-table-row').first();
      await first.waitFor();
      assert.match((await first.getByRole('link').getAttribute('href')) ?? '', new RegExp(`^${link}`));
      if (code === 'subsidies_paid') assert.match(await text(first), /\d+\.\d{2}/, 'the amount in yuan');
      await shot(`drilldown-${code}`);
    }
  });

  await step("a station officer's home page shows the queue figures", async () => {
    await page.context().clearCookies();
    await signIn(page, officer, shot);
    const queue = page.getByTestId('figure-queue');
    await queue.waitFor();
    const tasks = await apiGet<{ total: number }>('/api/cases/my-tasks?pageSize=1');
    assert.match(await text(queue), new RegExp(`我的待办\\s*${tasks.total}`));
    await page.getByTestId('figure-overdue').waitFor();
    await shot('officer-dashboard');
    await page.getByTestId('figure-queue').getByRole('link').click();
    await page.waitForURL((url) => url.pathname === '/tasks');
  });
});
