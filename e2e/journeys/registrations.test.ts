import assert from 'node:assert/strict';
import { test } from 'node:test';
import { residentIdCheckDigit } from '@minsheng/rules/national/resident-id.ts';
import type { Page } from 'playwright-core';
import { restorePassword } from './support/account-session.ts';
import { choose, fieldInput, registerLocalPerson } from './support/antd.ts';
import { journeySteps, openJourneyPage, type Shot, text } from './support/browser.ts';
import { bureauToday } from './support/bureau-clock.ts';
import { type Account, signIn } from './support/sign-in.ts';

let page: Page;
let shot: Shot;
openJourneyPage('registrations', (opened) => ({ page, shot } = opened));

const input = (testId: string) => fieldInput(page, testId);

const password = process.env.MINSHENG_DEMO_PASSWORD ?? '';
// A fresh person born 1980-07-01 (a man: odd sequence) for this run.
const seq = String(((Date.now() % 500) * 2 + 1) % 1000).padStart(3, '0');
const first17 = `37098319800701${seq}`;
const idNumber = first17 + residentIdCheckDigit(first17);
const personName = `司马登${Date.now().toString(36).slice(-4)}`;
const certificate = `JYE2E${Date.now()}`;

test('registrations: an officer registers unemployment, then employment closes it; the city list shows it', async (t) => {
  // 新城街道 (370983001): the other journeys use the other streets' officers.
  const officer: Account = { username: 'jd_370983001', password };
  // Demo accounts are shared with later journeys: put the password back, whatever happens.
  t.after(() => restorePassword(officer, password));
  const step = journeySteps(t, shot);
  const status = () => text(page.getByTestId('employment-status'));

  await step('the officer signs in and registers a person', async () => {
    assert.ok(password, 'MINSHENG_DEMO_PASSWORD is set by e2e/run.mjs');
    await signIn(page, officer, shot);
    await registerLocalPerson(page, idNumber, personName);
    await page.getByTestId('person-registrations').waitFor();
    await page.getByTestId('employment-status').waitFor();
    assert.match(await status(), /未登记就业/);
  });

  await step('unemployment registration issues the certificate at the street station', async () => {
    await page.getByTestId('unemployment-add').click();
    await input('unemployment-certificate').fill(certificate);
    await choose(page, 'unemployment-reason', '解除劳动合同');
    await shot('unemployment-form');
    await page.getByTestId('unemployment-submit').click();
    const row = page.getByTestId('unemployment-table').locator('.ant-table-tbody tr.ant-table-row').first();
    await row.waitFor();
    assert.match(await text(row), new RegExp(`${certificate.toUpperCase()}.*街道.*解除劳动合同`));
    await page.getByTestId('employment-status').filter({ hasText: '登记失业' }).waitFor();
  });

  await step('employment registration closes the unemployment registration with 已就业', async () => {
    await page.getByTestId('employment-add').click();
    await input('employment-employer').fill('肥城市华润机械有限公司');
    await input('employment-started-on').click();
    await input('employment-started-on').fill(bureauToday());
    await input('employment-started-on').press('Enter');
    await page.getByTestId('employment-submit').click();
    const row = page.getByTestId('employment-table').locator('.ant-table-tbody tr.ant-table-row').first();
    await row.waitFor();
    assert.match(await text(row), /单位就业.*肥城市华润机械有限公司/);
    await page.getByTestId('employment-status').filter({ hasText: '已就业' }).waitFor();
    const closed = page
      .getByTestId('unemployment-table')
      .locator('.ant-table-tbody tr.ant-table-row')
      .first();
    await closed.filter({ hasText: '已就业' }).waitFor();
    await shot('person-registrations');
  });

  await step('the city-wide unemployment list shows the ended registration under 已注销', async () => {
    await page.getByTestId('side-menu').getByText('失业登记').click();
    await page.getByTestId('unemployment-list').waitFor();
    await choose(page, 'registrations-filter-open', '已注销');
    const row = page
      .getByTestId('unemployment-list')
      .locator('.ant-table-tbody tr.ant-table-row', { hasText: personName });
    await row.waitFor();
    assert.match(await text(row), /已就业/);
    await shot('unemployment-list');
  });
});
