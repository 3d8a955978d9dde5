// e2e-clock: 2026-10-20T10:00:00+08:00
// Inside the assessment year, before its 12-25 cut-off: the city may still check, score and publish.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { residentIdCheckDigit } from '@minsheng/rules/national/resident-id.ts';
import type { Page } from 'playwright-core';
import { accountSession, restorePassword } from './support/account-session.ts';
import { choose, fieldInput } from './support/antd.ts';
import { baseUrl, journeySteps, openJourneyPage, type Shot, text } from './support/browser.ts';
import { modalClick } from './support/case-page.ts';
import { registerPerson } from './support/case-setup.ts';
import { type Account, signIn, signOut } from './support/sign-in.ts';

let page: Page;
let shot: Shot;
openJourneyPage('recruitment-assessment', (opened) => ({ page, shot } = opened));

const password = process.env.MINSHENG_DEMO_PASSWORD ?? '';
// 新城街道 of 肥城市, one of the demo's recruitment units.
const officer: Account = { username: 'jd_370983001', password };
const reviewer: Account = { username: 'sj_reviewer', password };
after(async () => {
  for (const account of [officer, reviewer]) await restorePassword(account, password);
});

const stamp = Date.now().toString(36).slice(-4);
const first17 = `37098319900512${String(100 + (Date.now() % 450) * 2 + 1).slice(-3)}`;
const worker = { name: `招工${stamp}`, idNumber: first17 + residentIdCheckDigit(first17) };
const HIRED_ON = '2026-05-04';
const department = `市直单位${stamp}`;
let employerName = '';
const documents = ['referralReceipt', 'enterpriseRoster', 'monthlyPayroll', 'employeeCard', 'idCopy'];
const scan = (name: string) => ({
  name: `${name}.pdf`,
  mimeType: 'application/pdf',
  buffer: Buffer.from(`%PDF-1.4\n% ${name}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`),
});

const unitRow = () =>
  page.getByTestId('recruitment-units').locator('.ant-table-row', { hasText: '新城街道' });
const ledgerRow = () =>
  page.getByTestId('recruitment-ledger').locator('tr.ant-table-row', { hasText: worker.name });

test('recruitment assessment: a town records a worker with the five documents, the city checks, scores and prints', async (t) => {
  const step = journeySteps(t, shot);

  await step('the town’s worker is in the registry with a contract from May', async () => {
    assert.ok(password, 'MINSHENG_DEMO_PASSWORD is set by e2e/run.mjs');
    const station = await accountSession(officer);
    const personId = await registerPerson(station, {
      ...worker,
      address: '肥城市新城街道 8 号',
      phone: '13900001234',
    });
    const employers = await station.get<{ items: { id: string; name: string }[] }>('/employers?pageSize=1');
    employerName = employers.items[0]!.name;
    await station.post(`/persons/${personId}/contracts`, {
      employerId: employers.items[0]!.id,
      termKind: 'fixed',
      signedOn: HIRED_ON,
      startsOn: HIRED_ON,
      endsOn: '2028-05-03',
    });
    await station.dispose();
  });

  await step('the town enters the worker in its ledger', async () => {
    await signIn(page, officer, shot);
    await page.getByTestId('side-menu').getByText('招工服务考核').click();
    await unitRow().locator('a').click();
    await page.getByTestId('worker-add').click();
    await choose(page, 'worker-person', worker.name, worker.name);
    await choose(page, 'worker-employer', employerName, employerName.slice(0, 4));
    await fieldInput(page, 'worker-hired-on').click();
    await fieldInput(page, 'worker-hired-on').fill(HIRED_ON);
    await fieldInput(page, 'worker-hired-on').press('Enter');
    await page.getByTestId('worker-save').click();
    await ledgerRow().waitFor();
    assert.doesNotMatch(await text(ledgerRow()), new RegExp(worker.idNumber));
  });

  await step('uploads the five documents and submits the worker for recognition', async () => {
    await ledgerRow().locator('.ant-table-row-expand-icon').click();
    for (const doc of documents) {
      await page.getByTestId(`evidence-${doc}`).locator('input[type=file]').setInputFiles(scan(doc));
      await page
        .getByTestId(`evidence-${doc}`)
        .locator('.ant-list-item', { hasText: `${doc}.pdf` })
        .waitFor();
    }
    await ledgerRow().filter({ hasText: '5 / 5' }).waitFor();
    await shot('evidence');
    await ledgerRow().getByRole('button', { name: '提交认定' }).click();
    await ledgerRow().filter({ hasText: '待核查' }).waitFor();
    await signOut(page);
  });

  await step('the city sets a department’s yearly task', async () => {
    await signIn(page, reviewer, shot);
    await page.getByTestId('side-menu').getByText('招工服务考核').click();
    await page.getByTestId('recruitment-add-unit').click();
    await page.locator('.ant-modal:visible').getByText('单位', { exact: true }).click();
    await fieldInput(page, 'unit-name').fill(department);
    // a click in the dropdown's opening animation can miss: pick until the select shows the city
    for (let attempt = 1; !(await text(page.getByTestId('unit-org'))).includes('泰安市'); attempt++) {
      if (attempt > 4) throw new Error('could not pick 泰安市 in unit-org');
      await page.getByTestId('unit-org').click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper', { hasText: '泰安市' })
        .first()
        .click({ timeout: 5_000 })
        .catch(() => {});
    }
    await fieldInput(page, 'unit-annual').fill('12');
    await shot('unit-task');
    await modalClick(page, page.getByTestId('unit-save'));
    await page.getByTestId('recruitment-units').locator('.ant-table-row', { hasText: department }).waitFor();
    assert.match(
      await text(page.getByTestId('recruitment-units').locator('.ant-table-row', { hasText: department })),
      /0 \/ 12/,
    );
  });

  await step('the city checks the worker, scores the year and publishes', async () => {
    await unitRow().locator('a').click();
    await ledgerRow().locator('[data-testid^="worker-verify-"]').click();
    await ledgerRow().filter({ hasText: '已认定' }).waitFor();
    await page.getByRole('link', { name: '返回考核' }).click();
    await page.getByTestId('recruitment-score').click();
    await page
      .getByTestId('recruitment-results')
      .locator('.ant-table-row', { hasText: '新城街道' })
      .waitFor();
    await page.getByTestId('recruitment-publish').click();
    await modalClick(page, page.locator('.ant-popconfirm:visible .ant-btn-primary'));
    await page.getByText('本年度考核结果已发布').waitFor();
    await shot('published');
  });

  await step('the result prints', async () => {
    await page.goto(`${baseUrl}/print/assessment/recruitment/2026`);
    const sheet = page.getByTestId('print-sheet');
    await sheet.waitFor();
    assert.match(await text(sheet), /2026年度招工服务考核结果/);
    assert.match(await text(sheet), /新城街道/);
    await shot('print');
  });
});
