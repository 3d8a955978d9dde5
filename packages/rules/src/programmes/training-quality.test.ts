import { describe, expect, it } from 'vitest';
import {
  entrepreneurshipKpis,
  evaluateInstitution,
  reemploymentWindow,
  skillsKpis,
} from './training-quality.ts';

const base = {
  year: 2026,
  trained: 100,
  passed: 90,
  certified: 80,
  employed: 60,
  planned: 125,
  rectifying: false,
};

describe('training quality', () => {
  it('counts re-employment within six months after the class, as the bureau set it', () => {
    const w = reemploymentWindow('2026-06-30');
    expect(w.months).toBe(6);
    expect(w.citation).toContain('城镇技能再就业计划 二(二)');
    expect(w.citation).toContain('本局设定');
  });

  it('reads the plan year’s own rates within the plan and the last plan year’s after it', () => {
    expect(skillsKpis(2008, { trainees: 10, passed: 9, reemployed: 6 })).toMatchObject({
      ratesYear: 2008,
      note: null,
    });
    const after = skillsKpis(2026, { trainees: 10, passed: 9, reemployed: 5 });
    expect(after.ratesYear).toBe(2010);
    expect(after.note).toContain('2010');
    expect(after.result.indicators.map((i) => [i.id, i.status])).toEqual([
      ['skills_trainees', 'not_met'],
      ['skills_pass_rate', 'met'],
      ['skills_reemployment_rate', 'not_met'],
    ]);
  });

  it('measures the entrepreneurship plan after its end against its last year (福建 sets no SYB pass rate)', () => {
    const r = entrepreneurshipKpis(2026, {
      trainees: 10,
      passed: 9,
      openedWithin3Months: 3,
      openedWithin6Months: 4,
      businessesOpened: 4,
      jobsCreated: 12,
      openedOneYearBefore: 5,
      stillOperating: 3,
    });
    expect(r.ratesYear).toBe(2010);
    expect(r.note).toContain('能力促创业计划');
    expect(r.result.indicators.map((i) => [i.id, i.fraction, i.status])).toEqual([
      ['syb_trainees', null, 'not_met'],
      ['syb_opened_3_months', '3/10', 'met'],
      ['syb_opened_6_months', '4/10', 'not_met'],
      ['syb_jobs_per_business', '12/4', 'met'],
      ['syb_stable_one_year', '3/5', 'not_met'],
    ]);
  });

  it('keeps an institution that meets every bar exactly', () => {
    const r = evaluateInstitution(base);
    expect(r.checks.map((c) => c.status)).toEqual(['met', 'met', 'met', 'met']);
    expect(r.decision).toBe('keep');
    expect(r.conclusion).toContain('建议保留');
  });

  it('orders rectification when one bar is missed by one trainee', () => {
    const r = evaluateInstitution({ ...base, passed: 89 });
    expect(r.checks.find((c) => c.id === 'pass_rate')!.status).toBe('not_met');
    expect(r.decision).toBe('rectify');
  });

  it('recommends withdrawal when an institution under rectification still misses a bar', () => {
    expect(evaluateInstitution({ ...base, certified: 79, rectifying: true }).decision).toBe('withdraw');
    expect(evaluateInstitution({ ...base, rectifying: true }).decision).toBe('keep');
  });

  it('recommends suspension when planned classes trained nobody', () => {
    const r = evaluateInstitution({ ...base, trained: 0, passed: 0, certified: 0, employed: 0 });
    expect(r.decision).toBe('suspend');
    expect(r.checks[0]!.status).toBe('no_data');
  });
});
