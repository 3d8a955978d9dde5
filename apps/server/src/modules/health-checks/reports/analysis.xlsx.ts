import ExcelJS from 'exceljs';
import { type AnalysisFigures, ageBands, type Cell } from './analysis.ts';

const thin = { style: 'thin' } as const;
const border = { top: thin, left: thin, bottom: thin, right: thin };

/** 体检分析报告 as a sheet: one titled table per aggregate, small cells kept as "<5". */
export async function analysisWorkbook(r: {
  plan: { name: string; startOn: string; endOn: string };
  scope: string;
  generatedOn: string;
  figures: AnalysisFigures;
}): Promise<Buffer> {
  const f = r.figures;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('体检分析报告', {
    pageSetup: { paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [{ width: 28 }, ...Array.from({ length: ageBands.length + 3 }, () => ({ width: 12 }))];
  const line = (value: string, bold = false) => {
    const row = ws.addRow([value]);
    row.getCell(1).font = { bold, size: bold ? 14 : 11 };
  };
  const grid = (title: string, head: string[], rows: (string | Cell)[][]) => {
    ws.addRow([]);
    line(title, true);
    const first = ws.addRow(head).number;
    for (const row of rows) ws.addRow(row);
    for (let i = first; i <= first + rows.length; i++)
      ws.getRow(i).eachCell((cell, c) => {
        cell.border = border;
        cell.alignment = { horizontal: c === 1 ? 'left' : 'center' };
        if (i === first) cell.font = { bold: true };
      });
  };
  line(`${r.plan.name}体检分析报告`, true);
  line(`范围：${r.scope}　　体检期间：${r.plan.startOn}至${r.plan.endOn}　　生成日期：${r.generatedOn}`);
  line(`体检人数：${f.examined}　　有异常发现人数：${f.withFindings}　　（不足5人的单元格显示为“<5”）`);
  const counts = (x: { label?: string; name?: string; persons: Cell; withFindings: Cell }) => [
    x.label ?? x.name ?? '',
    x.persons,
    x.withFindings,
  ];
  grid('一、按年龄段（以计划开始日计算年龄）', ['年龄段', '体检人数', '有异常发现'], f.byAgeBand.map(counts));
  grid('二、按性别', ['性别', '体检人数', '有异常发现'], f.bySex.map(counts));
  grid('三、按参检单位（体检人数前十位）', ['参检单位', '体检人数', '有异常发现'], f.byEmployer.map(counts));
  grid(
    '四、按异常发现',
    ['异常发现', '人数', ...ageBands.map((b) => b.label), '男', '女'],
    f.byFinding.map((x) => [x.label, x.persons, ...x.byAgeBand, x.male, x.female]),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
