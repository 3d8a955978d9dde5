import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { creditCodeCheckChar } from '@minsheng/rules/national/credit-code.ts';
import type { Locator, Page } from 'playwright-core';
import { accountSession, restorePassword } from './support/account-session.ts';
import { choose } from './support/antd.ts';
import { journeySteps, openJourneyPage, type Shot, text } from './support/browser.ts';
import { bureauDay } from './support/bureau-clock.ts';
import { stamp } from './support/cases-data.ts';
import { type Account, signIn, signOut } from './support/sign-in.ts';

let page: Page;
let shot: Shot;
openJourneyPage('entrepreneurship', (opened) => ({ page, shot } = opened));

const password = process.env.MINSHENG_DEMO_PASSWORD ?? '';
const account = (username: string): Account => ({ username, password });
// The first street's station and expert (王建国), the city reviewer and the demo bank; shared
// accounts get the demo password back afterwards, so later journeys can sign them in.
const officer = account('jd_370902001');
const expert = account('zj_370902001');
const reviewer = account('sj_reviewer');
const bank = account('yh_370900');
after(async () => {
  for (const a of [officer, expert, reviewer, bank]) await restorePassword(a, password);
});

interface ClassItem {
  id: string;
  occupation: string;
  status: string;
  endsOn: string;
}
interface FileItem {
  id: string;
  number: string;
}
interface FileDetail {
  id: string;
  number: string;
  name: string;
  idNumberMasked: string;
  training: { classId: string; endsOn: string } | null;
}

/** `iso` plus `days` calendar days. */
const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const today = bureauDay();
const first17 = `91370902${String(Date.now() % 1e9).padStart(9, '0')}`;
const creditCode = first17 + creditCodeCheckChar(first17);
const contract = `PSBC-E2E-${stamp.toUpperCase()}`;

const modal = () => page.locator('.ant-modal:visible');
/** The control labelled `label` in the open dialog (antd links each form label to its control). */
const field = (label: string) => modal().getByLabel(label, { exact: true });

/** Types a date into the antd DatePicker `input` and confirms it. */
async function pickDate(input: Locator, date: string) {
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/**
 * Picks the option containing `option` in the antd Select of the form item labelled `label`,
 * retrying a click lost in the dropdown's opening animation.
 */
async function select(scope: Locator, label: string, option: string) {
  const control = scope.locator('.ant-form-item', { hasText: label }).locator('.ant-select').first();
  for (let attempt = 1; !(await text(control)).includes(option); attempt++) {
    if (attempt > 4) throw new Error(`could not choose ${option} in ${label}`);
    await control.click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
      .first()
      .click({ timeout: 5_000 })
      .catch(() => {});
  }
}

async function as(user: Account, path: string) {
  await signOut(page).catch(() => {});
  await signIn(page, user, shot);
  await page.goto(new URL(path, page.url()).toString());
}

test('entrepreneurship: an SYB trainee from class to a reviewed plan, a guaranteed loan, an opened business and its 6-month follow-up, all on one file and counted in 开业成功率', async (t) => {
  const step = journeySteps(t, shot);
  let file: FileDetail | undefined;
  let loanPath = '';
  let endedOn = '';

  await step(
    'the station files the trainees of its SYB class on the class page and opens a file',
    async () => {
      assert.ok(password, 'MINSHENG_DEMO_PASSWORD is set by e2e/run.mjs');
      const station = await accountSession(officer);
      try {
        const classes = await station.get<{ items: ClassItem[] }>(
          '/training/classes?programme=entrepreneurship&status=closed&pageSize=100',
        );
        // The demo's SYB class of the first street ended about seven months ago.
        const syb = classes.items
          .filter((c) => c.occupation === '创业培训（SYB）' && c.endsOn < addDays(today, -183))
          .sort((a, b) => b.endsOn.localeCompare(a.endsOn))[0];
        assert.ok(syb, 'the demo has the first street’s closed SYB class');
        await signIn(page, officer, shot);
        await page.goto(new URL(`/training/classes/${syb.id}`, page.url()).toString());
        await page.getByTestId('class-files-create').click();
        await page
          .locator('.ant-popover:visible')
          .getByRole('button', { name: /^建\s*档$/ })
          .click();
        const result = page.getByTestId('class-files-result');
        await result.waitFor();
        assert.match(await text(result), /新建档案 [1-9]\d* 份，已有档案 \d+ 人/);
        await shot('class-files');
        // Every file made here is a trainee's of this class.
        const [number] = (await text(page.getByTestId('class-files-numbers'))).match(/CY-\d{4}-\d{4}/) ?? [];
        assert.ok(number, 'the new files’ numbers are listed');
        const [item] = await station.get<FileItem[]>(`/entrepreneurship/files?q=${number}`);
        file = await station.get<FileDetail>(`/entrepreneurship/files/${item!.id}`);
        assert.equal(file.training?.classId, syb.id);
      } finally {
        await station.dispose();
      }
      assert.ok(file?.training, 'a file linked to the SYB class was created');
      endedOn = file.training.endsOn;
      await page.getByTestId('class-files-result').getByRole('link').click();
      await page.getByLabel('按姓名或档案编号查找').fill(file.number);
      await page.getByLabel('按姓名或档案编号查找').press('Enter');
      await page.getByTestId('files-table').getByRole('link', { name: file.number }).click();
      const header = page.locator('.ant-descriptions').first();
      await header.getByText('创业培训（SYB）', { exact: false }).waitFor();
      assert.match(await text(header), new RegExp(`${endedOn}.*结业`));
      assert.match(await text(header), /考核合格/);
      await shot('file');
    },
  );

  await step('the station submits the business plan and assigns 王建国 to review it', async () => {
    await page.getByTestId('file-plan').click();
    await field('项目名称').fill(`社区便民早餐店${stamp}`);
    await field('所属行业（文字）').fill('餐饮');
    await field('投资额（元）').fill('80000');
    await field('计划带动就业（人）').fill('3');
    await pickDate(field('提交日期'), addDays(endedOn, 5));
    await field('摘要').fill('租用社区临街门面 30 平方米，经营早餐及便民熟食，雇用 2 人。');
    await shot('plan-form');
    await page.getByTestId('plan-save').click();
    const plan = page.getByTestId('plan-card');
    await plan.getByText('待评审').waitFor();
    await plan.getByLabel('选择评审专家').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '王建国' }).click();
    await page.keyboard.press('Escape');
    await plan.getByRole('button', { name: '指派评审' }).click();
    await plan.locator('tr', { hasText: '王建国' }).getByText('待评审').waitFor();
    await shot('plan-assigned');
  });

  await step('the expert finds the plan in his queue and finds it feasible', async () => {
    await as(expert, '/entrepreneurship/reviews');
    const row = page.locator('tr.ant-table-row', { hasText: file!.number });
    await row.getByText(`社区便民早餐店${stamp}`).waitFor();
    await shot('expert-queue');
    await row.getByRole('button', { name: /^评\s*审$/ }).click();
    await modal()
      .locator('label', { hasText: /^可行$/ })
      .click();
    await field('评分（0–100）').fill('86');
    await field('评审意见').fill('选址临近社区，客源稳定，投资测算合理，可行。');
    await page.getByTestId('opinion-save').click();
    await row.getByText('可行').waitFor();
  });

  await step('the file shows the plan approved with the expert’s opinion', async () => {
    await as(officer, `/entrepreneurship/files/${file!.id}`);
    const plan = page.getByTestId('plan-card');
    await plan.getByText('评审通过').waitFor();
    assert.match(await text(plan), /王建国.*可行.*86.*客源稳定/);
    await shot('plan-approved');
  });

  await step('the station files a guaranteed-loan application for the trainee', async () => {
    await page.goto(new URL('/entrepreneurship/loans', page.url()).toString());
    await page.getByTestId('loan-apply').click();
    await choose(page, 'loan-apply-person', `${file!.name}（${file!.idNumberMasked}`, file!.name);
    await select(modal(), '经办银行', '中国邮政储蓄银行');
    await field('申请额度（元）').fill('50000');
    await shot('loan-application');
    await Promise.all([
      page.waitForURL((url) => /^\/entrepreneurship\/loans\/[0-9a-f-]{36}$/.test(url.pathname)),
      page.getByTestId('loan-apply-save').click(),
    ]);
    loanPath = new URL(page.url()).pathname;
    await page.getByText('已申请，待审核').first().waitFor();
  });

  await step('the city reviewer approves it on the rule’s decision and records the guarantee', async () => {
    await as(reviewer, loanPath);
    await page.getByTestId('loan-review').click();
    await page.getByTestId('loan-review-ok').click();
    const decision = page.getByTestId('loan-eligibility');
    await decision.waitFor();
    assert.doesNotMatch(await text(decision), /不符合/, 'every condition of the rule is met');
    await page.getByText('审核通过，待担保').first().waitFor();
    await shot('loan-approved');
    await page.getByTestId('loan-guarantee').click();
    await select(modal(), '反担保方式', '贷款担保基金直接担保');
    await pickDate(field('日期'), today);
    await page.getByTestId('loan-guarantee-ok').click();
    await page.getByText('已落实担保，待放款').first().waitFor();
  });

  await step('the city keeps 王建国’s sign-in account and registers a bank on 经办银行', async () => {
    await page.goto(new URL('/entrepreneurship/experts', page.url()).toString());
    const expertRow = page.getByTestId('experts-table').locator('tr.ant-table-row', { hasText: '王建国' });
    await expertRow.getByRole('button', { name: '关联账号' }).click();
    await modal().getByText(`（${expert.username}，`).waitFor();
    await shot('expert-account');
    await page.getByTestId('expert-account-save').click();
    await page.getByText('已更新专家的登录账号').waitFor();
    await expertRow.getByText(expert.username).waitFor();

    const code = `E2E-${stamp.toUpperCase()}`;
    await page.goto(new URL('/entrepreneurship/lending-banks', page.url()).toString());
    await page.getByTestId('bank-register').click();
    await field('银行名称').fill(`泰安银行肥城支行${stamp}`);
    await field('金融机构编码').fill(code);
    await page.getByTestId('bank-save').click();
    const bankRow = page.getByTestId('banks-table').locator('tr.ant-table-row', { hasText: code });
    await bankRow.getByRole('button', { name: '银行账号' }).click();
    await page.getByTestId('bank-staff-list').getByText('尚未关联账号').waitFor();
    // The demo's one bank account works for 中国邮政储蓄银行 already: named as taken, not offered.
    assert.match(
      await text(page.getByTestId('bank-staff-taken')),
      new RegExp(`已关联其他银行：${bank.username}（中国邮政储蓄银行`),
    );
    assert.ok(await page.getByTestId('bank-staff-select').locator('input').isDisabled(), 'nothing to link');
    await shot('bank-staff');
  });

  await step('the bank disburses the loan', async () => {
    await as(bank, loanPath);
    await page.getByTestId('loan-disburse').click();
    await field('借款合同编号').fill(contract);
    await field('放款本金（元）').fill('50000');
    await field('合同年利率（如 0.0435）').fill('0.0435');
    await pickDate(field('放款日期'), today);
    await page.getByTestId('loan-disburse-ok').click();
    await page.getByText('还款中').first().waitFor();
    assert.equal(Number(await text(page.getByTestId('loan-balance'))), 50_000);
    await shot('loan-disbursed');
  });

  await step('the station records the business opened two months after the class', async () => {
    await as(officer, `/entrepreneurship/files/${file!.id}`);
    await page.getByTestId('file-business').click();
    await page.getByTestId('business-create-page').waitFor();
    // The date first: Enter in the date picker submits the form once it is complete.
    await pickDate(page.getByTestId('business-opened-on'), addDays(endedOn, 60));
    await page.getByTestId('business-credit-code').fill(creditCode);
    await page.getByTestId('business-name').fill(`泰山区${file!.name}早餐店${stamp}`);
    await page.getByTestId('business-sector').fill('早餐及便民熟食');
    await choose(page, 'business-industry', '住宿和餐饮业');
    await shot('business-form');
    const save = page.getByTestId('business-save');
    await Promise.all([
      page.waitForURL((url) => /^\/entrepreneurship\/businesses\/[0-9a-f-]{36}$/.test(url.pathname)),
      // A saving button (already sent) ignores the click; the page that follows is what counts.
      save.click({ force: true, timeout: 5_000 }).catch(() => {}),
    ]);
    await page.getByTestId('business-page').getByText(creditCode).waitFor();
    await shot('business');
  });

  await step('six months after the class, the follow-up finds the business operating', async () => {
    await page.goto(new URL(`/entrepreneurship/files/${file!.id}`, page.url()).toString());
    await page.getByTestId('file-follow-up').click();
    await pickDate(field('日期'), addDays(endedOn, 182));
    await select(modal(), '经营状态', '经营中');
    await field('情况记录').fill('门店正常营业，雇用 2 人，按月还款。');
    await page.getByTestId('follow-up-save').click();
    await page.getByTestId('file-timeline').getByText('门店正常营业').waitFor();
  });

  await step('the station records an internship and the trainee joins 创业者联谊会', async () => {
    await page.getByTestId('internship-add').click();
    await field('见习单位或见习基地').fill(`泰安市创业孵化基地${stamp}`);
    await pickDate(field('开始日期'), addDays(endedOn, 10));
    await pickDate(field('结束日期'), addDays(endedOn, 40));
    await field('见习岗位及结果').fill('店长助理，见习期满');
    await shot('internship-form');
    await page.getByTestId('internship-save').click();
    await page.getByTestId('internships-table').getByText(`泰安市创业孵化基地${stamp}`).waitFor();
    await page.getByTestId('association-toggle').click();
    await pickDate(field('加入日期'), addDays(endedOn, 90));
    // Enter in the dialog's one input may have submitted it already; a saving button ignores the click.
    await page
      .getByTestId('association-save')
      .click({ timeout: 5_000 })
      .catch(() => {});
    await page.getByText(`会员（${addDays(endedOn, 90)} 加入）`).waitFor();
    await shot('internship-association');
  });

  await step(
    'the file is one page: class, plan, review, loan, business, follow-up, internship and 联谊会 in one timeline',
    async () => {
      const timeline = page.getByTestId('file-timeline');
      const all = await text(timeline);
      for (const kind of ['培训', '计划书', '专家评审', '贷款', '开业', '跟踪指导', '见习', '联谊会'])
        assert.ok(all.includes(kind), `the timeline has a ${kind} entry`);
      assert.ok(all.includes(`社区便民早餐店${stamp}`));
      assert.ok(all.includes(`泰山区${file!.name}早餐店${stamp}`));
      await timeline.scrollIntoViewIfNeeded();
      await shot('file-timeline');
    },
  );

  await step(
    '创业计划进展 of the class’s year counts the trainee as opened within 3 and 6 months',
    async () => {
      const year = endedOn.slice(0, 4);
      for (const figure of ['opened3', 'opened6']) {
        await page.goto(new URL(`/entrepreneurship/kpis?year=${year}`, page.url()).toString());
        await page.getByTestId('entrepreneurship-kpis-table').getByText('半年内开业成功率').waitFor();
        await page.getByTestId(`kpi-drill-${figure}`).first().click();
        const row = page
          .getByTestId('entrepreneurship-kpis-drilldown-table')
          .locator('tr.ant-table-row', { hasText: file!.number });
        await row.waitFor();
        const shown = await text(row);
        assert.ok(shown.includes(file!.idNumberMasked), 'the ID number is shown masked');
        assert.ok(shown.includes(addDays(endedOn, 60)));
        await shot(`kpis-drilldown-${figure}`);
      }
    },
  );
});
