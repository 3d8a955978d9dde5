import { describe, expect, it } from 'vitest';
import { isRulesError } from '../engine/errors.ts';
import { evaluateProgrammeKpis, type IndicatorResult } from './kpis.ts';

const byId = (list: IndicatorResult[]) => Object.fromEntries(list.map((i) => [i.id, i]));

describe('evaluateProgrammeKpis', () => {
  it('marks each Fujian 2008 indicator met or not met with exact ratios and citations', () => {
    const r = evaluateProgrammeKpis('fujian', 2008, {
      skills: { trainees: 85000, passed: 76500, reemployed: 50999 },
      entrepreneurship: {
        trainees: 10000,
        openedWithin3Months: 3000,
        openedWithin6Months: 4999,
        businessesOpened: 4999,
        jobsCreated: 14997,
        openedOneYearBefore: 4000,
        stillOperating: 3200,
      },
    });
    const i = byId(r.indicators);
    expect(Object.keys(i)).toEqual([
      'skills_trainees',
      'skills_pass_rate',
      'skills_reemployment_rate',
      'syb_trainees',
      'syb_opened_3_months',
      'syb_opened_6_months',
      'syb_jobs_per_business',
      'syb_stable_one_year',
    ]);
    expect(i.skills_trainees).toMatchObject({ status: 'met', target: '85000', actual: '85000' });
    // exactly 90% is met (达到…以上 includes the bound)
    expect(i.skills_pass_rate).toMatchObject({ status: 'met', fraction: '76500/85000', actual: '0.9' });
    // 50 999 / 85 000 = 0.59998… just under 60%
    expect(i.skills_reemployment_rate).toMatchObject({ status: 'not_met', actual: '0.6' });
    expect(i.skills_reemployment_rate!.sentence).toContain('未达到目标');
    expect(i.syb_opened_3_months).toMatchObject({ status: 'met', fraction: '3000/10000' });
    expect(i.syb_opened_6_months).toMatchObject({ status: 'not_met', actual: '0.4999' });
    expect(i.syb_jobs_per_business).toMatchObject({ status: 'met', actual: '3' });
    expect(i.syb_stable_one_year).toMatchObject({ status: 'met', actual: '0.8' });
    expect(i.skills_pass_rate!.citation).toBe(
      '《关于印发福建省城镇技能再就业计划和能力促创业计划的通知》（闽劳社文〔2024〕96号）城镇技能再就业计划 二(二)',
    );
    expect(r.allMet).toBe(false);
    expect(r.targetDate).toBe('2008-12-31');
  });

  it('reads Hainan targets: 20 000 skills trainees and 2 000 SYB trainees a year', () => {
    const r = evaluateProgrammeKpis('hainan', 2007, {
      skills: { trainees: 19999, passed: 18000, reemployed: 12000 },
      entrepreneurship: { trainees: 2000 },
    });
    const i = byId(r.indicators);
    expect(i.skills_trainees).toMatchObject({ status: 'not_met', target: '20000' });
    expect(i.syb_trainees).toMatchObject({ status: 'met', target: '2000' });
    expect(i.syb_opened_3_months!.status).toBe('no_data');
    expect(i.syb_pass_rate).toBeUndefined();
  });

  it('uses 1 500 trainees for key cities and 3 000 for municipalities, with a pass rate and 1:5 jobs', () => {
    const actuals = {
      entrepreneurship: {
        trainees: 2000,
        passed: 1600,
        openedWithin6Months: 1000,
        businessesOpened: 1000,
        jobsCreated: 4999,
        openedOneYearBefore: 500,
        stillOperating: 400,
      },
    };
    const ordinary = byId(
      evaluateProgrammeKpis('key-cities', 2026, actuals, { cityKind: 'ordinary' }).indicators,
    );
    expect(ordinary.syb_trainees).toMatchObject({ status: 'met', target: '1500' });
    expect(ordinary.syb_pass_rate).toMatchObject({ status: 'met', fraction: '1600/2000' });
    expect(ordinary.syb_jobs_per_business).toMatchObject({ status: 'not_met', target: '5', actual: '4.999' });
    expect(ordinary.syb_opened_3_months).toBeUndefined();
    expect(ordinary.skills_trainees).toBeUndefined();
    const municipality = byId(
      evaluateProgrammeKpis('key-cities', 2026, actuals, { cityKind: 'municipality' }).indicators,
    );
    expect(municipality.syb_trainees).toMatchObject({ status: 'not_met', target: '3000' });
  });

  it('reports every target met only when all indicators are met', () => {
    const r = evaluateProgrammeKpis(
      'key-cities',
      2010,
      {
        entrepreneurship: {
          trainees: 1500,
          passed: 1200,
          openedWithin6Months: 750,
          businessesOpened: 750,
          jobsCreated: 3750,
          openedOneYearBefore: 100,
          stillOperating: 80,
        },
      },
      { cityKind: 'ordinary' },
    );
    expect(r.allMet).toBe(true);
    expect(r.indicators.every((i) => i.status === 'met')).toBe(true);
  });

  it('treats a zero denominator as no data, never as met', () => {
    const r = evaluateProgrammeKpis('hainan', 2008, { skills: { trainees: 0, passed: 0, reemployed: 0 } });
    expect(byId(r.indicators).skills_pass_rate!.status).toBe('no_data');
    expect(r.allMet).toBe(false);
  });

  it('throws PARAMETER_UNDEFINED after the five-year plans ended and before they began', () => {
    expect(() => evaluateProgrammeKpis('fujian', 2011, {})).toThrow(/没有定义/);
    let error: unknown;
    try {
      evaluateProgrammeKpis('hainan', 2005, {});
    } catch (e) {
      error = e;
    }
    expect(isRulesError(error, 'PARAMETER_UNDEFINED')).toBe(true);
    expect(evaluateProgrammeKpis('fujian', 2010, {}).indicators).toHaveLength(8);
  });

  it('requires the city kind for key cities and rejects malformed figures', () => {
    expect(() => evaluateProgrammeKpis('key-cities', 2026, {})).toThrow(/城市类型/);
    expect(() => evaluateProgrammeKpis('fujian', 2008, { skills: { trainees: -1 } })).toThrow(/不符合要求/);
  });
});
