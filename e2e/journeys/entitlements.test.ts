import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { accountSession as session } from './support/account-session.ts';
import { choose, fieldInput } from './support/antd.ts';
import { journeySteps, openJourneyPage, type Shot, text } from './support/browser.ts';
import { lastDay, month } from './support/bureau-clock.ts';
import { payCases } from './support/case-chain.ts';
import { modalClick, openCase } from './support/case-page.ts';
import { enableWithParameter, registerPerson } from './support/case-setup.ts';
import { signIn, signOut } from './support/sign-in.ts';
import { journeyMan, runStamp as stamp, stationJourneyAccounts } from './support/station-journey.ts';

let page: Page;
let shot: Shot;
openJourneyPage('entitlements', (opened) => ({ page, shot } = opened));

const { password, officer, reviewer, finance } = stationJourneyAccounts();

const POLICY = 'county-city.public-welfare-post';
// A man born 1974 ("4050"), urban and local, unemployed and determined a 就业困难人员, placed on a
// public-welfare post five months ago; the source case paid the month before the entitlement.
const person = journeyMan('岗位', '370902', '19740312');
const POST_TITLE = `社区公共环境维护${stamp}`;
// The three paid months; the re-employment is recorded after they are paid but began in the
// second, after its 1st: the fourth list stops him, and finds the third paid though not due.
const months = [month(3), month(2), month(1)];
const FOURTH = month(0);
const REEMPLOYED_ON = `${month(2)}-15`;
const PLACED_ON = `${month(5)}-01`;
const NEW_EMPLOYER = '泰安市岱宗物流有限公司';

const go = (path: string) => page.goto(new URL(path, page.url()).toString());

interface CaseFile {
  id: string;
  number: string;
  version: number;
  status: string;
  materials: { code: string }[];
}

/** The city reviewer generates the list of `ym` on 发放名单 and lands on the run's page. */
async function generateList(ym: string) {
  await go('/entitlements/runs');
  await page.getByRole('heading', { name: '发放名单' }).waitFor();
  await page.getByTestId('run-create').click();
  const modal = page.locator('.ant-modal:visible');
  await modal.waitFor();
  await choose(page, 'run-policy', '公益性岗位');
  if (ym === months[0]) await shot('run-modal');
  const picker = fieldInput(page, 'run-month');
  await modalClick(page, picker);
  await picker.fill(ym);
  await picker.press('Enter');
  await Promise.all([
    page.waitForURL((url) => /^\/entitlements\/runs\/[0-9a-f-]{36}$/.test(url.pathname)),
    modalClick(page, page.getByTestId('run-submit')),
  ]);
  await page.getByRole('heading', { name: /^发放名单 / }).waitFor();
}

test('recurring entitlements: a public-welfare post holder is paid three months; re-employment in the registry stops the fourth with its reason', async (t) => {
  const step = journeySteps(t, shot);
  let personId = '';
  let employerId = '';
  let employerName = '';
  let source: CaseFile;
  let entitlementUrl = '';
  const filed: string[] = [];
  const amounts: string[] = [];

  await step(
    'the registry holds the man, his determination and contract; his first month is approved',
    async () => {
      assert.ok(password, 'MINSHENG_DEMO_PASSWORD is set by e2e/run.mjs');
      const [station, city] = [await session(officer), await session(reviewer)];
      try {
        await enableWithParameter(city, POLICY, '公益性岗位补贴', {
          name: 'minimum_monthly_wage',
          effectiveFrom: '2009-01-01',
          value: '2200',
          refDoc: '本市企业最低工资标准（浏览器测试）',
        });
        for (const [key, value] of [
          ['pension', '640'],
          ['medical', '300'],
          ['unemployment', '28'],
        ] as const)
          await city.put(`/policies/${POLICY}/parameters/employer_minimum_contribution`, {
            key,
            effectiveFrom: '2009-01-01',
            value,
            refDoc: '本市社会保险缴费基数下限及单位缴费比例（浏览器测试）',
          });
        personId = await registerPerson(station, {
          ...person,
          address: '泰安市泰山区岱庙街道 26 号',
          phone: `1370000${String(Date.now() % 10_000).padStart(4, '0')}`,
        });
        await station.post(`/persons/${personId}/unemployment-registrations`, {
          registeredOn: `${month(8)}-01`,
          certificateNumber: `JY${stamp}0003`,
          reason: 'contract_dissolved',
        });
        await city.post(`/persons/${personId}/difficulty-determinations`, {
          category: 'urban_unemployed_4050',
          evidence: '《就业创业证》及身份证（浏览器测试）',
          decidedOn: `${month(7)}-01`,
        });
        const employers = await station.get<{ items: { id: string; name: string }[] }>(
          '/employers?pageSize=1',
        );
        const employer = employers.items[0];
        assert.ok(employer, 'the street has an employer');
        ({ id: employerId, name: employerName } = employer);
        await station.post(`/persons/${personId}/contracts`, {
          employerId,
          termKind: 'fixed',
          signedOn: `${month(5)}-01`,
          startsOn: `${month(5)}-01`,
          endsOn: lastDay(month(-31)),
        });
        // the employer's claim for the month before the entitlement, approved
        let c = await station.post<CaseFile>('/cases', {
          caseTypeId: POLICY,
          applicantKind: 'employer',
          employerId,
          personId,
          application: {
            employer: { kind: 'public_welfare' },
            insurancePaid: true,
            period: { fromMonth: month(4), toMonth: month(4) },
          },
        });
        const materials = c.materials.map((m) => ({ code: m.code, provided: true }));
        c = await station.post<CaseFile>(`/cases/${c.id}/submit`, { version: c.version, materials });
        c = await station.post<CaseFile>(`/cases/${c.id}/accept`, { version: c.version, materials });
        c = await city.post<CaseFile>(`/cases/${c.id}/review`, {
          version: c.version,
          checks: { roster_and_receipts: { confirmed: true } },
        });
        c = await city.post<CaseFile>(`/cases/${c.id}/approve`, { version: c.version });
        assert.equal(c.status, 'approved');
        source = c;
      } finally {
        await Promise.all([station.dispose(), city.dispose()]);
      }
    },
  );

  await step('the station registers his post in 公益性岗位台账', async () => {
    await signIn(page, officer, shot);
    await registerPost(employerName);
    await shot('post-registered');
  });

  await step(
    'the station sets the approved case up as a monthly entitlement from the next month',
    async () => {
      await openCase(page, source.id);
      await page.getByTestId('entitlement-setup').click();
      const modal = page.locator('.ant-modal:visible');
      await modal.waitFor();
      // the start month defaults to the month after the claimed one
      assert.equal(await fieldInput(page, 'entitlement-start-month').inputValue(), months[0]);
      await choose(page, 'entitlement-post', POST_TITLE);
      await shot('setup');
      await Promise.all([
        page.waitForURL((url) => /^\/entitlements\/[0-9a-f-]{36}$/.test(url.pathname)),
        modalClick(page, page.getByTestId('entitlement-setup-save')),
      ]);
      entitlementUrl = page.url();
      await page.getByRole('heading', { name: `定期待遇：${person.name}` }).waitFor();
      assert.match(await text(page.getByTestId('entitlement-status')), /发放中/);
      assert.match(await text(page.locator('main')), new RegExp(source.number));
      await signOut(page);
    },
  );

  await step('the city reviewer generates the lists of three consecutive months', async () => {
    await signIn(page, reviewer, shot);
    for (const ym of months) {
      await generateList(ym);
      const row = page.getByTestId('run-listed').locator('tr.ant-table-row', { hasText: person.name });
      await row.waitFor();
      assert.match(await text(row), new RegExp(ym));
      const link = row.locator('a[href^="/cases/"]');
      const href = (await link.getAttribute('href')) ?? '';
      filed.push(href.split('/').pop() ?? '');
      amounts.push((await text(row.locator('td').nth(3))).trim());
      assert.equal(
        await page.getByTestId('run-stopped').locator('tr.ant-table-row', { hasText: person.name }).count(),
        0,
      );
      await shot(`run-${ym}`);
    }
    await signOut(page);
  });

  await step('the three filed cases go through the chain and are paid', async () => {
    const [station, city, money] = [await session(officer), await session(reviewer), await session(finance)];
    try {
      await payCases({ station, city, finance: money }, filed, {
        checks: ['roster_and_receipts'],
        planTitle: `公益性岗位补贴 ${stamp}`,
        bankReference: `BOC${stamp}0027`,
      });
    } finally {
      await Promise.all([station.dispose(), city.dispose(), money.dispose()]);
    }
  });

  await step('the entitlement shows three paid periods with their amounts', async () => {
    await signIn(page, officer, shot);
    await page.goto(entitlementUrl);
    const periods = page.getByTestId('entitlement-periods').locator('tr.ant-table-row');
    await periods.nth(2).waitFor();
    for (const [i, ym] of months.entries()) {
      const row = periods.filter({ hasText: ym });
      assert.match(
        await text(row),
        new RegExp(`已列入名单[\\s\\S]*已拨付[\\s\\S]*${amounts[i]!.replace('.', '\\.')}`),
      );
    }
    await shot('three-paid');
  });

  await step(`the station registers his re-employment elsewhere from ${REEMPLOYED_ON}`, async () => {
    await go(`/persons/${personId}`);
    await page.getByTestId('employment-add').click();
    await fieldInput(page, 'employment-employer').fill(NEW_EMPLOYER);
    const started = fieldInput(page, 'employment-started-on');
    await started.click();
    await started.fill(REEMPLOYED_ON);
    await started.press('Enter');
    await page.getByTestId('employment-submit').click();
    const row = page.getByTestId('employment-table').locator('.ant-table-tbody tr.ant-table-row').first();
    await row.filter({ hasText: NEW_EMPLOYER }).waitFor();
    await shot('re-employed');
    await signOut(page);
  });

  await step('the fourth month stops him with the reason, and the entitlement is 已停发', async () => {
    await signIn(page, reviewer, shot);
    await generateList(FOURTH);
    const stopped = page.getByTestId('run-stopped').locator('tr.ant-table-row', { hasText: person.name });
    await stopped.waitFor();
    assert.match(await text(stopped), new RegExp(`再就业[\\s\\S]*${REEMPLOYED_ON}[\\s\\S]*${NEW_EMPLOYER}`));
    assert.equal(
      await page.getByTestId('run-listed').locator('tr.ant-table-row', { hasText: person.name }).count(),
      0,
    );
    await shot('fourth-stopped');
    await page.goto(entitlementUrl);
    await page.getByTestId('entitlement-status').filter({ hasText: '已停发' }).waitFor();
    assert.match(
      await text(page.getByTestId('entitlement-stop')),
      new RegExp(`停发原因[\\s\\S]*${NEW_EMPLOYER}`),
    );
    const fourth = page.getByTestId('entitlement-periods').locator('tr.ant-table-row', { hasText: FOURTH });
    assert.match(await text(fourth), /停发[\s\S]*再就业/);
    await shot('entitlement-stopped');
    // the list of 已停发 holds him, his ID number masked
    await go('/entitlements');
    await page.getByRole('heading', { name: '定期待遇' }).waitFor();
    await choose(page, 'entitlements-status', '已停发');
    const listed = page
      .getByTestId('entitlements-table')
      .locator('tr.ant-table-row', { hasText: person.name });
    await listed.waitFor();
    assert.match(await text(listed), new RegExp(`已停发[\\s\\S]*${months[2]}`));
    assert.ok(!(await text(listed)).includes(person.idNumber));
    await shot('entitlements-stopped-list');
  });

  await step(
    'the third month, paid though not due, is a 多发追回 task the city resolves as 已追回',
    async () => {
      await go('/entitlements/recoveries');
      await page.getByRole('heading', { name: '多发追回' }).waitFor();
      const row = page.getByTestId('recoveries-table').locator('tr.ant-table-row', { hasText: person.name });
      await row.waitFor();
      assert.match(await text(row), new RegExp(`${months[2]}[\\s\\S]*2,068\\.00[\\s\\S]*再就业`));
      await shot('recoveries');
      await row.getByTestId('recovery-resolve').click();
      const modal = page.locator('.ant-modal:visible');
      await modal.waitFor();
      await modal.getByLabel('说明').fill('单位已退回多拨付的补贴');
      await modalClick(page, page.getByTestId('recovery-resolve-save'));
      await modal.waitFor({ state: 'hidden' });
      await row.waitFor({ state: 'detached' }); // the resolved task leaves 待追回
      await page.getByRole('tab', { name: '已处理' }).click();
      const resolved = page
        .getByTestId('recoveries-table')
        .locator('tr.ant-table-row', { hasText: person.name });
      await resolved.waitFor();
      assert.match(await text(resolved), /已追回[\s\S]*单位已退回多拨付的补贴/);
      await shot('recovery-resolved');
    },
  );
});

/** 公益性岗位台账: the station registers the man's post at the employer, from the month before the source case. */
async function registerPost(employerName: string) {
  await page.getByTestId('side-menu').getByText('公益性岗位台账').click();
  await page.getByRole('heading', { name: '公益性岗位台账' }).waitFor();
  await page.getByTestId('post-add').click();
  await page.locator('.ant-modal:visible').waitFor();
  await choose(page, 'post-employer', employerName, employerName.slice(0, 6));
  await choose(page, 'post-holder', person.name, person.name);
  await fieldInput(page, 'post-title').fill(POST_TITLE);
  const start = fieldInput(page, 'post-start');
  await start.click();
  await start.fill(PLACED_ON);
  await start.press('Enter');
  await Promise.all([
    page.waitForURL((url) => /^\/entitlements\/posts\/[0-9a-f-]{36}$/.test(url.pathname)),
    modalClick(page, page.getByTestId('post-save')),
  ]);
  await page.getByRole('heading', { name: `公益性岗位：${person.name}（${POST_TITLE}）` }).waitFor();
}
