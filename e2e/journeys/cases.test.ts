import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { institutionChainAccounts, accountSession as session } from './support/account-session.ts';
import { choose } from './support/antd.ts';
import { journeySteps, openJourneyPage, type Shot, text } from './support/browser.ts';
import { bureauDay } from './support/bureau-clock.ts';
import {
  modalClick,
  openCase,
  reviewConfirmingChecks,
  runStep,
  tickAllMaterials,
} from './support/case-page.ts';
import {
  type BatchRow,
  type CaseFile,
  prepareRegistry,
  rosterFile,
  stamp,
  trainees,
  ZHUHAI,
  ZHUHAI_NAME,
} from './support/cases-data.ts';
import { planApproveAndPay, sendToFinance } from './support/finance.ts';
import { signIn, signOut } from './support/sign-in.ts';

let page: Page;
let shot: Shot;
openJourneyPage('cases', (opened) => ({ page, shot } = opened));

const { password, institution, officer, reviewer, finance } = institutionChainAccounts();

test('cases: a roster from a training institution, accepted, reviewed, approved, paid and reconciled; a second claim is refused', async (t) => {
  const step = journeySteps(t, shot);
  let personIds: string[] = [];
  let rows: BatchRow[] = [];
  let planUrl = '';
  const caseOf = (i: number) => rows[i]!;

  await step('the registry holds the trainees, their contracts and contributions', async () => {
    assert.ok(password, 'MINSHENG_DEMO_PASSWORD is set by e2e/run.mjs');
    const [inst, station, city] = [
      await session(institution),
      await session(officer),
      await session(reviewer),
    ];
    try {
      personIds = await prepareRegistry(inst, station, city);
    } finally {
      await Promise.all([inst.dispose(), station.dispose(), city.dispose()]);
    }
  });

  await step('the institution uploads a roster of three trainees and sees one case per row', async () => {
    await signIn(page, institution, shot);
    await page.getByTestId('side-menu').getByText('花名册').click();
    await page.getByTestId('roster-upload').click();
    await choose(page, 'roster-case-type', ZHUHAI_NAME);
    await page.locator('.ant-modal:visible input[type=file]').setInputFiles({
      name: '岱宗职业培训学校花名册.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await rosterFile(trainees),
    });
    await shot('roster-upload');
    const [response] = await Promise.all([
      page.waitForResponse(
        (r) => new URL(r.url()).pathname === '/api/case-batches' && r.request().method() === 'POST',
      ),
      modalClick(page, page.getByTestId('roster-submit')),
    ]);
    assert.equal(response.status(), 200, await response.text());
    rows = ((await response.json()) as { rows: BatchRow[] }).rows;
    await page.waitForURL((url) => /^\/case-batches\/[0-9a-f-]{36}$/.test(url.pathname));
    const totals = page.getByTestId('batch-totals');
    await totals.waitFor();
    assert.match(await text(totals), /总行数3生成案件3错误行0/);
    const table = page.getByTestId('batch-rows');
    for (const r of rows) {
      assert.ok(r.caseNumber, `row ${r.row} became a case`);
      await table.locator('tr', { hasText: r.caseNumber }).filter({ hasText: '待受理' }).waitFor();
    }
    await shot('batch-page');
    await signOut(page);
  });

  await step('the station officer accepts two cases and returns one with a supplement notice', async () => {
    await signIn(page, officer, shot);
    for (const i of [0, 1]) {
      await openCase(page, caseOf(i).caseId!);
      await tickAllMaterials(page);
      await runStep(page, 'accept');
      await page.getByTestId('case-status-tag').filter({ hasText: '已受理' }).waitFor();
    }
    await openCase(page, caseOf(2).caseId!);
    await page.getByTestId('case-action-return').click();
    await page.locator('.ant-modal:visible textarea').first().fill('证书复印件不清晰');
    await modalClick(page, page.getByTestId('case-step-ok'));
    const result = page.getByTestId('case-step-result');
    await result.waitFor();
    assert.match(await text(result), /BZ-\d{4}-\d{6}/);
    await shot('supplement-notice');
    await modalClick(page, page.getByTestId('case-step-close'));
    await page.getByTestId('supplement-notice-number').first().waitFor();
    assert.match(await text(page.getByTestId('supplement-notice-number').first()), /BZ-\d{4}-\d{6}/);
    await signOut(page);
  });

  await step('the reviewer reviews a case, reads the rule explanation and approves it', async () => {
    await signIn(page, reviewer, shot);
    await openCase(page, caseOf(0).caseId!);
    const pending = (await reviewConfirmingChecks(page, shot)).includes('待人工审核');
    // A check only the evaluation raises (a deadline in a year whose holidays are not published
    // yet) is confirmed by re-evaluating with every check ticked.
    if (pending) {
      const result = page.getByTestId('case-step-result');
      await page.getByTestId('case-action-re_evaluate').click();
      const boxes = page.locator('.ant-modal:visible [data-testid^="review-check-"]');
      await boxes.first().waitFor();
      for (const box of await boxes.all()) await box.check();
      await page.getByTestId('re-evaluate-reason').fill('已对照国务院办公厅节假日安排通知核对期限');
      await modalClick(page, page.getByTestId('case-step-ok'));
      await result.waitFor();
      await modalClick(page, page.getByTestId('case-step-close'));
    }
    await page.getByRole('tab', { name: '事实与规则' }).click();
    const explanation = page.getByTestId('case-explanation');
    await explanation.waitFor();
    assert.match(await text(explanation), /[\u4e00-\u9fa5]{4,}/, 'a Chinese explanation line');
    await runStep(page, 'approve');
    await page.getByTestId('case-status-tag').filter({ hasText: '已批准' }).waitFor();
    await shot('approved');
  });

  await step('the reviewer sends the approved case to finance', async () => {
    await sendToFinance(page, caseOf(0).caseNumber!);
    await shot('sent-to-finance');
    await signOut(page);
  });

  await step(
    'finance makes a payment plan, approves it, pays it with a bank reference and reconciles it',
    async () => {
      await signIn(page, finance, shot);
      const payment = await planApproveAndPay(
        page,
        caseOf(0).caseNumber!,
        `E2E 用款计划 ${stamp}`,
        `BOC${stamp}0001`,
      );
      planUrl = page.url();
      await shot('plan-paid');
      // The bank statement agrees: reconciling confirms the payment (nothing returned).
      await page.getByTestId('plan-reconcile').click();
      await modalClick(page, page.getByTestId('plan-reconcile-submit'));
      await payment.filter({ hasText: '已对账' }).waitFor();
      assert.match(await text(page.getByTestId('plan-totals')), /已对账1 笔 \/ 1,300\.00 元/);
    },
  );

  await step('the person page shows the payment', async () => {
    await page.goto(new URL(`/persons/${personIds[0]}`, planUrl).toString());
    const panel = page.getByRole('region', { name: '申请与待遇' });
    await panel.getByTestId('person-case-paid').filter({ hasText: '已拨付' }).waitFor();
    assert.match(await text(panel), new RegExp(`${caseOf(0).caseNumber}[\\s\\S]*已拨付 1,300\\.00 元`));
    await shot('person-paid');
    await signOut(page);
  });

  await step('a second claim for the same person and level is refused, naming the earlier case', async () => {
    const first = caseOf(0).caseNumber!;
    const [inst, station, city] = [
      await session(institution),
      await session(officer),
      await session(reviewer),
    ];
    let second: CaseFile;
    try {
      const batch = await inst.post<{ rows: BatchRow[] }>('/case-batches', {
        caseTypeId: ZHUHAI,
        rows: [
          {
            name: trainees[0]!.name,
            idNumber: trainees[0]!.idNumber,
            occupation: '焊工',
            level: '三级',
            certificateNumber: trainees[0]!.certificateNumber,
            issuedOn: bureauDay(-20),
          },
        ],
      });
      const caseId = batch.rows[0]!.caseId;
      assert.ok(caseId, JSON.stringify(batch.rows[0]));
      second = await station.get<CaseFile>(`/cases/${caseId}`);
      second = await station.post<CaseFile>(`/cases/${caseId}/accept`, {
        version: second.version,
        materials: second.materials.map((m) => ({ code: m.code, provided: true })),
      });
      second = await city.post<CaseFile>(`/cases/${caseId}/review`, {
        version: second.version,
        checks: { training_materials: { confirmed: true }, appraisal_materials: { confirmed: true } },
      });
    } finally {
      await Promise.all([inst.dispose(), station.dispose(), city.dispose()]);
    }
    await signIn(page, reviewer, shot);
    await openCase(page, second.id);
    await page.getByRole('tab', { name: '事实与规则' }).click();
    const conditions = page.getByTestId('case-conditions');
    await conditions.waitFor();
    // The rule itself names the earlier case; 批准 is not offered on 不符合, only 不予批准.
    assert.match(
      await text(conditions),
      new RegExp(`该等级补贴已享受过，每个等级每人只能享受一次.*与已有申领 ${first}（\\d{4}-\\d{2}-\\d{2}`),
    );
    assert.doesNotMatch(await text(conditions), /level_|appraisal|training/);
    assert.equal(await page.getByTestId('case-action-approve').count(), 0);
    await page.getByTestId('case-action-reject').waitFor();
    await shot('second-claim-refused');
  });
});
