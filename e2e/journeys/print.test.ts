import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { residentIdCheckDigit } from '@minsheng/rules/national/resident-id.ts';
import type { Page } from 'playwright-core';
import { restorePassword, accountSession as session } from './support/account-session.ts';
import { baseUrl, journeySteps, openJourneyPage, type Shot, text } from './support/browser.ts';
import { bureauDay, bureauToday } from './support/bureau-clock.ts';
import { takeZhuhaiApplications } from './support/cases-data.ts';
import { type Account, signIn } from './support/sign-in.ts';

let page: Page;
let shot: Shot;
openJourneyPage('print', (opened) => ({ page, shot } = opened));

const password = process.env.MINSHENG_DEMO_PASSWORD ?? '';
// 泰前街道 (370902003): no other journey signs its officer in.
const officer: Account = { username: 'jd_370902003', password };
// The city reviewer is shared with other journeys: its password is put back afterwards.
const reviewer: Account = { username: 'sj_reviewer', password };
after(async () => {
  for (const account of [officer, reviewer]) await restorePassword(account, password);
});

const BUREAU = '泰安市人力资源和社会保障局';
const chinaToday = () => {
  const [y, m, d] = bureauToday().split('-').map(Number);
  return `${y}年${m}月${d}日`;
};
const stamp = Date.now().toString(36).slice(-4);
const first17 = `37090219920303${String(100 + (Date.now() % 900)).slice(-3)}`;
const trainee = { name: `打印${stamp}`, idNumber: first17 + residentIdCheckDigit(first17) };

interface CaseFile {
  id: string;
  number: string;
  version: number;
  materials: { code: string }[];
}

/** Opens a print page as the printer sees it (print media) and returns its sheet. */
async function openPrinted(path: string) {
  await page.emulateMedia({ media: 'print' });
  await page.goto(`${baseUrl}${path}`);
  const sheet = page.getByTestId('print-sheet');
  await sheet.waitFor();
  return sheet;
}

test('printed documents carry the bureau, the number and the date, without the screen toolbar', async (t) => {
  const step = journeySteps(t, shot);
  let batch: { id: string; number: string; rows: { caseId: string | null }[] };
  let file: CaseFile;
  let noticeNumber = '';

  await step('the station files a roster and returns its case for missing materials', async () => {
    const city = await session(reviewer);
    try {
      await takeZhuhaiApplications(city);
    } finally {
      await city.dispose();
    }
    const station = await session(officer);
    try {
      const me = await station.get<{ user: { org: { id: number } } }>('/auth/me');
      await station.post('/persons', {
        idNumber: trainee.idNumber,
        name: trainee.name,
        ethnicity: '01',
        education: '20',
        hukouType: 'urban',
        hukouPlace: 'local',
        address: '泰安市泰山区泰前街道 1 号',
        phone: `1380000${String(Date.now() % 10000).padStart(4, '0')}`,
        orgId: me.user.org.id,
      });
      batch = await station.post('/case-batches', {
        caseTypeId: 'zhuhai.high-skill-subsidy',
        rows: [
          {
            name: trainee.name,
            idNumber: trainee.idNumber,
            occupation: '焊工',
            level: '三级',
            certificateNumber: `PRN${stamp}`,
            issuedOn: bureauDay(-20),
            issuer: '珠海市职业技能鉴定指导中心',
          },
        ],
      });
      const caseId = batch.rows[0]?.caseId;
      assert.ok(caseId, JSON.stringify(batch.rows));
      file = await station.get<CaseFile>(`/cases/${caseId}`);
      file = await station.post<CaseFile>(`/cases/${caseId}/return`, {
        version: file.version,
        materials: file.materials.map((m) => ({ code: m.code, provided: false })),
      });
      noticeNumber = (await station.get<{ number: string }>(`/cases/${caseId}/supplement-notice`)).number;
    } finally {
      await station.dispose();
    }
    await signIn(page, officer, shot);
  });

  await step('the roster prints with the bureau, the batch number, today and the person masked', async () => {
    const sheet = await openPrinted(`/print/case-batches/${batch.id}/roster`);
    assert.equal(await text(page.getByTestId('print-bureau')), BUREAU);
    assert.equal(await text(page.getByTestId('print-number')), batch.number);
    assert.equal(await text(page.getByTestId('print-date')), chinaToday());
    const body = await text(sheet);
    assert.match(body, new RegExp(trainee.name));
    assert.ok(!body.includes(trainee.idNumber), 'the plain ID number is not printed');
    assert.match(body, /合计金额（大写）：零元整/);
    assert.equal(await page.getByTestId('print-button').isVisible(), false, 'the toolbar is not printed');
    await shot('roster');
  });

  await step('the supplement notice prints every missing item and is recorded as printed', async () => {
    const sheet = await openPrinted(`/print/cases/${file.id}/supplement-notice`);
    assert.equal(await text(page.getByTestId('print-number')), noticeNumber);
    assert.equal(await text(page.getByTestId('print-bureau')), BUREAU);
    assert.match(await text(sheet), /一次性补正材料告知书[\s\S]*请于/);
    await shot('supplement-notice');
    await page.emulateMedia({ media: 'screen' });
    // The print dialog itself is the browser's; the page only has to record the print afterwards.
    await page.evaluate('window.print = () => {}');
    const recorded = page.waitForResponse(
      (r) => r.url().endsWith(`/api/cases/${file.id}/supplement-notice/printed`) && r.ok(),
    );
    await page.getByTestId('print-button').click();
    await recorded;
  });

  await step('the application form lists the materials with empty boxes', async () => {
    const sheet = await openPrinted(`/print/cases/${file.id}/application-form`);
    assert.equal(await text(page.getByTestId('print-number')), file.number);
    assert.match(await text(sheet), /珠海市高技能人才培训鉴定补贴申请表[\s\S]*☐/);
    await shot('application-form');
  });

  await step('a rejected case prints as a decision with its reasons and the appeal notice', async () => {
    const [station, city] = [await session(officer), await session(reviewer)];
    try {
      const all = file.materials.map((m) => ({ code: m.code, provided: true }));
      let current = await station.post<CaseFile>(`/cases/${file.id}/resubmit`, {
        version: (await station.get<CaseFile>(`/cases/${file.id}`)).version,
        materials: all,
      });
      current = await station.post<CaseFile>(`/cases/${file.id}/accept`, {
        version: current.version,
        materials: all,
      });
      await city.post(`/cases/${file.id}/reject`, {
        version: current.version,
        reasons: ['证书不在本市紧缺工种目录内'],
      });
    } finally {
      await Promise.all([station.dispose(), city.dispose()]);
    }
    const sheet = await openPrinted(`/print/cases/${file.id}/approval-notice`);
    assert.equal(await text(page.getByTestId('print-number')), file.number);
    assert.equal(await text(page.getByTestId('print-date')), chinaToday());
    assert.match(await text(sheet), /不予批准决定书[\s\S]*证书不在本市紧缺工种目录内[\s\S]*行政复议/);
    await shot('rejection-notice');
  });
});
