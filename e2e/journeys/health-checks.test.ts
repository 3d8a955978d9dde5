import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { accountSession, restorePassword } from './support/account-session.ts';
import { choose, fieldInput } from './support/antd.ts';
import { journeySteps, openJourneyPage, type Shot, text } from './support/browser.ts';
import { bureauToday } from './support/bureau-clock.ts';
import {
  modalClick,
  openCase,
  reviewConfirmingChecks,
  runStep,
  tickAllMaterials,
} from './support/case-page.ts';
import { stamp } from './support/cases-data.ts';
import { planApproveAndPay, sendToFinance } from './support/finance.ts';
import { type Account, signIn, signOut } from './support/sign-in.ts';

let page: Page;
let shot: Shot;
openJourneyPage('health-checks', (opened) => ({ page, shot } = opened));

const password = process.env.MINSHENG_DEMO_PASSWORD ?? '';
const account = (username: string): Account => ({ username, password });
// The demo's 医保处 officer and 泰安市中心医院's staff; no other journey signs them in.
const officer = account('yb_370900');
const hospital = account('yy_tazx');
const reviewer = account('sj_reviewer');
const finance = account('sj_finance');
after(async () => {
  for (const a of [officer, hospital, reviewer, finance]) await restorePassword(a, password);
});

const HOSPITAL = '泰安市中心医院体检科';

interface DayList {
  items: { id: string; personName: string; idNumberMasked: string; status: string }[];
}
interface PersonList {
  items: { id: string; name: string; idNumberMasked: string }[];
}
interface SettlementView {
  net: string;
  case: { id: string; number: string } | null;
  lines: { id: string; amount: string }[];
}

/** Yuan string → integer fen, for exact sums. */
const fen = (yuan: string) => {
  const [whole, part = ''] = yuan.split('.');
  return Number(whole) * 100 + Number(part.padEnd(2, '0').slice(0, 2)) * Math.sign(Number(`${whole}1`));
};

/** num ÷ den of non-negative integers, rounded half up (the rule's roundFen on whole fen). */
const divHalfUp = (num: number, den: number) => Math.floor((2 * num + den) / (2 * den));

/** Opens a side-menu entry. */
const menu = (label: string) => page.getByTestId('side-menu').getByText(label, { exact: true }).click();

async function rowOf(testId: string, hasText: string): Promise<Locator> {
  const row = page.getByTestId(testId).locator('tr.ant-table-row', { hasText });
  await row.first().waitFor();
  return row.first();
}

/** Fills the package: every item a normal result, except `declined` (放弃, signed or not). */
async function enterResults(declined: { code: string; signed: boolean } | null, findings: string[]) {
  const items = page.getByTestId('examination-items');
  await items.waitFor();
  const codes = await page
    .locator('[data-testid^="item-"][data-testid$="-declined"]')
    .evaluateAll((els) => els.map((e) => (e.getAttribute('data-testid') ?? '').slice(5, -9)));
  assert.ok(codes.length >= 10, 'the plan’s package is listed item by item');
  for (const code of codes) {
    if (declined && code === declined.code) {
      await page.getByTestId(`item-${code}-declined`).check();
      if (declined.signed) await page.getByTestId(`item-${code}-signed`).check();
      continue;
    }
    await page.getByTestId(`item-${code}-value`).fill('未见异常');
  }
  await page.getByTestId('examination-conclusion').fill('本次体检未见明显异常。');
  await page.getByTestId('examination-advice').fill('保持规律作息，每年体检一次。');
  // the list is virtual: typing brings a finding far down it into view
  for (const f of findings) await choose(page, 'examination-findings', f, f);
  await page.keyboard.press('Escape');
}

test('health checks: a hospital’s day of checks, weekly report and archives; the 医保处 audits, surveys and pays the settlement it computed', async (t) => {
  const step = journeySteps(t, shot);
  const today = bureauToday();
  const booked: { id: string; name: string; idNumber: string }[] = [];
  let settlementId = '';
  let caseId = '';
  let caseNumber = '';

  await step('the demo booked four examinees at the hospital today; their ID cards are known', async () => {
    assert.ok(password, 'MINSHENG_DEMO_PASSWORD is set by e2e/run.mjs');
    const staff = await accountSession(hospital);
    const city = await accountSession(reviewer);
    try {
      const day = await staff.get<DayList>(`/health-checks/examinees?date=${today}`);
      assert.equal(day.items.length, 4, 'four examinees booked today');
      // The examinee shows the card at the desk: the journey reads it from the registry.
      for (const e of day.items.slice(0, 2)) {
        const found = await city.get<PersonList>(
          `/persons?q=${encodeURIComponent(e.personName)}&pageSize=50`,
        );
        const person = found.items.find((p) => p.idNumberMasked === e.idNumberMasked);
        assert.ok(person, `${e.personName} is in the registry`);
        const { idNumber } = await city.post<{ idNumber: string }>(`/persons/${person.id}/reveal-id`);
        booked.push({ id: e.id, name: e.personName, idNumber });
      }
    } finally {
      await staff.dispose();
      await city.dispose();
    }
  });

  await step('the 医保处 sees the designated hospitals and why the third applicant is not one', async () => {
    await signIn(page, officer, shot);
    await menu('体检医院');
    const row = await rowOf('hospitals-table', '门诊部');
    assert.match(await text(row), /待认定/);
    assert.match(await text(await rowOf('hospitals-table', HOSPITAL)), /已确定为体检定点/);
    await row.getByRole('link').first().click();
    const grade = page.getByTestId('condition-hospital_grade');
    await grade.waitFor();
    assert.equal(await grade.getAttribute('data-met'), 'false');
    assert.equal(await page.getByTestId('condition-examiner_ratio').getAttribute('data-met'), 'false');
    await shot('hospital-check');
    await signOut(page);
  });

  await step('the hospital checks the first examinee’s ID card, refusing a wrong number', async () => {
    await signIn(page, hospital, shot);
    await menu('受检人员');
    const row = await rowOf('day-examinees-table', booked[0]!.name);
    await row.getByTestId('examinee-examination').click();
    const id = fieldInput(page, 'identity-id-number');
    await id.waitFor();
    // another person's (valid) number: the card does not match the booking
    await id.fill(booked[1]!.idNumber);
    await page.getByTestId('identity-verify').click();
    await page.getByText('不一致').first().waitFor();
    await shot('identity-mismatch');
    await id.fill(booked[0]!.idNumber);
    await page.getByTestId('identity-verify').click();
    await page.getByTestId('examination-items').waitFor();
  });

  await step('results entered; the B超 declined without the examinee’s signature; concluded', async () => {
    await enterResults({ code: 'ultrasound_abdomen', signed: false }, []);
    await shot('results');
    await page.getByTestId('examination-conclude').click();
    // 第二十条: the clerk is told the unsigned item will not be paid before concluding
    const warning = page.locator('.ant-modal-confirm', { hasText: '腹部彩色B超' });
    await warning.getByText('医保处不予支付此项费用').waitFor();
    await modalClick(page, warning.locator('.ant-btn-primary'));
    await page.getByText('已出具体检结论').waitFor();
  });

  await step('the second examinee has a suspected tumour: a 第十七条 task to notify', async () => {
    await menu('受检人员');
    const row = await rowOf('day-examinees-table', booked[1]!.name);
    await row.getByTestId('examinee-examination').click();
    await fieldInput(page, 'identity-id-number').fill(booked[1]!.idNumber);
    await page.getByTestId('identity-verify').click();
    await enterResults(null, ['可疑肿瘤']);
    await page.getByTestId('examination-conclude').click();
    await page.getByText('已出具体检结论').waitFor();

    await menu('重要异常通知');
    const task = await rowOf('findings-table', booked[1]!.name);
    await shot('finding-task');
    await task.getByTestId('finding-notify').click();
    await fieldInput(page, 'finding-notified-whom').fill('参检单位人事科王科长');
    await modalClick(page, page.getByTestId('finding-notified-save'));
    await page.locator('.ant-modal:visible').waitFor({ state: 'detached' });
    await page
      .getByTestId('findings-table')
      .locator('tr.ant-table-row', { hasText: booked[1]!.name })
      .waitFor({
        state: 'detached',
      });
  });

  await step('the two others booked today did not come: marked 未到检', async () => {
    await menu('受检人员');
    const table = page.getByTestId('day-examinees-table');
    await table.locator('tr.ant-table-row').first().waitFor();
    for (let left = 2; left > 0; left--) {
      const row = table.locator('tr.ant-table-row', { hasText: '已安排' }).first();
      await row.getByRole('button', { name: '标记未到检' }).click();
      await page.locator('.ant-popover:visible').getByRole('button', { name: '标记未到检' }).click();
      await table
        .locator('tr.ant-table-row', { hasText: '已安排' })
        .nth(left - 1)
        .waitFor({ state: 'detached' });
    }
    assert.equal(await table.locator('tr.ant-table-row', { hasText: '未到检' }).count(), 2);
    await shot('day-done');
  });

  await step('the hospital submits the week the 医保处 has not had yet', async () => {
    await menu('体检进度周报');
    await page.getByTestId('weekly-submit').click();
    await page.getByText('本周进度已报送医保处').waitFor();
    await page
      .getByText(/已于 \d{4}-\d{2}-\d{2} 报送/)
      .first()
      .waitFor();
    await shot('weekly-report');
  });

  await step('the hospital returns an overdue archive: signed for, and flagged 逾期返还', async () => {
    const staff = await accountSession(hospital);
    let name = '';
    try {
      const overdue = await staff.get<{ items: { examineeName: string }[] }>(
        '/health-checks/archives?tab=overdue',
      );
      name = overdue.items[0]?.examineeName ?? '';
    } finally {
      await staff.dispose();
    }
    assert.ok(name, 'the demo left one of the hospital’s archives past its due day');
    await menu('档案审核与返还');
    await page.getByTestId(`archive-return-${name}`).first().click();
    await fieldInput(page, 'archive-receiver-name').waitFor();
    // without the receiver's signature the return is refused (档案领取要有登记)
    await modalClick(page, page.getByTestId('archive-return-save'));
    await page.getByText('签字').first().waitFor();
    await page.getByTestId('archive-receiver-signed').check();
    await modalClick(page, page.getByTestId('archive-return-save'));
    await page.locator('.ant-modal:visible').waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: '已返还' }).click();
    const returned = page.getByTestId('archives-returned').locator('tr.ant-table-row', { hasText: name });
    await returned.filter({ hasText: '逾期返还' }).first().waitFor();
    await page.getByTestId('archives-returned').getByText('按期返还').first().waitFor();
    await shot('archives-returned');
    await signOut(page);
  });

  await step(
    'the 医保处 reviews today’s archive; another hospital’s overdue one is on its alert list',
    async () => {
      await signIn(page, officer, shot);
      await menu('档案审核与返还');
      await page.getByTestId(`archive-approve-${booked[0]!.name}`).first().click();
      await page.getByTestId(`archive-approve-${booked[0]!.name}`).first().waitFor({ state: 'detached' });
      await page.getByRole('tab', { name: '逾期未返还' }).click();
      await page.getByTestId('archives-overdue').locator('tr.ant-table-row').first().waitFor();
      await shot('archives-overdue');
    },
  );

  await step('the 医保处 audits two of the hospital’s examinations and counts the opinion box', async () => {
    await menu('质量抽查与满意率');
    await choose(page, 'hc-hospital-select', HOSPITAL);
    for (const [k, who] of booked.entries()) {
      await page.getByTestId('quality-sample-add').click();
      await choose(page, 'quality-sample-exam', who.name, who.name);
      await fieldInput(page, 'quality-sample-result-errors').fill(k === 0 ? '1' : '0');
      await fieldInput(page, 'quality-sample-omitted').fill('0');
      await fieldInput(page, 'quality-sample-entry-errors').fill(k === 1 ? '1' : '0');
      await modalClick(page, page.getByTestId('quality-sample-save'));
      await page.locator('.ant-modal:visible').waitFor({ state: 'detached' });
    }
    await page.getByTestId('quality-survey-add').click();
    await fieldInput(page, 'quality-survey-forms').fill('50');
    await fieldInput(page, 'quality-survey-satisfied').fill('48');
    await modalClick(page, page.getByTestId('quality-survey-save'));
    await page.locator('.ant-modal:visible').waitFor({ state: 'detached' });
    // with the demo's earlier box (49 of 50): 97 of 100
    await page.getByTestId('quality-rate-satisfaction').filter({ hasText: '97' }).waitFor();
    await shot('quality');
  });

  await step('the settlement computed from those records shows each deduction with its clause', async () => {
    await menu('体检费用结算');
    const row = await rowOf('settlements-table', HOSPITAL);
    await Promise.all([
      page.waitForURL((url) => /^\/health-checks\/settlements\/[0-9a-f-]{36}$/.test(url.pathname)),
      row.getByTestId('settlement-compute').click(),
    ]);
    await page.getByTestId('settlement-lines').waitFor();
    settlementId = new URL(page.url()).pathname.split('/').pop()!;
    await shot('settlement');
    const unsigned = await text(page.getByTestId('settlement-unsigned-items'));
    assert.match(unsigned, new RegExp(`${booked[0]!.name.slice(0, 1)}\\*.*腹部彩色B超`));
    assert.match(await text(page.getByTestId('settlement-lines')), /第二十条/);
  });

  await step('the settlement equals the hand calculation from the records', async () => {
    const city = await accountSession(officer);
    try {
      const s = await city.get<SettlementView>(`/health-checks/settlements/${settlementId}`);
      const q = await city.get<{
        samples: { itemsChecked: number; resultErrors: number; omittedItems: number; entryErrors: number }[];
        surveys: { forms: number; satisfied: number }[];
      }>(
        `/health-checks/quality?hospitalId=${(s as unknown as { hospitalId: string }).hospitalId}&planId=${(s as unknown as { planId: string }).planId}`,
      );
      const line = (id: string) => fen(s.lines.find((l) => l.id === id)!.amount);
      const gross = line('gross_fee');
      const unsigned = line('unsigned_waived_items');
      assert.ok(unsigned >= 8000, 'at least today’s unsigned B超 (80.00) is not paid');
      const base = gross - unsigned;
      const items = q.samples.reduce((n, x) => n + x.itemsChecked, 0);
      const sum = (k: 'resultErrors' | 'omittedItems' | 'entryErrors') =>
        q.samples.reduce((n, x) => n + x[k], 0);
      // 第二十条 on the rates as the quality page publishes them (percent to 4 decimals, half up), in
      // units of 0.0001 %: each point above 1 % (below 98 %) costs 1 % of the fee, proportionally.
      const units = (num: number, den: number) => divHalfUp(num * 1_000_000, den);
      const above = (errors: number) => Math.max(units(errors, items) - 10_000, 0);
      const forms = q.surveys.reduce((n, x) => n + x.forms, 0);
      const satisfied = q.surveys.reduce((n, x) => n + x.satisfied, 0);
      const below = Math.max(980_000 - units(satisfied, forms), 0);
      const deduction = (points: number) => divHalfUp(base * points, 1_000_000);
      const expected =
        base -
        deduction(above(sum('resultErrors'))) -
        deduction(above(sum('omittedItems'))) -
        deduction(above(sum('entryErrors'))) -
        deduction(below);
      assert.equal(fen(s.net), expected, `net ${s.net} against the hand calculation`);
      assert.ok(deduction(below) > 0, 'the 97% satisfaction costs a deduction');
    } finally {
      await city.dispose();
    }
  });

  await step('filed into the case chain: accepted and reviewed by the 医保处', async () => {
    await page.getByTestId('settlement-file').click();
    await modalClick(page, page.locator('.ant-modal-confirm .ant-btn-primary'));
    await page.getByTestId('settlement-case').waitFor();
    const city = await accountSession(officer);
    try {
      const s = await city.get<SettlementView>(`/health-checks/settlements/${settlementId}`);
      caseId = s.case!.id;
      caseNumber = s.case!.number;
    } finally {
      await city.dispose();
    }
    await openCase(page, caseId);
    await tickAllMaterials(page);
    await runStep(page, 'accept');
    await page.getByTestId('case-status-tag').filter({ hasText: '已受理' }).waitFor();
    await reviewConfirmingChecks(page, shot);
    await signOut(page);
  });

  await step('the city approves and finance pays the settlement’s net to the fen', async () => {
    await signIn(page, reviewer, shot);
    await openCase(page, caseId);
    await runStep(page, 'approve');
    await page.getByTestId('case-status-tag').filter({ hasText: '已批准' }).waitFor();
    await sendToFinance(page, caseNumber);
    await signOut(page);
    await signIn(page, finance, shot);
    const paid = await planApproveAndPay(page, caseNumber, `E2E 体检费用 ${stamp}`, `HC${stamp}PAY`);
    const city = await accountSession(officer);
    try {
      const s = await city.get<SettlementView & { paid: string | null }>(
        `/health-checks/settlements/${settlementId}`,
      );
      const [whole, cents] = s.net.split('.');
      const shown = `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
      const row = await text(paid);
      assert.ok(row.includes(`${shown} 元`), `paid ${s.net}: ${row}`);
      assert.ok(row.includes(HOSPITAL), 'paid to the hospital');
    } finally {
      await city.dispose();
    }
    await shot('paid');
    await signOut(page);
  });
});
