import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parsePeriod } from './report-period.ts';
import { templateOf } from './report-templates.ts';
import { reportWorkbook } from './report-xlsx.ts';

describe('report workbook', () => {
  it('lays the report out as the familiar statistics table', async () => {
    const buffer = await reportWorkbook({
      template: templateOf('town-quarterly')!,
      period: parsePeriod('2026-Q3')!,
      orgName: '新城街道',
      figures: {
        'new_employment_net:period': { value: 12 },
        'new_employment_net:ytd': { value: 30 },
        'contract_signing_rate:period': { numerator: 2, denominator: 3 },
        'insured_rate:period': { numerator: 0, denominator: 0 },
      },
      version: 2,
      reason: '补录9月就业登记',
      unitHead: '王主任',
      preparer: '李明',
      submittedOn: '2026-10-09',
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('2026年第三季度');
    expect(ws.getCell('A1').value).toBe('街镇就业再就业和社会保障工作完成情况表');
    expect(String(ws.getCell('A3').value)).toContain('填报单位：新城街道');
    expect(String(ws.getCell('A3').value)).toContain('报告期：2026年第三季度');
    // 指标名称 spans both header rows, 数值 spans the figure columns
    expect(ws.getCell('A5').isMerged).toBe(true);
    expect(ws.getCell('E4').master.address).toBe('D4');
    expect([ws.getCell('D5').value, ws.getCell('E5').value]).toEqual(['本期', '本年累计']);
    expect(ws.getCell('A6').value).toBe('甲');
    const rowOf = (label: string) => {
      for (let r = 7; r <= ws.rowCount; r++) if (String(ws.getCell(r, 1).value).endsWith(label)) return r;
      throw new Error(label);
    };
    expect(ws.getCell(rowOf('新增就业人数'), 4).value).toBe(12);
    expect(ws.getCell(rowOf('新增就业人数'), 5).value).toBe(30);
    expect(ws.getCell(rowOf('劳动合同签订率'), 4).value).toBe(66.67);
    expect(ws.getCell(rowOf('新增就业人员社会保险参保率'), 4).value).toBe('—');
    const footer = ws.getRow(ws.rowCount - 1).getCell(1).value;
    expect(footer).toBe('单位负责人：王主任　　填表人：李明　　报出日期：2026年10月9日');
    expect(String(ws.getRow(ws.rowCount).getCell(1).value)).toContain('更正原因：补录9月就业登记');
  });
});
