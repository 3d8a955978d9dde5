import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { accountSession, restorePassword } from './support/account-session.ts';
import { baseUrl, journeySteps, openJourneyPage, type Shot, text } from './support/browser.ts';
import { bureauDay } from './support/bureau-clock.ts';
import { type Account, signIn, signOut } from './support/sign-in.ts';

let page: Page;
let shot: Shot;
openJourneyPage('loans', (opened) => ({ page, shot } = opened));

const password = process.env.MINSHENG_DEMO_PASSWORD ?? '';
// The demo bank (中国邮政储蓄银行肥城市支行) of 泰安市 (region code 370900); no other journey uses it.
const bank: Account = { username: 'yh_370900', password };
const reviewer: Account = { username: 'sj_reviewer', password };
after(async () => {
  for (const account of [bank, reviewer]) await restorePassword(account, password);
});

const CONTRACT = 'PSBC-2026-0001';
const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const run = Date.now().toString(36).toUpperCase();

/** Yesterday in the bureau's time zone: a repayment date the server takes as past. */
const yesterday = () => bureauDay(-1);

async function repaymentFile(lines: (string | number)[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('还款明细');
  ws.addRow(['借款合同编号', '还款日期', '归还本金（元）', '支付利息（元）', '银行流水号']);
  for (const l of lines) ws.addRow(l);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

interface LoanList {
  items: { id: string; contractNumber: string | null }[];
}
interface Loan {
  balance: string;
  repayments: { bankRef: string }[];
}

async function upload(buffer: Buffer, name: string) {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: xlsx, buffer });
  await page.getByTestId('repayment-upload').click();
}

test('loans: a bank’s repayment file with one bad line is refused whole; the corrected file is booked', async (t) => {
  const step = journeySteps(t, shot);
  let loanId = '';
  let before = '';
  const good = [CONTRACT, yesterday(), '1000.00', '87.00', `JRN${run}01`];
  const bad = [CONTRACT, yesterday(), '500.005', '0', `JRN${run}02`];
  const fixed = [CONTRACT, yesterday(), '500.00', '0', `JRN${run}02`];
  const fen = (yuan: string) => Math.round(Number(yuan) * 100);

  await step('the bank signs in and opens its own loans', async () => {
    assert.ok(password, 'MINSHENG_DEMO_PASSWORD is set by e2e/run.mjs');
    const api = await accountSession(bank);
    const list = await api.get<LoanList>('/entrepreneurship/loans?status=disbursed');
    loanId = list.items.find((l) => l.contractNumber === CONTRACT)!.id;
    before = (await api.get<Loan>(`/entrepreneurship/loans/${loanId}`)).balance;
    await api.dispose();
    await signIn(page, bank, shot);
    await page.getByTestId('side-menu').getByText('本行贷款与还款', { exact: true }).click();
    await page.getByTestId('loans-table').getByText(CONTRACT).waitFor();
    const [template] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('repayment-template').click(),
    ]);
    assert.equal(template.suggestedFilename(), '还款明细模板.xlsx');
    await shot('bank-loans');
  });

  await step(
    'a file with one bad line is refused whole, the line and its reason shown, nothing booked',
    async () => {
      await upload(await repaymentFile([good, bad]), '还款明细-有误.xlsx');
      await page.getByTestId('repayment-refused').waitFor();
      const errors = await text(page.getByTestId('repayment-errors'));
      assert.match(errors, /3/);
      assert.match(errors, /最多两位小数/);
      await shot('refused-file');
      const loan = (await (
        await page.request.get(`${baseUrl}/api/entrepreneurship/loans/${loanId}`)
      ).json()) as Loan;
      assert.equal(loan.balance, before, 'nothing booked');
      assert.ok(!loan.repayments.some((r) => r.bankRef.startsWith(`JRN${run}`)));
    },
  );

  await step('the corrected file is accepted and the loan’s balance drops', async () => {
    await upload(await repaymentFile([good, fixed]), '还款明细-已更正.xlsx');
    await page.getByTestId('repayment-accepted').waitFor();
    await shot('accepted-file');
    await page.getByTestId('loans-table').locator('tr', { hasText: CONTRACT }).getByRole('link').click();
    const balance = page.getByTestId('loan-balance');
    await balance.waitFor();
    assert.equal(fen(await text(balance)), fen(before) - 150_000);
    await page.getByTestId('loan-repayments').getByText(`JRN${run}02`).waitFor();
    await shot('loan-page');
  });

  await step(
    'the city computes the bank’s interest subsidy for the last quarter from the ledger',
    async () => {
      await signOut(page);
      await signIn(page, reviewer, shot);
      await page.getByTestId('side-menu').getByText('贷款贴息申报', { exact: true }).click();
      await page.getByRole('combobox', { name: '经办银行' }).click();
      await page.locator('.ant-select-item-option', { hasText: '中国邮政储蓄银行肥城市支行' }).click();
      await page.getByRole('button', { name: '核算贴息' }).click();
      await page.locator('.ant-message', { hasText: '已核算' }).waitFor();
      const claim = page.locator('.ant-card', { hasText: '贴息合计' }).last();
      await claim.getByText('应贴息笔数').waitFor();
      // the demo's lent loan was repaying through the quarter: it has a line, masked
      await claim.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
      assert.doesNotMatch(await text(claim), /\d{17}[\dX]/, 'no full ID number on the claim');
      await shot('interest-subsidy-claim');
    },
  );
});
