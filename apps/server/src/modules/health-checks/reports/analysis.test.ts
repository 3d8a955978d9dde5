import { describe, expect, it } from 'vitest';
import { type AnalysisPerson, analysisFigures, suppress } from './analysis.ts';

const person = (
  birthDate: string,
  gender: '1' | '2',
  employer: string | null,
  findings: AnalysisPerson['findings'] = [],
) => ({
  birthDate,
  gender,
  employer,
  findings,
});

describe('analysis report figures', () => {
  it('shows 1 to 4 persons as "<5" and keeps 0 and 5 or more', () => {
    expect([0, 1, 4, 5, 12].map(suppress)).toEqual([0, '<5', '<5', 5, 12]);
  });

  it('counts by age band on the plan start, sex, employer and finding, suppressing small cells', () => {
    const people = [
      // 6 aged 40–49 on 2026-09-01 (born 1980), 5 men with hypertension
      ...Array.from({ length: 5 }, () => person('1980-05-01', '1', '甲公司', ['hypertension'])),
      person('1980-05-01', '2', '甲公司'),
      // turns 30 on 2026-09-02: still under 30 on the plan's first day
      person('1996-09-02', '2', '乙公司', ['fatty_liver']),
      person('1966-09-01', '1', null),
    ];
    const f = analysisFigures(people, '2026-09-01');
    expect(f.examined).toBe(8);
    expect(f.withFindings).toBe(6);
    expect(f.byAgeBand.map((b) => [b.label, b.persons])).toEqual([
      ['30岁以下', '<5'],
      ['30–39岁', 0],
      ['40–49岁', 6],
      ['50–59岁', 0],
      ['60岁及以上', '<5'],
    ]);
    expect(f.bySex).toMatchObject([
      { label: '男', persons: 6, withFindings: 5 },
      { label: '女', persons: '<5', withFindings: '<5' },
    ]);
    expect(f.byEmployer).toEqual([
      { name: '甲公司', persons: 6, withFindings: 5 },
      { name: '乙公司', persons: '<5', withFindings: '<5' },
      { name: '灵活就业人员（无参检单位）', persons: '<5', withFindings: 0 },
    ]);
    expect(f.byFinding.find((x) => x.code === 'hypertension')).toMatchObject({
      persons: 5,
      male: 5,
      female: 0,
      byAgeBand: [0, 0, 5, 0, 0],
    });
    expect(f.byFinding.find((x) => x.code === 'fatty_liver')).toMatchObject({ persons: '<5', female: '<5' });
  });
});
