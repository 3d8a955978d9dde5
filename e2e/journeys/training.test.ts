import assert from 'node:assert/strict';
import { test } from 'node:test';
import { residentIdCheckDigit } from '@minsheng/rules/national/resident-id.ts';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import {
  type AccountSession,
  institutionChainAccounts,
  accountSession as session,
} from './support/account-session.ts';
import { choose, fieldInput } from './support/antd.ts';
import { journeySteps, openJourneyPage, type Shot, text, waitForPage } from './support/browser.ts';
import { bureauDay } from './support/bureau-clock.ts';
import {
  modalClick,
  openCase,
  reviewConfirmingChecks,
  runStep,
  tickAllMaterials,
} from './support/case-page.ts';
import { registerPerson } from './support/case-setup.ts';
import { stamp } from './support/cases-data.ts';
import { planApproveAndPay, sendToFinance } from './support/finance.ts';
import { signIn, signOut } from './support/sign-in.ts';

let page: Page;
let shot: Shot;
openJourneyPage('training', (opened) => ({ page, shot } = opened));

const { password, institution, officer, reviewer, finance } = institutionChainAccounts();

interface ClassView {
  id: string;
  number: string;
  version: number;
  status: string;
  occupation: string;
  endsOn: string;
}
interface Trainee {
  id: string;
  status: string;
  attendedDays: number;
}
interface Progress {
  org: { id: number };
  total: { reemployed: number };
}
interface Drilldown {
  items: { personId: string; classId: string }[];
}
interface Roster {
  number: string;
  totals: { cases: number; approvedAmount: string; paidAmount: string };
  rows: {
    caseId: string | null;
    caseNumber: string | null;
    amount: string | null;
    paidAmount: string | null;
  }[];
}

/** Three new persons of the first street: two registered unemployed (eligible), one not registered. */
const applicants = ['子', '丑', '寅'].map((n, i) => {
  const first17 = `370902199803${String(11 + i).padStart(2, '0')}${String(100 + ((Date.now() + i * 13) % 900)).slice(-3)}`;
  return { name: `育婴学员${n}${stamp}`, idNumber: first17 + residentIdCheckDigit(first17) };
});

async function enrolSheet() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('学员名单');
  ws.addRow(['公民身份号码', '姓名']);
  for (const a of applicants) ws.addRow([a.idNumber, a.name]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Types a date into the antd DatePicker `testId` and confirms it. */
async function pickDate(page: Page, testId: string, day: string) {
  const input = fieldInput(page, testId);
  await input.click();
  await input.fill(day);
  await input.press('Enter');
}

/** Waits until the class page's roster table has rows and no spinner. */
async function rosterSettled() {
  await page
    .getByTestId('roster-preview-table')
    .locator('.ant-table-tbody tr.ant-table-row')
    .first()
    .waitFor();
  await waitForPage(
    page,
    `!document.querySelector('[data-testid="roster-preview-table"] .ant-spin-spinning')`,
  );
}

/** With the three signed-in sessions the journey prepares through the API. */
async function withSessions(
  fn: (inst: AccountSession, station: AccountSession, city: AccountSession) => Promise<void>,
) {
  const [inst, station, city] = [await session(institution), await session(officer), await session(reviewer)];
  try {
    await fn(inst, station, city);
  } finally {
    await Promise.all([inst.dispose(), station.dispose(), city.dispose()]);
  }
}

test('training: an institution designated after its notice; a class opened and enrolled by import; an ended class closed, its roster paid and its re-employment counted', async (t) => {
  const step = journeySteps(t, shot);
  let ended: ClassView;
  let opened: ClassView;
  let caseIds: string[] = [];
  let caseNumbers: string[] = [];
  let rosterAmounts: string[] = [];

  await step('the registry holds the applicants', async () => {
    assert.ok(password, 'MINSHENG_DEMO_PASSWORD is set by e2e/run.mjs');
    await withSessions(async (inst, station) => {
      for (const [i, a] of applicants.entries()) {
        const id = await registerPerson(station, {
          ...a,
          address: '泰安市泰山区岱宗大街 8 号',
          phone: `1380000${String(Date.now() % 1000).padStart(3, '0')}${i}`,
        });
        if (i < 2)
          await station.post(`/persons/${id}/unemployment-registrations`, {
            registeredOn: bureauDay(-30),
            certificateNumber: `JY${stamp}${i}000`,
            reason: 'contract_dissolved',
          });
      }
      const list = await inst.get<{ items: ClassView[] }>('/training/classes?pageSize=100');
      const running = list.items.find((c) => c.status === 'running' && c.occupation === '中式烹调师');
      assert.ok(running, 'the demo has an ended cooking class awaiting its results');
      ended = running;
    });
  });

  await step('the institution applies for a childcare class on the application form', async () => {
    await signIn(page, institution, shot);
    await page.goto(new URL('/training/classes', page.url()).toString());
    await page.getByTestId('class-apply').click();
    await page.getByTestId('class-form').waitFor();
    await choose(page, 'class-occupation', '育婴员');
    await choose(page, 'class-level', '五级');
    await pickDate(page, 'class-starts-on', bureauDay(3));
    await pickDate(page, 'class-ends-on', bureauDay(40));
    await fieldInput(page, 'class-hours').fill('120');
    await fieldInput(page, 'class-place').fill('泰山区岱宗大街 126 号 实训楼二层（育婴实训室）');
    // the institution's own teachers of the occupation, named with it
    await choose(page, 'class-teachers', '（育婴员）');
    // a click beside the multiple select closes its list
    await page.getByTestId('class-form').locator('.ant-typography').first().click();
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'detached' });
    await fieldInput(page, 'class-fee').fill('800.00');
    await fieldInput(page, 'class-capacity').fill('30');
    await waitForPage(
      page,
      `!document.querySelector('[data-testid="class-form"] .ant-form-item-explain-error')`,
    );
    await shot('class-application-form');
    const [applied] = await Promise.all([
      page.waitForResponse(
        (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/training/classes',
      ),
      page.getByTestId('class-save').click(),
    ]);
    assert.equal(applied.status(), 200, await applied.text());
    opened = (await applied.json()) as ClassView;
    assert.equal(opened.status, 'applied');
    await page.waitForURL((url) => url.pathname === '/training/classes');
    await page.goto(new URL(`/training/classes/${opened.id}`, page.url()).toString());
    await page.getByTestId('class-detail').getByText('待审批').first().waitFor();
    await shot('class-applied');
    await signOut(page);
  });

  await step('the reviewer publishes the notice of the institution awaiting review', async () => {
    await signIn(page, reviewer, shot);
    await page.goto(new URL('/training/institutions', page.url()).toString());
    await page.getByTestId('institutions-table').getByText('肥城市新城职业技能培训学校').click();
    await page.getByTestId('institution-pass').click();
    await pickDate(page, 'institution-notice-ends', bureauDay(21));
    await modalClick(page, page.getByTestId('institution-pass-save'));
    await page.getByTestId('institution-profile').getByText('公示中').first().waitFor();
    await shot('institution-in-notice');
  });

  await step('the reviewer designates the institution whose notice has ended', async () => {
    await page.goto(new URL('/training/institutions', page.url()).toString());
    await page.getByTestId('institutions-table').getByText('泰安市泰山区技工培训中心').click();
    await page.getByTestId('institution-designate').click();
    await modalClick(page, page.getByTestId('institution-designate-save'));
    await page.getByTestId('institution-profile').getByText('已认定').first().waitFor();
    await shot('institution-designated');
  });

  await step('the reviewer approves the new class', async () => {
    await page.goto(new URL(`/training/classes/${opened.id}`, page.url()).toString());
    await page.getByTestId('class-approve').click();
    await modalClick(page, page.getByTestId('class-dialog-ok'));
    await page.getByTestId('class-detail').getByText('已批准').first().waitFor();
    await shot('class-approved');
    await signOut(page);
  });

  await step(
    'the institution imports three trainees and sees the one without registration refused',
    async () => {
      await signIn(page, institution, shot);
      await page.goto(new URL(`/training/classes/${opened.id}/trainees`, page.url()).toString());
      await page.getByTestId('trainee-import').click();
      await page.locator('.ant-modal:visible input[type=file]').setInputFiles({
        name: '育婴员学员名单.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: await enrolSheet(),
      });
      await modalClick(page, page.getByTestId('enrol-import-submit'));
      const summary = page.getByTestId('enrol-import-summary');
      await summary.waitFor();
      assert.match(await text(summary), /已报名 2 行；1 行未报名/);
      const errors = page.getByTestId('enrol-import-errors');
      assert.equal(await errors.locator('.ant-table-tbody tr.ant-table-row').count(), 1);
      assert.match(await text(errors), /无有效的失业登记|不符合/);
      await shot('enrol-import-refused');
    },
  );

  await step('on the ended class the institution calls the roll and enters the results', async () => {
    await page.goto(new URL(`/training/classes/${ended.id}/trainees`, page.url()).toString());
    await page.getByTestId('trainees-table').waitFor();
    await page.getByTestId('trainee-roll-call').click();
    const [saved] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/api/training/classes/${ended.id}/attendance`)),
      modalClick(page, page.getByTestId('roll-call-save')),
    ]);
    assert.equal(saved.status(), 200, await saved.text());
    await shot('roll-call');
    let completing: string[] = [];
    await withSessions(async (inst) => {
      const { items } = await inst.get<{ items: Trainee[] }>(`/training/classes/${ended.id}/trainees`);
      const detail = await inst.get<ClassView & { days: number }>(`/training/classes/${ended.id}`);
      completing = items.filter((x) => x.attendedDays * 100 >= 80 * detail.days).map((x) => x.id);
    });
    assert.ok(completing.length > 0, 'some trainees attended enough to complete');
    const table = page.getByTestId('trainees-table');
    for (const [i, id] of completing.entries()) {
      const row = table.locator(`tr[data-row-key="${id}"]`);
      await row.getByTestId('trainee-result').click();
      await choose(page, 'result-value', '合格');
      await pickDate(page, 'result-on', ended.endsOn);
      await fieldInput(page, 'result-certificate-number').fill(`ZY${stamp}${String(i).padStart(2, '0')}`);
      await pickDate(page, 'result-issued-on', ended.endsOn);
      await fieldInput(page, 'result-issuer').fill('泰安市职业技能鉴定指导中心');
      if (i === 0) await shot('result-form');
      await modalClick(page, page.getByTestId('result-save'));
      await row.filter({ hasText: '合格' }).waitFor();
    }
    await shot('results-entered');
  });

  await step('the institution closes the class and submits its subsidy roster', async () => {
    await page.goto(new URL(`/training/classes/${ended.id}`, page.url()).toString());
    await page.getByTestId('class-close').click();
    await page.getByTestId('class-dialog-text').fill('教学计划全部完成，合格学员均已取得职业资格证书。');
    await modalClick(page, page.getByTestId('class-dialog-ok'));
    await page.getByTestId('class-detail').getByText('已结业').first().waitFor();
    await page.locator('.ant-modal:visible').waitFor({ state: 'detached' });
    await rosterSettled();
    await page.getByTestId('roster-submit').waitFor();
    await shot('roster-preview');
    // What the roster decides before it is filed (once filed, the lines show their cases).
    await withSessions(async (inst) => {
      const preview = await inst.post<{ lines: { eligible: boolean; amount: string | null }[] }>(
        `/training/classes/${ended.id}/roster/preview`,
        {},
      );
      rosterAmounts = preview.lines.filter((l) => l.eligible).map((l) => l.amount!);
    });
    await page.getByTestId('roster-submit').click();
    await modalClick(page, page.locator('.ant-popconfirm:visible .ant-btn-primary'));
    await page.getByTestId('roster-cases-table').waitFor();
    await withSessions(async (inst) => {
      const [roster] = await inst.get<Roster[]>(`/training/classes/${ended.id}/rosters`);
      assert.ok(roster && roster.totals.cases > 0, 'the roster became cases');
      const cases = roster.rows.filter((r) => r.caseId);
      caseIds = cases.map((r) => r.caseId!);
      caseNumbers = cases.map((r) => r.caseNumber!);
    });
    // the filed lines show their cases, and nothing is left to submit
    const preview = page.getByTestId('roster-preview-table');
    for (const number of caseNumbers) await preview.getByRole('link', { name: number }).waitFor();
    await rosterSettled();
    assert.equal(await page.getByTestId('roster-submit').count(), 0, 'no submit button once all are filed');
    assert.doesNotMatch(await text(preview), /已享受过同类一次性培训补贴/);
    await shot('roster-submitted');
    await signOut(page);
  });

  await step('the street officer accepts the roster cases', async () => {
    await signIn(page, officer, shot);
    for (const id of caseIds) {
      await openCase(page, id);
      await tickAllMaterials(page);
      await runStep(page, 'accept');
      await page.getByTestId('case-status-tag').filter({ hasText: '已受理' }).waitFor();
    }
    await signOut(page);
  });

  await step('the reviewer reviews, approves and sends them to finance', async () => {
    await signIn(page, reviewer, shot);
    for (const id of caseIds) {
      await openCase(page, id);
      await reviewConfirmingChecks(page, shot);
      await runStep(page, 'approve');
      await page.getByTestId('case-status-tag').filter({ hasText: '已批准' }).waitFor();
    }
    for (const number of caseNumbers) await sendToFinance(page, number);
    await signOut(page);
  });

  await step('finance plans and pays each case', async () => {
    await signIn(page, finance, shot);
    for (const [i, number] of caseNumbers.entries())
      await planApproveAndPay(page, number, `E2E 培训补贴 ${stamp}${i}`, `BOC${stamp}T${i}`);
    await shot('plans-paid');
    await signOut(page);
  });

  await step('the institution sees the paid amounts equal to the roster', async () => {
    await signIn(page, institution, shot);
    await page.goto(new URL(`/training/classes/${ended.id}`, page.url()).toString());
    const table = page.getByTestId('roster-cases-table');
    await table.waitFor();
    await withSessions(async (inst) => {
      const [roster] = await inst.get<Roster[]>(`/training/classes/${ended.id}/rosters`);
      const paid = roster!.rows.filter((r) => r.caseId).map((r) => r.paidAmount);
      assert.deepEqual(paid, rosterAmounts);
      assert.equal(roster!.totals.paidAmount, roster!.totals.approvedAmount);
    });
    await shot('roster-paid');
  });

  await step(
    "a completed trainee's employment registration raises the class's re-employment figure",
    async () => {
      const where = `year=${ended.endsOn.slice(0, 4)}`;
      let before = 0;
      let orgId = 0;
      let personId = '';
      await withSessions(async (_inst, _station, city) => {
        const progress = await city.get<Progress>(`/training/progress?${where}`);
        ({ reemployed: before } = progress.total);
        orgId = progress.org.id;
        const drill = (figure: string) =>
          city.get<Drilldown>(`/training/progress/drilldown?${where}&figure=${figure}&pageSize=200`);
        const working = new Set((await drill('reemployed')).items.map((i) => i.personId));
        const trainee = (await drill('trained')).items.find(
          (i) => i.classId === ended.id && !working.has(i.personId),
        );
        assert.ok(trainee, 'a completed trainee of the class has not found work yet');
        personId = trainee.personId;
      });
      await signOut(page);
      await signIn(page, officer, shot);
      await page.goto(new URL(`/persons/${personId}`, page.url()).toString());
      await page.getByTestId('employment-add').click();
      await fieldInput(page, 'employment-employer').fill('泰安市泰山区岱宗大酒店');
      const started = fieldInput(page, 'employment-started-on');
      await started.click();
      await started.fill(bureauDay(0));
      await started.press('Enter');
      await page.getByTestId('employment-submit').click();
      await page.getByTestId('employment-status').filter({ hasText: '已就业' }).waitFor();
      await shot('trainee-employed');
      await signOut(page);

      await signIn(page, reviewer, shot);
      await page.goto(new URL(`/training/progress?${where}`, page.url()).toString());
      const figure = page.getByTestId(`progress-reemployed-${orgId}`).last();
      await figure.waitFor();
      await page.waitForFunction(
        `!document.querySelector('[data-testid="training-progress-table"] .ant-spin-spinning')`,
      );
      assert.equal(Number(await text(figure)), before + 1);
      await shot('progress-reemployed');
    },
  );

  await step(
    'the reviewer reads the year’s report and the league table; anyone the public list',
    async () => {
      const year = ended.endsOn.slice(0, 4);
      await page.goto(new URL(`/training/report?year=${year}`, page.url()).toString());
      const report = page.getByTestId('training-report-table');
      await report.waitFor();
      assert.match(await text(report), /泰山区[\s\S]*合计/);
      await shot('progress-report');

      await page.goto(new URL('/training/league', page.url()).toString());
      const league = page.getByTestId('training-league-table');
      await league.getByText('泰安市岱宗职业培训学校').first().waitFor();
      await shot('league');
      await signOut(page);

      await page.goto(new URL('/public/training', page.url()).toString());
      const listed = page.getByTestId('public-institutions');
      await listed.getByText('泰安市泰山区技工培训中心').first().waitFor();
      assert.match(await text(listed), /泰安市岱宗职业培训学校/);
      assert.doesNotMatch(
        await text(listed),
        /\d{6}(19|20)\d{2}[01]\d[0-3]\d{4}/,
        'no ID number on the public list',
      );
      await shot('public-list');
    },
  );
});
