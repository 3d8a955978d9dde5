import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { fieldInput, loadTable } from './support/antd.ts';
import { apiSignIn } from './support/api-session.ts';
import { baseUrl, journeySteps, openJourneyPage, type Shot, text } from './support/browser.ts';
import { pickFirstOrg } from './support/org-picker.ts';
import { type Account, requiredEnv, signIn, signOut } from './support/sign-in.ts';

let page: Page;
let shot: Shot;
openJourneyPage('foundation', (opened) => ({ page, shot } = opened));

test('foundation: admin creates a street officer, who sees only their street; the auditor sees it', async (t) => {
  const admin: Account = { username: 'admin', password: requiredEnv('MINSHENG_ADMIN_PASSWORD') };
  const auditor: Account = { username: 'auditor', password: requiredEnv('MINSHENG_AUDITOR_PASSWORD') };
  const officer: Account = { username: `jd_e2e_${Date.now().toString(36)}`, password: '' };
  let street = '';
  // Each step builds on the previous one: once one fails, the rest are skipped rather than piling up timeouts.
  const step = journeySteps(t, shot);
  let streetOrgs: string[] = [];

  await step('the administrator signs in, changes the initial password and enrols TOTP', async () => {
    await signIn(page, admin, shot);
    assert.ok(admin.totpSecret, 'the administrator had to enrol a second factor');
    assert.equal(await text(page.getByTestId('header-user')), '系统管理员');
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    assert.ok(icon, 'the pages declare an icon');
    assert.equal((await page.request.get(new URL(icon, page.url()).toString())).status(), 200);
  });

  await step(
    'the administrator enters the next year the calendar lacks; deadlines count on it at once',
    async () => {
      const calendar = (await (await page.request.get(`${baseUrl}/api/calendar/years`)).json()) as {
        today: string;
        years: { year: number }[];
      };
      const covered = new Set(calendar.years.map((y) => y.year));
      let year = Number(calendar.today.slice(0, 4)) + 1;
      while (covered.has(year)) year += 1;
      const pickDate = async (testId: string, date: string) => {
        await fieldInput(page, testId).click();
        await fieldInput(page, testId).fill(date);
        await fieldInput(page, testId).press('Enter');
      };
      const workingDayAfterNewYearsEve = async () => {
        await page.getByTestId('side-menu').getByText('办事工具').click();
        await pickDate('tool-start', `${year - 1}-12-31`);
        await fieldInput(page, 'tool-days-input').fill('1');
        await page.getByTestId('tool-calc').click();
        return page.getByTestId('tool-answer');
      };
      const before = await workingDayAfterNewYearsEve();
      await before.getByText(`工作日历尚无 ${year} 年的节假日安排`).waitFor();
      await shot('tools-provisional');

      await page.getByTestId('side-menu').getByText('工作日历').click();
      await page.getByTestId('year-entry-open').click();
      await fieldInput(page, 'year-entry-year').fill(String(year));
      await page
        .getByTestId('year-entry-source')
        .fill(`国务院办公厅关于${year}年部分节假日安排的通知（端到端测试）`);
      // The first date-range picker of the form is the holidays'.
      const range = page.locator('.ant-modal:visible .ant-picker-range').first().locator('input');
      await range.nth(0).click();
      await range.nth(0).fill(`${year}-10-01`);
      await range.nth(0).press('Enter');
      await range.nth(1).fill(`${year}-10-07`);
      await range.nth(1).press('Enter');
      await page.getByTestId('holidays-range-name').fill('国庆节');
      await page.getByTestId('holidays-range-add').click();
      const days = [
        [`${year}-01-01`, '元旦'],
        [`${year}-02-10`, '春节'],
      ] as const;
      for (const [date, name] of days) {
        await page.getByTestId('holidays-add').click();
        const row = (await page.locator('[data-testid^="holidays-name-"]').count()) - 1;
        await pickDate(`holidays-date-${row}`, date);
        await page.getByTestId(`holidays-name-${row}`).fill(name);
      }
      await shot('calendar-entry-form');
      await page.getByTestId('year-entry-save').click();
      const saved = page.getByTestId('year-entry-result');
      await saved.waitFor();
      assert.match(await text(saved), /已重算 \d+ 件/);
      await shot('calendar-entry-saved');
      await page.locator('.ant-modal-confirm .ant-btn-primary').click();
      await page.getByTestId('year-view').getByText('本系统录入').waitFor();
      await shot('calendar-year');

      const after = await workingDayAfterNewYearsEve();
      await after.getByText('法定节假日（元旦）').waitFor();
      assert.doesNotMatch(await text(after), /工作日历尚无/);
      await shot('tools-on-entered-year');
    },
  );

  await step('the administrator creates a street officer and reads the one-time password', async () => {
    await page.getByTestId('side-menu').getByText('用户管理').click();
    await page.getByTestId('user-create').click();
    await page.getByTestId('user-username').fill(officer.username);
    await page.getByTestId('user-display-name').fill('端到端街道经办员');
    street = await pickFirstOrg(page, 'user-org', ['city', 'district'], 'street');
    // An option clicked while the dropdown is still animating open can be missed: retry until it shows.
    for (let attempt = 1; attempt <= 3; attempt++) {
      if (/街道\(乡镇\)经办员/.test(await text(page.getByTestId('user-roles')))) break;
      const option = page.getByTestId('role-option-street_officer');
      if (!(await option.isVisible())) await page.getByTestId('user-roles').click();
      await option.click();
      await page.waitForTimeout(300);
    }
    assert.match(await text(page.getByTestId('user-roles')), /街道\(乡镇\)经办员/);
    await page.locator('.ant-modal-title').click(); // closes the role dropdown
    await shot('admin-user-form');
    await page.getByTestId('user-form-submit').click();
    const shown = page.getByTestId('initial-password');
    await shown.waitFor();
    officer.password = await text(shown);
    assert.ok(officer.password.length >= 8, 'an initial password is shown');
    await shot('admin-initial-password');
    await page.getByRole('button', { name: '我已记录' }).click();
    await signOut(page);
  });

  await step('the officer signs in with the one-time password and must change it', async () => {
    await signIn(page, officer, shot);
    assert.equal(await text(page.getByTestId('header-org')), street);
  });

  await step('the officer sees only persons of their street', async () => {
    const rows = await loadTable(page, 'persons-table', '/api/persons', () =>
      page.getByTestId('side-menu').getByText('人员管理').click(),
    );
    if ((await rows.count()) === 0) {
      // Say what the server answers, so a failure here tells a scope defect from a rendering race.
      const answer = await page.request.get(`${baseUrl}/api/persons?pageSize=1`);
      assert.fail(
        `the street has registered persons (the list shows none; /api/persons answers ${answer.status()} ${await answer.text()})`,
      );
    }
    await shot('officer-persons');

    // The officer's own view of the tree (page.request shares the browser's session cookie).
    const orgsBelow = async (path: string) =>
      (await (await page.request.get(`${baseUrl}/api${path}`)).json()) as { id: number; name: string }[];
    const roots = await orgsBelow('/orgs/roots');
    const communities = (await Promise.all(roots.map((r) => orgsBelow(`/orgs/${r.id}/children`)))).flat();
    streetOrgs = [...roots, ...communities].map((o) => o.name);
    assert.ok(streetOrgs.includes(street), `the officer's scope starts at ${street}`);
    const orgs = await page.getByTestId('person-org-cell').allInnerTexts();
    for (const org of orgs) assert.ok(streetOrgs.includes(org.trim()), `${org} lies within ${street}`);
  });

  await step('a person of another street is not found by the officer', async () => {
    // The city reviewer (demo account) sees the whole city: find someone outside the officer's street.
    const reviewer = await apiSignIn('sj_reviewer', requiredEnv('MINSHENG_DEMO_PASSWORD'));
    try {
      const page1 = await reviewer.get<{ items: { id: string; name: string; org: { name: string } }[] }>(
        '/persons?pageSize=200',
      );
      const stranger = page1.items.find((p) => !streetOrgs.includes(p.org.name));
      assert.ok(stranger, 'the city has persons outside the street');
      const { idNumber } = await reviewer.post<{ idNumber: string }>(`/persons/${stranger.id}/reveal-id`);

      await page.getByTestId('person-search').locator('input').fill(idNumber);
      const rows = await loadTable(
        page,
        'persons-table',
        '/api/persons',
        () => page.getByTestId('person-search').locator('input').press('Enter'),
        `q=${idNumber}`,
      );
      // The table keeps the previous page's rows until the answer renders: wait for its empty state.
      await page.getByTestId('persons-table').locator('.ant-table-placeholder').waitFor();
      assert.equal(
        await rows.count(),
        0,
        `${stranger.name} of ${stranger.org.name} is outside the officer's scope`,
      );
      await shot('officer-search-other-street');
    } finally {
      await reviewer.dispose();
    }
    await signOut(page);
  });

  await step('the audit administrator finds the user creation in the audit log', async () => {
    await signIn(page, auditor, shot);
    assert.ok(auditor.totpSecret, 'the audit administrator had to enrol a second factor');
    await page.getByTestId('side-menu').getByText('审计日志').click();
    await page.getByTestId('audit-filter-action').locator('input').fill('user.create');
    const rows = await loadTable(
      page,
      'audit-table',
      '/api/audit',
      () => page.getByTestId('audit-filter-action').locator('input').press('Enter'),
      'action=user.create',
    );
    assert.ok((await rows.count()) > 0, 'a user.create entry is listed');
    const row = rows.filter({ hasText: 'admin' }).first();
    assert.match(await text(row), /新建用户/);
    await row.getByRole('button', { name: /查\s*看/ }).click();
    const detail = page.getByTestId('audit-detail-json');
    await detail.waitFor();
    assert.match(await text(detail), new RegExp(officer.username));
    await shot('auditor-audit-detail');
  });

  await step('the audit chain verifies', async () => {
    await page.keyboard.press('Escape');
    await page.getByTestId('audit-verify').click();
    await page.locator('.ant-modal-confirm-title', { hasText: '审计链完整' }).waitFor();
    await shot('auditor-audit-verified');
  });
});
