import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { creditCodeCheckChar } from '@minsheng/rules/national/credit-code.ts';
import { residentIdCheckDigit } from '@minsheng/rules/national/resident-id.ts';
import type { Page } from 'playwright-core';
import { restorePassword } from './support/account-session.ts';
import { choose, fieldError, fieldInput, loadTable } from './support/antd.ts';
import { baseUrl, journeySteps, openJourneyPage, type Shot, text } from './support/browser.ts';
import { modalClick } from './support/case-page.ts';
import { pickFirstOrg } from './support/org-picker.ts';
import { type Account, requiredEnv, signIn, signOut } from './support/sign-in.ts';

let page: Page;
let shot: Shot;
openJourneyPage('registry', (opened) => ({ page, shot } = opened));

const input = (testId: string) => fieldInput(page, testId);

// A fresh, valid ID number for this run (born 1985-03-15 in 肥城市) and the same with a wrong check digit.
const seq = String(Date.now() % 1000).padStart(3, '0');
const first17 = `37098319850315${seq}`;
const idNumber = first17 + residentIdCheckDigit(first17);
const wrongId = first17 + (residentIdCheckDigit(first17) === '1' ? '2' : '1');
const personName = `欧阳端${Date.now().toString(36).slice(-4)}`;
const creditFirst17 = `91370983${String(Date.now() % 1e9).padStart(9, '0')}`;
const creditCode = creditFirst17 + creditCodeCheckChar(creditFirst17);
const wrongCredit = creditFirst17 + (creditCodeCheckChar(creditFirst17) === 'A' ? 'B' : 'A');

test('registry: a street officer registers a person, a certificate and an employer; another street cannot see them', async (t) => {
  // Demo street officers of 肥城市: 老城街道 (002) registers, 王瓜店街道 (003) is the other street.
  const officer: Account = { username: 'jd_370983002', password: requiredEnv('MINSHENG_DEMO_PASSWORD') };
  const other: Account = { username: 'jd_370983003', password: requiredEnv('MINSHENG_DEMO_PASSWORD') };
  // Demo accounts are shared with later journeys: put the password back, whatever happens.
  t.after(() => restorePassword(officer, requiredEnv('MINSHENG_DEMO_PASSWORD')));
  t.after(() => restorePassword(other, requiredEnv('MINSHENG_DEMO_PASSWORD')));
  let personId = '';
  const step = journeySteps(t, shot);

  await step('the officer signs in', async () => {
    await signIn(page, officer, shot);
  });

  await step('a wrong check digit is refused in Chinese and nothing is saved', async () => {
    await page.getByTestId('side-menu').getByText('人员管理').click();
    await page.getByTestId('person-create').click();
    await input('person-id-number').fill(wrongId);
    await input('person-name').fill(personName);
    await choose(page, 'person-hukou-type', '城镇');
    await choose(page, 'person-hukou-place', '本市');
    await pickFirstOrg(page, 'person-org', ['street'], 'community');
    await page.getByTestId('person-submit').click();
    await fieldError(page, 'person-id-number').waitFor();
    assert.equal(await text(fieldError(page, 'person-id-number')), '公民身份号码格式或校验位不正确');
    await shot('person-wrong-check-digit');
    assert.equal(new URL(page.url()).pathname, '/persons/new', 'the form stays open');
    const found = (await (await page.request.get(`${baseUrl}/api/persons?q=${wrongId}`)).json()) as {
      total: number;
    };
    assert.equal(found.total, 0, 'no person was saved under the wrong number');
  });

  await step('with the check digit fixed the person is saved and shown', async () => {
    await input('person-id-number').fill(idNumber);
    await Promise.all([
      page.waitForURL((url) => /^\/persons\/[0-9a-f-]{36}$/.test(url.pathname)),
      page.getByTestId('person-submit').click(),
    ]);
    personId = new URL(page.url()).pathname.split('/')[2]!;
    await page.getByTestId('person-header').waitFor();
    assert.equal(await text(page.getByTestId('person-name')), personName);
    assert.equal(
      await text(page.getByTestId('person-id-masked')),
      `${idNumber.slice(0, 4)}${'*'.repeat(10)}${idNumber.slice(-4)}`,
    );
    const firstEvent = page.getByTestId('timeline-event').first();
    await firstEvent.waitFor();
    assert.match(await text(firstEvent), /登记为劳动者/);
    await shot('person-page');
  });

  await step(
    'the officer finds the person by name prefix and by exact ID number; the URL keeps the search',
    async () => {
      await page.getByTestId('side-menu').getByText('人员管理').click();
      const prefix = personName.slice(0, 3);
      await input('person-search').fill(prefix);
      let rows = await loadTable(
        page,
        'persons-table',
        '/api/persons',
        () => input('person-search').press('Enter'),
        `q=${prefix}`,
      );
      assert.ok((await rows.filter({ hasText: personName }).count()) === 1, 'found by name prefix');
      assert.equal(new URL(page.url()).searchParams.get('q'), prefix, 'the search is in the URL');

      await input('person-search').fill(idNumber);
      rows = await loadTable(
        page,
        'persons-table',
        '/api/persons',
        () => input('person-search').press('Enter'),
        `q=${idNumber}`,
      );
      assert.equal(await rows.count(), 1, 'exactly one person has the number');
      assert.match(await text(rows.first()), new RegExp(personName));
      await shot('person-search-by-id');

      // The link reproduces the list.
      await page.goto(`${baseUrl}/persons?q=${encodeURIComponent(prefix)}`);
      rows = await loadTable(page, 'persons-table', '/api/persons', () => page.reload(), `q=${prefix}`);
      assert.equal(await rows.filter({ hasText: personName }).count(), 1, 'the link shows the same list');
    },
  );

  await step('on the person page the officer reveals the full ID number', async () => {
    await page.getByRole('link', { name: personName }).click();
    await page.getByTestId('person-reveal-id').click();
    const full = page.getByTestId('person-id-full');
    await full.waitFor();
    assert.equal(await text(full), idNumber);
    await shot('person-id-revealed');
  });

  await step('the officer downloads the person’s data for their request to see and copy it', async () => {
    await page.getByTestId('person-personal-data').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      // antd spaces two-character button labels ("导 出"): the confirm dialog's primary button.
      modalClick(page, page.locator('.ant-modal-confirm .ant-btn-primary')),
    ]);
    const file = await download.path();
    const data = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(data.records.persons[0].id_number, idNumber);
    assert.equal(data.records.persons[0].name, personName);
  });

  await step('the officer adds a qualification certificate, which joins the timeline', async () => {
    await page.getByTestId('certificate-add').click();
    await input('certificate-number').fill(`E2E${Date.now()}`);
    await input('certificate-occupation').fill('焊工');
    await choose(page, 'certificate-level', '三级/高级工');
    await input('certificate-issued-on').click();
    await input('certificate-issued-on').fill('2020-05-06');
    await input('certificate-issued-on').press('Enter');
    await input('certificate-issuer').fill('肥城市职业技能鉴定中心');
    await shot('certificate-form');
    await page.getByTestId('certificate-submit').click();
    const row = page.getByTestId('certificates-table').locator('.ant-table-tbody tr.ant-table-row').first();
    await row.waitFor();
    assert.match(await text(row), /焊工.*三级\/高级工.*2020-05-06/);
    await page
      .getByTestId('timeline-event')
      .filter({ hasText: '取得职业资格证书：焊工（三级/高级工）' })
      .waitFor();
    await shot('certificate-added');
  });

  await step(
    'a bad credit code is refused in Chinese; a good one registers the employer; a duplicate is refused',
    async () => {
      await page.getByTestId('side-menu').getByText('用人单位').click();
      await page.getByTestId('employer-create').click();
      const fill = async (code: string) => {
        await input('employer-credit-code').fill(code);
        await input('employer-name').fill(`泰安端到端${seq}有限公司`);
        await choose(page, 'employer-type', '企业');
        await choose(page, 'employer-industry', '制造业');
        await pickFirstOrg(page, 'employer-org', [], 'street');
      };
      await fill(wrongCredit);
      await page.getByTestId('employer-submit').click();
      await fieldError(page, 'employer-credit-code').waitFor();
      assert.equal(
        await text(fieldError(page, 'employer-credit-code')),
        '统一社会信用代码校验码错误，请核对后重新填写',
      );
      await shot('employer-bad-credit-code');

      await input('employer-credit-code').fill(creditCode);
      await Promise.all([
        page.waitForURL((url) => /^\/employers\/[0-9a-f-]{36}$/.test(url.pathname)),
        page.getByTestId('employer-submit').click(),
      ]);
      await page.getByTestId('employer-detail').waitFor();
      assert.match(await text(page.getByTestId('employer-detail')), new RegExp(creditCode));

      // The server's 409 lands under the field too.
      await page.goto(`${baseUrl}/employers/new`);
      await fill(creditCode);
      await page.getByTestId('employer-submit').click();
      await fieldError(page, 'employer-credit-code').waitFor();
      assert.equal(await text(fieldError(page, 'employer-credit-code')), '该统一社会信用代码已登记');
      await shot('employer-duplicate');
      await signOut(page);
    },
  );

  await step('an officer of another street gets the not-found page for the person', async () => {
    await signIn(page, other, shot);
    await page.goto(`${baseUrl}/persons/${personId}`);
    await page.locator('.ant-result-404').waitFor();
    assert.match(await text(page.locator('.ant-result-404')), /页面不存在/);
    assert.equal(await page.getByTestId('person-header').count(), 0);
    await shot('other-street-not-found');
  });
});
