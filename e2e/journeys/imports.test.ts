import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { residentIdCheckDigit } from '@minsheng/rules/national/resident-id.ts';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { restorePassword } from './support/account-session.ts';
import { fieldInput, loadTable } from './support/antd.ts';
import { baseUrl, journeySteps, openJourneyPage, type Shot, text, waitForPage } from './support/browser.ts';
import { type Account, requiredEnv, signIn } from './support/sign-in.ts';

let page: Page;
let shot: Shot;
openJourneyPage('imports', (opened) => ({ page, shot } = opened));

// Fresh valid ID numbers for this run (born 1990-07-0x in 肥城市), and one with a wrong check digit.
const seq = String(Date.now() % 1000).padStart(3, '0');
const idOf = (day: string) => {
  const first17 = `3709831990070${day}${seq}`;
  return first17 + residentIdCheckDigit(first17);
};
const [firstId, secondId] = [idOf('1'), idOf('2')];
const wrongId = secondId.slice(0, 17) + (secondId.endsWith('1') ? '2' : '1');
const suffix = Date.now().toString(36).slice(-4);
const [firstName, secondName] = [`导入甲${suffix}`, `导入乙${suffix}`];

/** A workbook under the template's headers; each person row fills 公民身份号码, 姓名 and the hukou columns. */
async function personsWorkbook(headers: string[], people: [string, string][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('人员导入');
  ws.addRow(headers);
  const cells: Record<string, (p: [string, string]) => string> = {
    公民身份号码: (p) => p[0],
    姓名: (p) => p[1],
    户口性质: () => '城镇',
    户籍地类别: () => '本市',
  };
  for (const p of people) ws.addRow(headers.map((h) => cells[h]?.(p) ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Chooses the file in the upload box, starts the import and waits for the job's outcome. */
async function upload(buffer: Buffer, name: string) {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: xlsx, buffer });
  await page.getByTestId('import-start').click();
  await page.getByTestId('import-progress').locator('.ant-progress').waitFor();
  const outcome = page.getByTestId('import-outcome');
  await outcome.waitFor({ timeout: 60_000 });
  return text(outcome);
}

const personsFound = async (id: string) =>
  ((await (await page.request.get(`${baseUrl}/api/persons?q=${id}`)).json()) as { total: number }).total;

test('imports: an officer downloads the persons template, fixes a refused file and imports it once', async (t) => {
  // 财源街道 of 泰山区 (the reports journey signs in with it too).
  const officer: Account = { username: 'jd_370902002', password: requiredEnv('MINSHENG_DEMO_PASSWORD') };
  // Demo accounts are shared with later journeys: put the password back, whatever happens.
  t.after(() => restorePassword(officer, requiredEnv('MINSHENG_DEMO_PASSWORD')));
  const step = journeySteps(t, shot);
  let headers: string[] = [];

  await step('the officer signs in and opens the import page', async () => {
    await signIn(page, officer, shot);
    await page.getByTestId('side-menu').getByText('Excel 导入').click();
    // The kinds the officer may import load after the page; persons comes first.
    await page.getByTestId('import-kind').filter({ hasText: '人员' }).waitFor();
    await shot('import-page');
  });

  await step('the persons template downloads, with Chinese headers', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('import-template').click(),
    ]);
    assert.equal(download.suggestedFilename(), '人员导入模板.xlsx');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'minsheng-template-')), 'template.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const row = wb.worksheets[0]!.getRow(1).values as unknown[];
    headers = row.slice(1).map((v) => String(v ?? ''));
    assert.ok(headers.includes('公民身份号码') && headers.includes('姓名'), headers.join(','));
    await shot('template-downloaded');
  });

  await step(
    'a file with a wrong check digit is refused: row, column and Chinese message, nothing saved',
    async () => {
      const book = await personsWorkbook(headers, [
        [firstId, firstName],
        [wrongId, secondName],
      ]);
      const outcome = await upload(book, '人员-有错.xlsx');
      assert.match(outcome, /校验未通过，未导入任何数据：发现 1 处错误/);
      const rows = page.getByTestId('import-errors').locator('.ant-table-tbody tr.ant-table-row');
      assert.equal(await rows.count(), 1);
      const cells = rows.first().locator('td');
      assert.equal(await text(cells.nth(0)), '3');
      assert.equal(await text(cells.nth(1)), '公民身份号码');
      assert.equal(await text(cells.nth(3)), '公民身份号码校验码错误，请核对后重新填写');
      await shot('refused-file');
      assert.equal(await personsFound(firstId), 0, 'the good row of a refused file was not imported');
    },
  );

  await step('the fixed file imports both persons, with a progress bar and the counts', async () => {
    const book = await personsWorkbook(headers, [
      [firstId, firstName],
      [secondId, secondName],
    ]);
    const outcome = await upload(book, '人员-已修改.xlsx');
    assert.equal(outcome, '导入完成：新增 2 条，已存在且相同 0 条');
    const progress = page.getByTestId('import-progress');
    await progress.locator('.ant-progress-status-success').waitFor();
    assert.match(await text(progress), /已完成：共 2 行/);
    await shot('imported');
  });

  await step('the imported person is found in the person list', async () => {
    await page.getByTestId('side-menu').getByText('人员管理').click();
    await fieldInput(page, 'person-search').fill(secondId);
    const rows = await loadTable(
      page,
      'persons-table',
      '/api/persons',
      () => fieldInput(page, 'person-search').press('Enter'),
      `q=${secondId}`,
    );
    // The answer has arrived; wait for the table to show it (on a loaded machine React may paint
    // the filtered list a moment later), and fail if it never shows exactly that one person.
    const shown = '[data-testid="persons-table"] .ant-table-tbody tr.ant-table-row';
    await waitForPage(
      page,
      `document.querySelectorAll('${shown}').length === 1 && document.querySelector('${shown}').textContent.includes(${JSON.stringify(secondName)})`,
      15_000,
    );
    assert.equal(await rows.count(), 1);
    assert.match(await text(rows.first()), new RegExp(secondName));
    await shot('person-found');
  });

  await step('importing the same file again changes nothing: both rows unchanged', async () => {
    await page.getByTestId('side-menu').getByText('Excel 导入').click();
    const book = await personsWorkbook(headers, [
      [firstId, firstName],
      [secondId, secondName],
    ]);
    const outcome = await upload(book, '人员-已修改.xlsx');
    assert.equal(outcome, '导入完成：新增 0 条，已存在且相同 2 条');
    assert.equal(await personsFound(secondId), 1);
    await shot('reimported-unchanged');
  });
});
