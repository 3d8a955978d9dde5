import { describe, expect, it } from 'vitest';
import { factText, fieldNameMap } from './fact-text';

const names = fieldNameMap([
  { path: ['certificate'], title: '职业资格证书' },
  { path: ['certificate', 'level'], title: '等级' },
  { path: ['certificate', 'occupation'], title: '职业(工种)' },
  { path: ['person', 'hukouType'], title: '户口性质', enumLabels: { urban: '城镇', rural: '农村' } },
]);

describe('facts in words', () => {
  // PostgreSQL's jsonb keeps keys shortest first, so a stored period comes back end first.
  it('writes a period start first, whatever order its keys come in', () => {
    expect(factText({ toMonth: '2025-06', fromMonth: '2025-01' }, 'period')).toBe('2025-01 至 2025-06');
    expect(factText({ to: '2025-06-30', from: '2025-01-01' }, 'period')).toBe('2025-01-01 至 2025-06-30');
    expect(factText({ endOn: '2027-12-31', startOn: '2025-01-01' }, 'contract')).toBe(
      '2025-01-01 至 2027-12-31',
    );
  });

  it('names the parts of other objects with the titles the server gives', () => {
    expect(factText({ level: '3', occupation: '焊工' }, 'certificate', names)).toBe(
      '等级：3；职业(工种)：焊工',
    );
  });

  it('names coded values and yes/no, and leaves a value not given empty', () => {
    expect(factText({ hukouType: 'rural', localHukou: true }, 'person', names)).toBe(
      '户口性质：农村；localHukou：是',
    );
    expect(factText(null, 'benefitEndedOn', names)).toBe('');
    expect(factText(false)).toBe('否');
  });

  it("names a coded number and the parts of listed items (a settlement's unsigned items)", () => {
    const settlement = fieldNameMap([
      { path: ['hospital', 'grade'], title: '医院等级', enumLabels: { 1: '一级', 2: '二级', 3: '三级' } },
      { path: ['unsignedWaivedItems', '*', 'examinee'], title: '体检职工' },
      { path: ['unsignedWaivedItems', '*', 'fee'], title: '项目费用（元）' },
    ]);
    expect(factText({ grade: 3 }, 'hospital', settlement)).toBe('医院等级：三级');
    expect(factText([{ examinee: '李*', fee: '80.00' }], 'unsignedWaivedItems', settlement)).toBe(
      '体检职工：李*；项目费用（元）：80.00',
    );
  });
});
