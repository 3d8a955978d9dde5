import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { accountSession as session } from './support/account-session.ts';
import { journeySteps, openJourneyPage, type Shot, text } from './support/browser.ts';
import { lastDay, month } from './support/bureau-clock.ts';
import { modalClick } from './support/case-page.ts';
import { enableWithParameter, registerPerson } from './support/case-setup.ts';
import { signIn, signOut } from './support/sign-in.ts';
import { journeyMan, runStamp as stamp, stationJourneyAccounts } from './support/station-journey.ts';

let page: Page;
let shot: Shot;
openJourneyPage('screening', (opened) => ({ page, shot } = opened));

const { password, officer, reviewer } = stationJourneyAccounts();

const POLICY = 'county-city.employment-assistance';
// A man born 1974 ("4050"), urban and local, whose unemployment benefit ended 16 months ago and who
// has not found work: nobody has applied for him.
const person = journeyMan('找人', '370902', '19740820');
const benefitUntil = lastDay(month(16));
const DISMISS_REASON = '电话联系本人，已在外地稳定就业';

const go = (path: string) => page.goto(new URL(path, page.url()).toString());
const leadRow = (name: string) => page.getByTestId('leads-table').locator('tr', { hasText: name });

test('policy finds people: a screening run finds an unemployed 4050 man, the station starts his case from the lead, and dismisses another with a reason', async (t) => {
  const step = journeySteps(t, shot);
  let personId = '';
  let dismissed = '';

  await step('the registry holds the man and his ended benefit; nobody applies for him', async () => {
    assert.ok(password, 'MINSHENG_DEMO_PASSWORD is set by e2e/run.mjs');
    const [station, city] = [await session(officer), await session(reviewer)];
    try {
      await enableWithParameter(city, POLICY, '就业援助补贴', {
        name: 'previous_year_city_average_wage',
        effectiveFrom: '2009-01-01',
        value: '96000',
        refDoc: '上年度城镇单位就业人员平均工资（浏览器测试）',
      });
      personId = await registerPerson(station, {
        ...person,
        address: '泰安市泰山区岱庙街道 18 号',
        phone: `1390000${String(Date.now() % 10_000).padStart(4, '0')}`,
      });
      const registration = await station.post<{ id: string; version: number }>(
        `/persons/${personId}/unemployment-registrations`,
        {
          registeredOn: `${month(28)}-01`,
          certificateNumber: `JY${stamp}0002`,
          reason: 'contract_dissolved',
        },
      );
      await station.put(`/unemployment-registrations/${registration.id}/benefit`, {
        benefitFrom: `${month(28)}-01`,
        benefitUntil,
        benefitTotal: '19200.00',
        version: registration.version,
      });
    } finally {
      await Promise.all([station.dispose(), city.dispose()]);
    }
  });

  await step('the city runs the screening now and watches it finish', async () => {
    await signIn(page, reviewer, shot);
    // 政策找人 is a group of the menu: its items are listed under it
    await page.getByRole('menuitem', { name: '筛查运行' }).click();
    await page.getByRole('heading', { name: '筛查运行' }).waitFor();
    // the server's daily run may start beside this one: the journey follows the run it started
    const [started] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/api/screening/runs')),
      page.getByTestId('run-now').click(),
    ]);
    const { id } = (await started.json()) as { id: string };
    const run = page.getByTestId('runs-table').locator(`tbody tr.ant-table-row[data-row-key="${id}"]`);
    // the list follows the run's progress until it is no longer 筛查中
    await run.getByTestId('run-status').filter({ hasNotText: '筛查中' }).waitFor({ timeout: 60_000 });
    assert.match(await text(run), /已完成[\s\S]*就业援助补贴/);
    await shot('run-finished');
    await signOut(page);
  });

  await step(
    'the station sees the man among its leads with the reason, and starts his case in one click',
    async () => {
      await signIn(page, officer, shot);
      await go('/screening/leads');
      await page.getByRole('heading', { name: '线索清单' }).waitFor();
      const row = leadRow(person.name);
      await row.waitFor();
      assert.match(await text(row), /就业援助补贴[\s\S]*失业保险金领取期满后未能重新就业/);
      // the ID number is masked in the list
      assert.ok(!(await text(row)).includes(person.idNumber));
      await shot('leads');
      await row.getByRole('link', { name: person.name }).click();
      await page.getByRole('heading', { name: `线索：${person.name}` }).waitFor();
      assert.match(await text(page.getByTestId('lead-reason')), /属于本市户籍人员/);
      assert.equal(
        await page.getByTestId('lead-condition-not_reemployed').getAttribute('data-status'),
        'pass',
      );
      assert.match(
        await text(page.locator('main')),
        /需申请人提供\/核实[\s\S]*因经济困难未能继续缴纳社会保险费/,
      );
      await shot('lead');
      // the verification form the officer takes to him: what to tick off, his ID number masked
      const printHref = await page.getByTestId('lead-print').getAttribute('href');
      await go(printHref!);
      const sheet = page.getByTestId('print-sheet');
      await sheet.waitFor();
      assert.match(
        await text(sheet),
        new RegExp(
          `政策找人线索核实单[\\s\\S]*${person.name}[\\s\\S]*因经济困难未能继续缴纳社会保险费[\\s\\S]*被核实人（签字）`,
        ),
      );
      assert.ok(!(await text(sheet)).includes(person.idNumber));
      await shot('lead-print');
      await page.goBack();
      await page.getByRole('heading', { name: `线索：${person.name}` }).waitFor();
      await page.getByTestId('lead-start-case').click();
      await page
        .locator('.ant-popconfirm')
        .getByRole('button', { name: /确\s*定/ })
        .click();
      await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
      await page.getByTestId('case-number').waitFor();
      // the case is his, with the registry's facts already filled in
      await page.getByRole('tab', { name: '申请信息' }).click();
      assert.match(
        await text(page.getByTestId('fact-benefitEndedOn')),
        new RegExp(`${benefitUntil}[\\s\\S]*来源：失业保险金领取期满日期（失业登记）`),
      );
      await shot('case-from-lead');
    },
  );

  await step('another lead is dismissed with a reason and leaves the open list', async () => {
    await go('/screening/leads');
    const rows = page.getByTestId('leads-table').locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    assert.equal(await leadRow(person.name).count(), 0, 'the converted lead is no longer open');
    const other = rows.first();
    dismissed = (await text(other.locator('td').first())).trim();
    await other.getByRole('link').first().click();
    await page.getByTestId('lead-dismiss').click();
    const modal = page.locator('.ant-modal:visible');
    await modal.getByLabel('排除理由').fill(DISMISS_REASON);
    await modalClick(page, page.getByTestId('lead-dismiss-save'));
    await page.getByTestId('lead-dismissed').waitFor();
    assert.match(await text(page.getByTestId('lead-dismissed')), new RegExp(DISMISS_REASON));
    await shot('dismissed');
    await go('/screening/leads');
    await rows.first().waitFor();
    assert.equal(await leadRow(dismissed).count(), 0, 'the dismissed lead is no longer open');
    await signOut(page);
  });
});
