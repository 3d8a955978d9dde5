import assert from 'node:assert/strict';
import { test } from 'node:test';
import { residentIdCheckDigit } from '@minsheng/rules/national/resident-id.ts';
import type { Page } from 'playwright-core';
import { restorePassword } from './support/account-session.ts';
import { choose, fieldInput, loadTable, registerLocalPerson } from './support/antd.ts';
import { journeySteps, openJourneyPage, type Shot, text } from './support/browser.ts';
import { bureauToday } from './support/bureau-clock.ts';
import { pickFirstOrg } from './support/org-picker.ts';
import { type Account, signIn } from './support/sign-in.ts';

let page: Page;
let shot: Shot;
openJourneyPage('households', (opened) => ({ page, shot } = opened));

const input = (testId: string) => fieldInput(page, testId);

/** Types a date into the antd DatePicker `testId` inside the open modal and confirms it. */
async function pickDate(testId: string, date: string) {
  await input(testId).click();
  await input(testId).fill(date);
  await input(testId).press('Enter');
}

const password = process.env.MINSHENG_DEMO_PASSWORD ?? '';
const today = bureauToday();
// A fresh woman born 1988-02-10 (even sequence) heads the new household.
const seq = String(((Date.now() % 500) * 2) % 1000).padStart(3, '0');
const first17 = `37098319880210${seq}`;
const idNumber = first17 + residentIdCheckDigit(first17);
const headName = `欧阳户${Date.now().toString(36).slice(-4)}`;
const number = `E2E${Date.now()}`;

test('households: an officer registers a household, recognises it as zero-employment, assists and eliminates it', async (t) => {
  // 仪阳街道 (370983004): the other journeys use the other streets' officers.
  const officer: Account = { username: 'jd_370983004', password };
  // Demo accounts are shared with later journeys: put the password back, whatever happens.
  t.after(() => restorePassword(officer, password));
  const step = journeySteps(t, shot);
  const panel = () => page.getByTestId('zero-employment-panel');

  await step('the officer registers the head as a person', async () => {
    assert.ok(password, 'MINSHENG_DEMO_PASSWORD is set by e2e/run.mjs');
    await signIn(page, officer, shot);
    await registerLocalPerson(page, idNumber, headName);
    await page.getByTestId('person-household').filter({ hasText: '尚未登记家庭' }).waitFor();
  });

  await step('registers a household headed by that person', async () => {
    await page.getByTestId('side-menu').getByText('家庭与零就业').click();
    await page.getByTestId('zero-employment-summary').waitFor();
    await page.getByTestId('household-create').click();
    await input('household-number').fill(number);
    await choose(page, 'household-head', headName, headName);
    await pickFirstOrg(page, 'household-org', ['street'], 'community');
    await shot('household-form');
    await Promise.all([
      page.waitForURL((url) => /^\/households\/[0-9a-f-]{36}$/.test(url.pathname)),
      page.locator('.ant-modal:visible .ant-btn-primary').click(),
    ]);
    const members = page.getByTestId('household-members').locator('.ant-table-tbody tr.ant-table-row');
    await members.first().waitFor();
    assert.match(await text(members.first()), new RegExp(`${headName}.*户主.*是`));
  });

  await step('recognises it as a zero-employment household and records assistance', async () => {
    await page.getByTestId('zero-recognise').click();
    await pickDate('recognised-on', today);
    await page.locator('.ant-modal:visible textarea').fill('本人申报，社区入户核实');
    await page.locator('.ant-modal:visible .ant-btn-primary').click();
    await panel().filter({ hasText: '尚无帮扶记录' }).waitFor();
    await page.getByTestId('zero-assist').click();
    await pickDate('acted-on', today);
    await choose(page, 'assistance-kind', '岗位推荐');
    await page.locator('.ant-modal:visible textarea').fill('推荐至物业公司保洁岗位');
    await page.locator('.ant-modal:visible .ant-btn-primary').click();
    await panel().locator('.ant-table-row', { hasText: '推荐至物业公司保洁岗位' }).waitFor();
    await shot('assisted');
  });

  await step('eliminates it when a member works; the list shows 已消除', async () => {
    await page.getByTestId('zero-eliminate').click();
    await pickDate('eliminated-on', today);
    await choose(page, 'elimination-reason', '家庭成员实现就业');
    await page.locator('.ant-modal:visible .ant-btn-primary').click();
    await panel().filter({ hasText: '消除' }).locator('.ant-tag', { hasText: '已于' }).waitFor();
    await page.getByTestId('side-menu').getByText('家庭与零就业').click();
    await input('household-search').fill(number);
    // Wait for the search's own response: until then the table shows the cached list from before.
    const rows = await loadTable(
      page,
      'households-table',
      '/api/households',
      () => input('household-search').press('Enter'),
      `q=${number}`,
    );
    const row = rows.filter({ hasText: number });
    await row.waitFor();
    assert.match(await text(row), /已消除/);
    await shot('households-list');
  });
});
