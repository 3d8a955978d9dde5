import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { fieldInput } from './antd.ts';
import { text } from './browser.ts';
import { modalClick } from './case-page.ts';

/** Steps on the 财政拨付 pages shared by the journeys that pay a case. */

/** The bureau's reviewer sends an approved case to finance. */
export async function sendToFinance(page: Page, caseNumber: string) {
  await page.getByTestId('side-menu').getByText('财政拨付').click();
  const row = page.getByTestId('finance-queue-forward').locator('tr.ant-table-row', { hasText: caseNumber });
  await row.waitFor();
  await row.locator('input[type=checkbox]').check();
  await page.getByTestId('finance-send').click();
  await modalClick(page, page.locator('.ant-modal-confirm .ant-btn-primary'));
  await row.waitFor({ state: 'detached' });
}

/**
 * Finance puts the case in a new payment plan, approves the plan and pays it with a bank
 * reference; answers the case's payment row (已支付) on the plan page.
 */
export async function planApproveAndPay(
  page: Page,
  caseNumber: string,
  planTitle: string,
  bankReference: string,
): Promise<Locator> {
  await page.getByTestId('side-menu').getByText('财政拨付').click();
  const row = page.getByTestId('finance-queue-payment').locator('tr.ant-table-row', { hasText: caseNumber });
  await row.waitFor();
  assert.match(await text(row), /\d{4}-\d{2}-\d{2}/, 'the payment deadline is shown');
  await row.locator('input[type=checkbox]').check();
  await page.getByTestId('finance-plan').click();
  await fieldInput(page, 'plan-title').fill(planTitle);
  await Promise.all([
    page.waitForURL((url) => /^\/finance\/plans\/[0-9a-f-]{36}$/.test(url.pathname)),
    modalClick(page, page.getByTestId('plan-create-submit')),
  ]);
  await page.getByTestId('plan-approve').click();
  await modalClick(page, page.locator('.ant-modal-confirm .ant-btn-primary'));
  await page.getByTestId('plan-pay').click();
  await fieldInput(page, 'plan-bank-reference').fill(bankReference);
  await modalClick(page, page.getByTestId('plan-pay-submit'));
  const payment = page.getByTestId('plan-payments').locator('tr.ant-table-row', { hasText: caseNumber });
  await payment.filter({ hasText: '已支付' }).filter({ hasText: bankReference }).waitFor();
  return payment;
}
