import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { Page } from 'playwright-core';
import { restorePassword } from './support/account-session.ts';
import { journeySteps, openJourneyPage, type Shot, text } from './support/browser.ts';
import { type Account, signIn } from './support/sign-in.ts';

let page: Page;
let shot: Shot;
openJourneyPage('institution', (opened) => ({ page, shot } = opened));

const password = process.env.MINSHENG_DEMO_PASSWORD ?? '';
// The demo training institution (also used by the cases journey, which runs before this one).
const institution: Account = { username: 'px_370902001', password };
after(() => restorePassword(institution, password));

/** The side-menu entries the institution works with, and the table each one shows. */
const lists: [menu: string, table: string][] = [
  ['我的待办', 'tasks-table'],
  ['案件列表', 'cases-table'],
  ['人员管理', 'persons-table'],
  ['家庭与零就业', 'households-table'],
  ['失业登记', 'unemployment-list'],
  ['就业困难人员', 'difficulty-list'],
  ['花名册', 'batches-table'],
  ['公示管理', 'notices-table'],
];

test('institution: a training institution opens its lists and registers a trainee under its own organisation', async (t) => {
  const step = journeySteps(t, shot);
  let ownOrg = '';

  await step('the institution signs in', async () => {
    assert.ok(password, 'MINSHENG_DEMO_PASSWORD is set by e2e/run.mjs');
    await signIn(page, institution, shot);
    ownOrg = await text(page.getByTestId('header-org'));
  });

  for (const [menu, table] of lists) {
    // The step fails on any 403: the lists must not ask for the organisation tree it may not read.
    await step(`${menu} opens without asking for what the institution may not see`, async () => {
      await page.getByTestId('side-menu').getByText(menu, { exact: true }).click();
      await page.getByTestId(table).waitFor();
      await page.waitForFunction(`!document.querySelector('[data-testid="${table}"] .ant-spin-spinning')`);
      assert.equal(await page.getByText('机构加载失败').count(), 0);
      await shot(table);
    });
  }

  await step(
    'the pages work from the keyboard: skip link, named landmarks and buttons, one stop per link',
    async () => {
      await page.getByTestId('side-menu').getByText('人员管理', { exact: true }).click();
      await page.getByTestId('persons-table').waitFor();
      await page.reload(); // the first Tab of a freshly opened page
      await page.getByTestId('persons-table').waitFor();
      await page.keyboard.press('Tab');
      const skip = page.locator(':focus');
      assert.equal(await text(skip), '跳到主要内容');
      await shot('skip-link');
      await page.keyboard.press('Enter');
      assert.equal(
        await page.evaluate('document.activeElement.tagName + "#" + document.activeElement.id'),
        'MAIN#main-content',
      );
      assert.equal(await page.getByRole('navigation', { name: '主菜单' }).count(), 1);
      assert.equal(await page.getByTestId('person-search').getByRole('button', { name: '搜索' }).count(), 1);
      // 登记人员 is one link drawn as a button, not a button inside a link (two Tab stops).
      const create = page.getByRole('link', { name: '登记人员' });
      assert.equal(await create.count(), 1);
      assert.equal(await create.locator('button, a').count(), 0);
    },
  );

  await step('the person form offers only its own organisation', async () => {
    await page.getByTestId('side-menu').getByText('人员管理', { exact: true }).click();
    await page.getByTestId('person-create').click();
    await page.getByTestId('person-org').click();
    const titles = page.locator('.ant-select-dropdown:visible .ant-select-tree-title');
    await titles.first().waitFor();
    assert.deepEqual(
      (await titles.allInnerTexts()).map((n) => n.replace(/（.*）$/, '').trim()),
      [ownOrg],
    );
    await shot('person-form-org');
  });
});
