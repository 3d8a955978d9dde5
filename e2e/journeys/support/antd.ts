import type { Locator, Page } from 'playwright-core';
import { text, waitForPage } from './browser.ts';
import { pickFirstOrg } from './org-picker.ts';

/** The element carrying `testId`, or the input inside it (antd puts test ids on wrappers or inputs). */
export const fieldInput = (page: Page, testId: string): Locator =>
  page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();

/**
 * Picks the first option containing `label` in the antd Select `target` (its test id, or the
 * select itself), optionally typing `type` first (searchable selects); retries a click lost in the
 * dropdown's opening animation, and checks the select shows what was picked.
 */
export async function choose(page: Page, target: string | Locator, label: string, type?: string) {
  const select = typeof target === 'string' ? page.getByTestId(target) : target;
  for (let attempt = 1; ; attempt++) {
    await select.click();
    if (type) await page.keyboard.type(type);
    const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: label });
    try {
      await option.first().click({ timeout: 5_000 });
      if ((await text(select)).includes(label)) return;
    } catch (error) {
      if (attempt === 4) throw error;
    }
    if (attempt === 4) throw new Error(`could not choose ${label} in ${String(target)}`);
  }
}

/** The error text antd shows under the form item holding `testId`. */
export const fieldError = (page: Page, testId: string) =>
  page
    .locator('.ant-form-item', { has: page.getByTestId(testId) })
    .locator('.ant-form-item-explain-error')
    .first();

/**
 * Runs `trigger`, waits for the list request it causes (`apiPath`, its decoded query containing
 * `query`) and for the antd table `testId` to finish rendering, and returns its rows.
 */
export async function loadTable(
  page: Page,
  testId: string,
  apiPath: string,
  trigger: () => Promise<unknown>,
  query = '',
) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => {
      const url = new URL(r.url());
      return url.pathname === apiPath && decodeURIComponent(url.search).includes(query) && r.ok();
    }),
    trigger(),
  ]);
  // Settled: the table is on the page, not spinning, and shows what the answer holds — its rows, or
  // its empty placeholder only when the answer has none (the placeholder of the render before the
  // answer arrived is no answer at all).
  const answer = (await response.json().catch(() => null)) as { items?: unknown[] } | unknown[] | null;
  const items = Array.isArray(answer) ? answer : answer?.items;
  const shows = items && items.length > 0 ? 'tr.ant-table-row' : 'tr.ant-table-row, .ant-table-placeholder';
  const table = `document.querySelector('[data-testid="${testId}"]')`;
  await waitForPage(
    page,
    `${table} && !${table}.querySelector('.ant-spin-spinning') && !!${table}.querySelector('${shows}')`,
  );
  return page.getByTestId(testId).locator('.ant-table-tbody tr.ant-table-row');
}

/**
 * From the side menu, registers an urban local-hukou person in the first community of the first
 * street and waits for their detail page.
 */
export async function registerLocalPerson(page: Page, idNumber: string, name: string) {
  await page.getByTestId('side-menu').getByText('人员管理').click();
  await page.getByTestId('person-create').click();
  await fieldInput(page, 'person-id-number').fill(idNumber);
  await fieldInput(page, 'person-name').fill(name);
  await choose(page, 'person-hukou-type', '城镇');
  await choose(page, 'person-hukou-place', '本市');
  await pickFirstOrg(page, 'person-org', ['street'], 'community');
  await Promise.all([
    page.waitForURL((url) => /^\/persons\/[0-9a-f-]{36}$/.test(url.pathname)),
    page.getByTestId('person-submit').click(),
  ]);
}
