import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkRosterRow,
  duplicateRows,
  parseCellDate,
  parseLevel,
  type RosterRow,
} from './cases-batch.rules.ts';

const TODAY = '2026-04-20';
const good = {
  name: '张小三',
  idNumber: '440402199001011236',
  occupation: '电工',
  level: '三级/高级工',
  certificateNumber: 'ZH2026000001',
  issuedOn: '2026-03-02',
};

describe('roster row', () => {
  it('normalises a good row', () => {
    const r = checkRosterRow(good, TODAY);
    expect(r).toEqual({
      ok: true,
      row: {
        name: '张小三',
        idNumber: '440402199001011236',
        occupation: '电工',
        level: '3',
        certificateNumber: 'ZH2026000001',
        issuedOn: '2026-03-02',
        issuer: null,
        obtainedBy: 'training',
        part: 'both',
        remark: null,
      },
    });
  });
  it('lists every problem of a bad row in Chinese', () => {
    const r = checkRosterRow(
      {
        ...good,
        name: '',
        idNumber: '440402199001011234',
        level: '六级',
        issuedOn: '2026-02-30',
        obtainedBy: '考试',
      },
      TODAY,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toBe('「姓名」不能为空');
    expect(r.errors[1]).toMatch(/^「身份证号」.*校验/);
    expect(r.errors.slice(2)).toEqual([
      '「证书等级」「六级」无法识别，请填写一级至五级',
      '「发证日期」「2026-02-30」不是有效日期',
      '「取得方式」须为培训鉴定、竞赛、评价、直接鉴定之一',
    ]);
  });
  it('rejects a certificate issued after today', () => {
    const r = checkRosterRow({ ...good, issuedOn: '2026-04-21' }, TODAY);
    expect(r).toEqual({ ok: false, errors: ['「发证日期」2026-04-21 晚于今天'] });
  });
  it('reads the claimed part and the way the certificate was obtained by their Chinese labels', () => {
    const r = checkRosterRow({ ...good, part: '鉴定费', obtainedBy: '竞赛' }, TODAY);
    expect(r.ok && [r.row.part, r.row.obtainedBy]).toEqual(['appraisal', 'competition']);
  });
});

describe('parseLevel', () => {
  it('reads levels as people write them', () => {
    expect(
      ['一级', '高级技师', '2', '技师', '三级/高级工', '高级', '四级', '初级工'].map(parseLevel),
    ).toEqual(['1', '1', '2', '2', '3', '3', '4', '5']);
    expect(parseLevel('特级')).toBeNull();
  });
});

describe('parseCellDate', () => {
  it('reads Excel dates, serial numbers and Chinese dates', () => {
    expect(parseCellDate(new Date(Date.UTC(2026, 2, 2)))).toBe('2026-03-02');
    expect(parseCellDate(46083)).toBe('2026-03-02');
    expect(parseCellDate('2026/3/2')).toBe('2026-03-02');
    expect(parseCellDate('2026年3月2日')).toBe('2026-03-02');
    expect(parseCellDate('2026-13-01')).toBeNull();
  });
  it('round-trips every valid ISO date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2060-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(parseCellDate(iso)).toBe(iso);
        },
      ),
    );
  });
});

describe('duplicateRows', () => {
  const row = (over: Partial<RosterRow>): RosterRow => ({
    ...(checkRosterRow(good, TODAY) as { row: RosterRow }).row,
    ...over,
  });
  it('names the earlier row a duplicate repeats', () => {
    const dups = duplicateRows([
      { rowNo: 2, row: row({}) },
      { rowNo: 3, row: row({ certificateNumber: 'X2' }) },
      { rowNo: 4, row: row({ certificateNumber: 'ZH2026000001', idNumber: '11010519491231002X' }) },
      { rowNo: 5, row: row({ certificateNumber: 'X5', level: '2' }) },
    ]);
    expect([...dups]).toEqual([
      [3, '同一人员同一等级与第2行重复（每个等级每人只能享受一次）'],
      [4, '证书编号与第2行重复'],
    ]);
  });
});
