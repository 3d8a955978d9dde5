// e2e-clock: 2025-03-10T09:00:00+08:00
// 青劳社〔2024〕69号 is in force from 2024-06-30 to 2025-06-29: this journey's server (e2e/run.mjs)
// starts its clock inside that year, so a review answers 符合 and the pages show 2025 dates.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getPolicy } from '@minsheng/rules/catalogue.ts';
import { evaluate } from '@minsheng/rules/engine/evaluate.ts';
import type { Locator, Page } from 'playwright-core';
import { accountSession as session } from './support/account-session.ts';
import { choose } from './support/antd.ts';
import { baseUrl, journeySteps, openJourneyPage, type Shot, text } from './support/browser.ts';
import { openCase, reviewConfirmingChecks, runStep } from './support/case-page.ts';
import { enableWithParameter, registerPerson, submitAndAccept } from './support/case-setup.ts';
import { signIn, signOut } from './support/sign-in.ts';
import { journeyMan, runStamp as stamp, stationJourneyAccounts } from './support/station-journey.ts';

let page: Page;
let shot: Shot;
openJourneyPage('over-age', (opened) => ({ page, shot } = opened));

const { password, officer, reviewer, finance } = stationJourneyAccounts();

const POLICY = 'qingdao.over-age-fixed-workers';
/** The 2024 average wage the administrator sets (the rules package's own test figure). */
const WAGE = '118523';
// A man born 1955-03-10 (an odd sequence digit), local hukou: past his retirement age in 2015.
const person = journeyMan('超龄', '370902', '19550310');
const ARCHIVE = `QD-DA-2025-${stamp}`;
const RECEIPT = `BJ${stamp}0001`;

/** `210022.76` as the pages show it: `210,022.76 元` (formatted here, not with the app's formatter). */
const shown = (yuan: string) =>
  `${new Intl.NumberFormat('en-US', { minimumFractionDigits: 2 }).format(Number(yuan))} 元`;

/** The antd form item labelled `label` (the over-age forms name their fields by label only). */
const item = (form: Locator, label: string) =>
  form.locator('.ant-form-item', { has: page.locator('label', { hasText: new RegExp(`^${label}$`) }) });

// the option is clicked once the dropdown has opened (a click in its animation is lost: CI failed so)
const pick = (form: Locator, label: string, option: string) =>
  choose(page, item(form, label).locator('.ant-select'), option);

async function typeDate(form: Locator, label: string, date: string) {
  const input = item(form, label).locator('input');
  await input.click();
  await input.fill(date);
  // Enter keeps the typed day (and submits the form when it is complete).
  await input.press('Enter');
  assert.equal(await input.inputValue(), date);
}

interface CaseFile {
  id: string;
  number: string;
  version: number;
}

test('over-age fixed worker: application, service years confirmed, approved at the rule amount, the bill printed and paid', async (t) => {
  const step = journeySteps(t, shot);
  let file: CaseFile;
  let total = '';
  let lines: string[] = [];

  await step(
    'the city sets the 2024 average wage; the station drafts the case of a 70-year-old',
    async () => {
      assert.ok(password, 'MINSHENG_DEMO_PASSWORD is set by e2e/run.mjs');
      const [station, city] = [await session(officer), await session(reviewer)];
      try {
        await enableWithParameter(city, POLICY, '超龄固定工', {
          name: 'city_average_wage',
          effectiveFrom: '2024-06-30',
          value: WAGE,
          refDoc: '青岛市统计局公布的2024年在岗职工平均工资（浏览器测试）',
        });
        const personId = await registerPerson(station, {
          ...person,
          address: '青岛市市南区香港中路 1 号',
          phone: `1370000${String(Date.now() % 10_000).padStart(4, '0')}`,
        });
        file = await station.post<CaseFile>('/cases', {
          caseTypeId: POLICY,
          applicantKind: 'person',
          personId,
        });
      } finally {
        await Promise.all([station.dispose(), city.dispose()]);
      }
    },
  );

  await step(
    'the station officer fills the written application (附件1), submits; the station accepts',
    async () => {
      await signIn(page, officer, shot);
      await openCase(page, file.id);
      const panel = page.getByTestId('over-age-panel');
      assert.match(await text(panel), /申请信息不完整/);
      const form = page.getByTestId('over-age-application-form');
      await item(form, '原工作单位名称').locator('input').fill('青岛第二纺织厂');
      await pick(form, '原单位性质', '国有企业');
      await item(form, '是否通过劳动部门办理正式就业手续').getByText('是', { exact: true }).click();
      await typeDate(form, '参加工作时间', '1975-03-01');
      await typeDate(form, '离开原单位时间', '1990-05-01');
      await item(form, '本人申报连续工龄（年，含军龄等视同工龄，以经办机构确认为准）')
        .locator('input')
        .fill('15');
      await pick(form, '户籍所在区（市）', '市区');
      await item(form, '离开原单位后是否参加过基本养老或基本医疗保险')
        .getByText('否', { exact: true })
        .click();
      await item(form, '是否已享受定期基本养老待遇').getByText('否', { exact: true }).click();
      await shot('application-form');
      await form.getByRole('button', { name: '保存申请信息' }).click();
      // The save answers with a toast or with messages under fields: name them if it was refused.
      const errors = form.locator('.ant-form-item-explain-error');
      await page
        .getByText('申请信息已保存')
        .or(errors.first())
        .or(page.locator('.ant-message-error'))
        .first()
        .waitFor();
      const refused = [
        ...(await errors.allInnerTexts()),
        ...(await page.locator('.ant-message-error').allInnerTexts()),
      ];
      assert.deepEqual(refused, [], `the application was not saved: ${refused.join('；')}`);
      await panel.getByText('申请信息不完整').waitFor({ state: 'detached' });
      await submitAndAccept(page);
      await signOut(page);
    },
  );

  await step('the agency confirms the service years into the electronic archive', async () => {
    await signIn(page, reviewer, shot);
    await openCase(page, file.id);
    const form = page.getByTestId('over-age-service-years-form');
    await item(form, '确认的连续工龄（年，含视同工龄）').locator('input').fill('15');
    await item(form, '其中视同工龄（军龄等，年）').locator('input').fill('3');
    await item(form, '电子档案编号').locator('input').fill(ARCHIVE);
    await item(form, '认定依据（档案材料）')
      .locator('textarea')
      .fill('职工档案：招工登记表（1975）、退职审批表（1990）；退伍证（军龄3年）');
    await form.getByRole('button', { name: '确认工龄并存入电子档案' }).click();
    const confirmed = page.getByTestId('over-age-confirmation');
    await confirmed.waitFor();
    // The bureau's today is the server's (2025), not the browser's.
    assert.match(
      await text(confirmed),
      new RegExp(`连续工龄15 年[\\s\\S]*${ARCHIVE}[\\s\\S]*（2025-03-10）`),
    );
    await shot('service-years');
  });

  await step('the reviewer confirms the human checks and approves at the rule amount', async () => {
    assert.equal(await reviewConfirmingChecks(page, shot), '符合');
    // The amount of the rules package for the frozen input, and the one the case froze.
    const city = await session(reviewer);
    try {
      const reviewed = await city.get<{
        frozenFacts: { input: unknown };
        frozenEvaluation: { on: string; payableTotal: string };
      }>(`/cases/${file.id}`);
      const expected = evaluate(getPolicy(POLICY)!, reviewed.frozenFacts.input, {
        on: reviewed.frozenEvaluation.on,
        overrides: { city_average_wage: WAGE },
        confirmedChecks: { materials: true, service_years_confirmed: true },
      });
      assert.equal(expected.outcome, 'eligible');
      assert.equal(reviewed.frozenEvaluation.on, '2025-03-10');
      assert.equal(reviewed.frozenEvaluation.payableTotal, expected.payableTotal);
      total = shown(expected.payableTotal ?? '');
      lines = ['pension_backpay', 'medical_backpay'].map((id) => shown(expected.amounts[id] ?? ''));
    } finally {
      await city.dispose();
    }
    // The evaluation lists the two back-payments the total adds up (the bill shows the total).
    await page.getByRole('tab', { name: '事实与规则' }).click();
    const evaluation = await text(page.getByTestId('case-evaluation'));
    for (const line of lines) assert.ok(evaluation.includes(line), line);
    await runStep(page, 'approve');
    await page.getByTestId('case-status-tag').filter({ hasText: '已批准' }).waitFor();
    assert.equal(await text(page.getByTestId('over-age-bill-total')), total);
    await shot('approved-bill');
    await signOut(page);
  });

  await step('finance records the payment of the bill; the pension starts in the notice month', async () => {
    await signIn(page, finance, shot);
    await openCase(page, file.id);
    assert.equal(await text(page.getByTestId('over-age-bill-total')), total);
    const form = page.getByTestId('over-age-paid-form');
    await typeDate(form, '缴费日期', '2025-03-10');
    await item(form, '缴费收据号').locator('input').fill(RECEIPT);
    await form.getByRole('button', { name: '登记已缴费' }).click();
    const paid = page.getByTestId('over-age-payment');
    await paid.waitFor();
    assert.match(await text(paid), new RegExp(`${RECEIPT}[\\s\\S]*2025-03-10[\\s\\S]*2024年6月`));
    await shot('paid');
  });

  await step(
    'the printed pension review form (附件2) and the approval notice show the bill total',
    async () => {
      await page.emulateMedia({ media: 'print' });
      await page.goto(`${baseUrl}/print/cases/${file.id}/over-age-pension-review`);
      const sheet = page.getByTestId('over-age-pension-review-print');
      await sheet.waitFor();
      assert.ok((await text(sheet)).includes(total), total);
      await shot('pension-review-print');
      await page.goto(`${baseUrl}/print/cases/${file.id}/approval-notice`);
      await page.getByTestId('print-sheet').waitFor();
      assert.ok((await text(page.getByTestId('print-amount'))).includes(total), total);
      await shot('approval-notice');
    },
  );
});
