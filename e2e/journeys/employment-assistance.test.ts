import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { accountSession as session } from './support/account-session.ts';
import { baseUrl, journeySteps, openJourneyPage, type Shot, text } from './support/browser.ts';
import { lastDay, month } from './support/bureau-clock.ts';
import { modalClick, openCase, reviewConfirmingChecks, runStep } from './support/case-page.ts';
import { enableWithParameter, registerPerson, submitAndAccept } from './support/case-setup.ts';
import { planApproveAndPay, sendToFinance } from './support/finance.ts';
import { signIn, signOut } from './support/sign-in.ts';
import { journeyMan, runStamp as stamp, stationJourneyAccounts } from './support/station-journey.ts';

let page: Page;
let shot: Shot;
openJourneyPage('employment-assistance', (opened) => ({ page, shot } = opened));

const { password, officer, reviewer, finance } = stationJourneyAccounts();

const POLICY = 'county-city.employment-assistance';
// A man born 1975 (51 years old in 2026: "4050"), urban and local, whose unemployment benefit
// ended more than 12 months before the three claimed months.
const person = journeyMan('援助', '370902', '19750615');
// The registry recorded the benefit's end a month early; the officer corrects it with a reason.
const registryUntil = lastDay(month(17));
const benefitUntil = lastDay(month(16));
const REASON = '按失业保险金领取台账核对，实际领取至该月末';
const period = { fromMonth: month(3), toMonth: month(1) };
// tests.yaml, first scenario: the same facts (urban "4050", hardship, 3 months, average wage
// 96 000) give 养老 1,152.00 + 医疗 960.00 = 2,112.00 元 at 80% of the standard.
const AMOUNT = '2,112.00 元';
const WORDS = '贰仟壹佰壹拾贰元整';

interface CaseFile {
  id: string;
  number: string;
  version: number;
}

/** Answers a declared field of the draft in the 修改 modal (a draft's own answers need no reason). */
async function declare(path: string, answer: (modal: ReturnType<Page['locator']>) => Promise<void>) {
  await page.getByTestId(`fact-edit-${path}`).click();
  const modal = page.locator('.ant-modal:visible');
  await modalClick(page, page.getByTestId('fact-change-value'));
  await answer(modal);
  await modalClick(page, page.getByTestId('fact-change-ok'));
  await modal.waitFor({ state: 'detached' });
  await page.getByTestId(`fact-${path}`).getByTestId('fact-value').waitFor();
}

test('employment assistance: facts pre-filled from the registry, declared, approved at the rule amount, paid, the notice and form printed', async (t) => {
  const step = journeySteps(t, shot);
  let file: CaseFile;

  await step(
    'the registry holds the unemployed man and his benefit; the station drafts his application',
    async () => {
      assert.ok(password, 'MINSHENG_DEMO_PASSWORD is set by e2e/run.mjs');
      const [station, city] = [await session(officer), await session(reviewer)];
      try {
        await enableWithParameter(city, POLICY, '就业援助补贴', {
          name: 'previous_year_city_average_wage',
          effectiveFrom: '2009-01-01',
          value: '96000',
          refDoc: '上年度城镇单位就业人员平均工资（浏览器测试）',
        });
        const personId = await registerPerson(station, {
          ...person,
          address: '泰安市泰山区上高街道 8 号',
          phone: `1380000${String(Date.now() % 10_000).padStart(4, '0')}`,
        });
        const registration = await station.post<{ id: string; version: number }>(
          `/persons/${personId}/unemployment-registrations`,
          {
            registeredOn: `${month(28)}-01`,
            certificateNumber: `JY${stamp}0001`,
            reason: 'contract_dissolved',
          },
        );
        await station.put(`/unemployment-registrations/${registration.id}/benefit`, {
          benefitFrom: `${month(28)}-01`,
          benefitUntil: registryUntil,
          benefitTotal: '19200.00',
          version: registration.version,
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
    'the station officer sees the facts pre-filled with their source and the missing ones marked',
    async () => {
      await signIn(page, officer, shot);
      await openCase(page, file.id);
      await page.getByRole('tab', { name: '申请信息' }).click();
      const birth = page.getByTestId('fact-person.birthDate');
      await birth.waitFor();
      assert.match(await text(birth), /1975-06-15[\s\S]*来源：/);
      assert.match(
        await text(page.getByTestId('fact-benefitEndedOn')),
        new RegExp(`${registryUntil}[\\s\\S]*来源：失业保险金领取期满日期（失业登记） ${registryUntil}`),
      );
      assert.match(await text(page.getByTestId('fact-reEmployed')), /否[\s\S]*来源：就业登记：无有效登记/);
      // Declared answers are missing, marked and empty — never defaulted.
      for (const path of ['insurancePaid', 'economicHardship', 'period.fromMonth', 'period.toMonth'])
        await page.getByTestId(`fact-${path}`).getByTestId('fact-missing').waitFor();
      assert.match(await text(page.getByTestId('case-application-problems')), /申请信息尚不完整/);
      await shot('application-form');
    },
  );

  await step('the officer corrects a pre-filled fact, giving a reason', async () => {
    await page.getByTestId('fact-edit-benefitEndedOn').click();
    // The modal opens with the registry's value; typing waits until it stands still.
    await modalClick(page, page.getByTestId('fact-change-value'));
    await page.getByTestId('fact-change-value').fill(benefitUntil);
    await page.getByTestId('fact-change-reason').fill('核对');
    await modalClick(page, page.getByTestId('fact-change-ok'));
    await page.getByText('理由至少 5 个字').waitFor();
    await page.getByTestId('fact-change-reason').fill(REASON);
    await page.getByTestId('fact-change-ok').click();
    const changed = page.getByTestId('fact-benefitEndedOn').getByTestId('fact-override');
    await changed.waitFor();
    assert.match(
      await text(changed),
      new RegExp(`原值：${registryUntil}；新值：${benefitUntil}[\\s\\S]*理由：${REASON}`),
    );
    await shot('fact-changed');
  });

  await step('the officer answers the declared fields and submits; the station accepts', async () => {
    await declare('insurancePaid', (m) => m.getByText('否', { exact: true }).click());
    await declare('economicHardship', (m) => m.getByText('是', { exact: true }).click());
    await declare('period.fromMonth', (m) => m.getByTestId('fact-change-value').fill(period.fromMonth));
    await declare('period.toMonth', (m) => m.getByTestId('fact-change-value').fill(period.toMonth));
    await page.getByTestId('case-application-problems').waitFor({ state: 'detached' });
    await shot('application-complete');
    await submitAndAccept(page);
    await signOut(page);
  });

  await step('the city reviewer confirms the human check and approves at the rule amount', async () => {
    await signIn(page, reviewer, shot);
    await openCase(page, file.id);
    await page.getByRole('tab', { name: '申请信息' }).click();
    assert.match(await text(page.getByTestId('fact-benefitEndedOn')), new RegExp(`理由：${REASON}`));
    assert.equal(await reviewConfirmingChecks(page, shot), '符合');
    await page.getByRole('tab', { name: '事实与规则' }).click();
    assert.match(await text(page.getByTestId('case-evaluation')), new RegExp(AMOUNT.replace('.', '\\.')));
    await runStep(page, 'approve');
    await page.getByTestId('case-status-tag').filter({ hasText: '已批准' }).waitFor();
    await shot('approved');
    await sendToFinance(page, file.number);
    await signOut(page);
  });

  await step('finance plans, approves the plan and pays the same amount', async () => {
    await signIn(page, finance, shot);
    const payment = await planApproveAndPay(page, file.number, `就业援助 ${stamp}`, `BOC${stamp}0002`);
    assert.match(await text(payment), new RegExp(AMOUNT.replace('.', '\\.').replace(' 元', '')));
    await shot('paid');
  });

  await step('the approval notice prints the amount in figures and capitals', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${baseUrl}/print/cases/${file.id}/approval-notice`);
    await page.getByTestId('print-sheet').waitFor();
    const amount = await text(page.getByTestId('print-amount'));
    assert.ok(amount.includes(AMOUNT) && amount.includes(WORDS), amount);
    // the document by its title (and number, once the deployment sets one) and clause; never "001 篇3"
    const basis = await text(page.getByTestId('print-basis'));
    assert.match(basis, /《关于进一步做好促进就业工作的实施意见》(（[^）]+）)?三\(三\)5/);
    assert.doesNotMatch(basis, /篇/);
    await shot('approval-notice');
  });

  await step('the printed application form names every field in Chinese, with values in words', async () => {
    await page.goto(`${baseUrl}/print/cases/${file.id}/application-form`);
    const sheet = await text(page.getByTestId('print-sheet'));
    assert.match(sheet, /已重新就业否/);
    assert.match(sheet, new RegExp(`失业保险金领取期满日期${benefitUntil}`));
    assert.match(sheet, new RegExp(period.fromMonth));
    assert.doesNotMatch(sheet, /reEmployed|benefitEndedOn|fromMonth|[{}"]/, 'no raw keys or JSON');
    await shot('application-form');
  });
});
