import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { Page } from 'playwright-core';
import { restorePassword, accountSession as session } from './support/account-session.ts';
import { journeySteps, openJourneyPage, type Shot, text } from './support/browser.ts';
import { modalClick } from './support/case-page.ts';
import { type Account, signIn } from './support/sign-in.ts';

let page: Page;
let shot: Shot;
openJourneyPage('case-types', (opened) => ({ page, shot } = opened));

const password = process.env.MINSHENG_DEMO_PASSWORD ?? '';
// The city reviewer configures the case types; it is shared with other journeys, so its
// password is put back afterwards.
const reviewer: Account = { username: 'sj_reviewer', password };
after(() => restorePassword(reviewer, password));

// No other journey files cases of this type, so suspending it for a moment disturbs nobody.
const TYPE = 'county-city.community-award';
const TYPE_NAME = '充分就业社区（创业型社区）评估考核补助';

interface CaseTypeSettings {
  enabled: boolean;
  version: number;
  timeLimits: { id: string; amount: number; source: string }[];
}

test('the city reviewer suspends a case type, lengthens a time limit and takes applications again', async (t) => {
  const step = journeySteps(t, shot);
  const row = () => page.getByTestId('case-type-list').locator('tr', { hasText: TYPE_NAME });

  await step('the reviewer opens the case type settings from the menu', async () => {
    await signIn(page, reviewer, shot);
    await page.getByRole('menuitem', { name: '经办事项设置' }).click();
    await row().waitFor();
    assert.match(await text(row()), /受理中/);
  });

  await step(
    'suspending it and giving acceptance 7 working days is saved and shown in the list',
    async () => {
      await page.getByTestId(`case-type-edit-${TYPE}`).click();
      const modal = page.locator('.ant-modal:visible');
      await modal.getByRole('switch').first().click();
      const acceptLimit = modal.getByRole('spinbutton', { name: '受理时限' });
      await acceptLimit.fill('7');
      await modalClick(page, page.getByTestId('case-type-save'));
      await page.getByText('事项设置已保存').waitFor();
      await row().getByText('已停办').waitFor();
    },
  );

  await step('the server holds the new settings, the changed limit marked as the bureau’s own', async () => {
    const api = await session(reviewer);
    try {
      const type = await api.get<CaseTypeSettings>(`/case-types/${TYPE}`);
      assert.equal(type.enabled, false);
      assert.deepEqual(
        type.timeLimits.filter((l) => l.id === 'accept').map((l) => [l.amount, l.source]),
        [[7, 'admin']],
      );
    } finally {
      await api.dispose();
    }
  });

  await step('taking applications again puts it back to 受理中', async () => {
    await page.getByTestId(`case-type-edit-${TYPE}`).click();
    await page.locator('.ant-modal:visible').getByRole('switch').first().click();
    await modalClick(page, page.getByTestId('case-type-save'));
    await row().getByText('受理中').waitFor();
  });
});
