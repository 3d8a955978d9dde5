import { describe, expect, it } from 'vitest';
import { checkCoverage } from '../../../engine/parameters.ts';
import { parameters, type RecruitmentUnit, scoreRecruitment } from './scoring.ts';

const unit = (over: Partial<RecruitmentUnit> & { unitId: string }): RecruitmentUnit => ({
  name: over.unitId,
  annualTarget: 100,
  annualDone: 100,
  specialTarget: 50,
  specialDone: 50,
  planSubmittedOnTime: true,
  migrantSurveyAndLedger: true,
  labourResourceLedger: true,
  missingPlansAndSummaries: 0,
  ...over,
});
const cutoff = '2025-12-25';
const byId = (r: ReturnType<typeof scoreRecruitment>, id: string) => r.units.find((u) => u.unitId === id)!;

describe('recruitment-service assessment', () => {
  it('gives 50 + 30 + 10 = 90 when both tasks are exactly met and all other work is done', () => {
    const r = scoreRecruitment({ cutoff, units: [unit({ unitId: 'A' })] });
    expect(byId(r, 'A')).toMatchObject({
      annualTaskScore: '50.00',
      specialTaskScore: '30.00',
      otherScore: '10.00',
      total: '90.00',
      qualifies: true,
      award: '2000.00',
    });
  });

  it('adds and subtracts proportionally above and below the targets', () => {
    const r = scoreRecruitment({
      cutoff,
      units: [
        unit({ unitId: 'B', annualDone: 120, specialDone: 40 }),
        unit({ unitId: 'C', annualDone: 7, annualTarget: 9 }),
      ],
    });
    expect(byId(r, 'B')).toMatchObject({
      annualTaskScore: '60.00',
      specialTaskScore: '24.00',
      total: '94.00',
    });
    expect(byId(r, 'B').qualifies).toBe(false);
    expect(byId(r, 'B').reasons).toEqual(['未完成专项招工任务']);
    expect(byId(r, 'C').annualTaskScore).toBe('38.89');
  });

  it('scores the other work item by item and never below zero for missing summaries', () => {
    const r = scoreRecruitment({
      cutoff,
      units: [
        unit({ unitId: 'D', planSubmittedOnTime: false, missingPlansAndSummaries: 1 }),
        unit({
          unitId: 'E',
          migrantSurveyAndLedger: false,
          labourResourceLedger: false,
          missingPlansAndSummaries: 5,
        }),
      ],
    });
    expect(byId(r, 'D').otherScore).toBe('7.50');
    expect(byId(r, 'E').otherScore).toBe('2.00');
    expect(byId(r, 'D').reasons).toEqual(['综合得分87.50分，未达到90分']);
  });

  it('breaks equal totals by the special-task ratio and awards at most five units', () => {
    const units = [
      unit({ unitId: 'low-ratio', annualDone: 110, specialDone: 55 }), // 55 + 33 + 10 = 98
      unit({ unitId: 'high-ratio', annualDone: 104, specialDone: 60 }), // 52 + 36 + 10 = 98
      unit({ unitId: 'U3', annualDone: 106 }),
      unit({ unitId: 'U4', annualDone: 104 }),
      unit({ unitId: 'U5', annualDone: 102 }),
      unit({ unitId: 'U6', annualDone: 102 }),
      unit({ unitId: 'U7', annualDone: 101 }),
      unit({ unitId: 'failed-task', annualDone: 200, specialDone: 49 }),
    ];
    const r = scoreRecruitment({ cutoff, units });
    expect(r.units.slice(0, 2).map((u) => u.unitId)).toEqual(['failed-task', 'high-ratio']);
    const awarded = r.units.filter((u) => u.award !== null).map((u) => u.unitId);
    expect(awarded).toEqual(['high-ratio', 'low-ratio', 'U3', 'U4', 'U5']);
    expect(r.tiedAtCutoff).toEqual(['U6']);
    expect(byId(r, 'U7').award).toBeNull();
  });

  it('cites its parameters and honours overrides', () => {
    const r = scoreRecruitment({ cutoff, units: [unit({ unitId: 'A' })] }, { award_amount: 3000 });
    expect(byId(r, 'A').award).toBe('3000.00');
    expect(r.parameters.find((p) => p.name === 'annual_task_points')?.ref.clause).toBe('三(一)1');
  });

  it('defines every parameter from 2023 on', () => {
    expect(checkCoverage(parameters, Object.keys(parameters), '2023-01-01', null)).toEqual([]);
  });
});
