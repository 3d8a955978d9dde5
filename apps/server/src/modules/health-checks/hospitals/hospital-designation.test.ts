import { getPolicy } from '@minsheng/rules/catalogue.ts';
import { withAdministeredValues } from '@minsheng/rules/engine/administered.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HEALTH_CHECK_SETTLEMENT } from '../settlements/settlement-rule.ts';
import {
  designationCheck,
  designationRefusal,
  examinerRatioMet,
  type HospitalFacts,
} from './hospital-designation.ts';
import { facilitiesRecord, requirementCodes } from './hospital-requirements.ts';

const policy = getPolicy(HEALTH_CHECK_SETTLEMENT)!;
const on = '2026-10-20';

const ready: HospitalFacts = {
  name: '泰安市中心医院体检科',
  insuranceDesignated: true,
  grade: 3,
  general: true,
  facilities: facilitiesRecord(requirementCodes),
  chiefExaminerName: '张明',
  chiefExaminerTitle: 'associate_chief',
  examiners: 8,
  plannedDailyVolume: 60,
};
const failed = (h: HospitalFacts) =>
  designationCheck(policy, h, on)
    .conditions.filter((c) => !c.met)
    .map((c) => c.code);

describe('the designation check (000 第四篇 第一、七条 and the checklist)', () => {
  it('passes a grade-3 general hospital with every item, a senior 总主检 and enough 主检', () => {
    const check = designationCheck(policy, ready, on);
    expect(check.ok).toBe(true);
    expect(check.conditions.map((c) => c.code)).toEqual([
      'designated_hospital',
      'hospital_grade',
      'chief_examiner_title',
      'examiner_ratio',
      ...requirementCodes,
    ]);
  });

  it('fails 第一条 for a grade-1 clinic that is not general, by the rule’s own condition', () => {
    const check = designationCheck(policy, { ...ready, grade: 1, general: false }, on);
    expect(check.ok).toBe(false);
    expect(failed({ ...ready, grade: 1, general: false })).toEqual(['hospital_grade']);
    const grade = check.conditions.find((c) => c.code === 'hospital_grade')!;
    expect(grade).toMatchObject({ clause: '第一条', met: false });
    expect(grade.text).toContain('登记为一级、非综合医院');
    expect(failed({ ...ready, grade: 2 })).toEqual([]);
    expect(failed({ ...ready, insuranceDesignated: false })).toEqual(['designated_hospital']);
  });

  it('follows the administered minimum grade, not a figure of its own', () => {
    const raised = withAdministeredValues(policy, [
      { name: 'min_hospital_grade', from: '2026-01-01', value: '3', ref: { doc: '测试' } },
    ]);
    expect(designationCheck(raised, { ...ready, grade: 2 }, on).ok).toBe(false);
    expect(designationCheck(raised, { ...ready, grade: 3 }, on).ok).toBe(true);
  });

  it('needs a 总主检 of 副主任医师 or above (第七条)', () => {
    expect(failed({ ...ready, chiefExaminerTitle: 'chief' })).toEqual([]);
    expect(failed({ ...ready, chiefExaminerTitle: 'attending' })).toEqual(['chief_examiner_title']);
    expect(failed({ ...ready, chiefExaminerTitle: null })).toEqual(['chief_examiner_title']);
  });

  it('names each missing checklist item with its clause in the refusal', () => {
    const { equipment_xray: _x, emergency_team: _e, ...rest } = ready.facilities;
    const check = designationCheck(
      policy,
      { ...ready, facilities: rest, examiners: 4, plannedDailyVolume: 44 },
      on,
    );
    expect(designationRefusal(check)).toBe(
      '不符合体检定点条件，不能确定为体检定点：第七条 主检4人，计划日均受检44人，比例低于1:10（至少须5名主检）；' +
        '第五条 未具备：X光机；第十九条 未具备：体检应急小组、应急方案和必要的急救设备',
    );
  });

  it('holds the 主检 ratio exactly at 1:10 and fails one examinee beyond it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (examiners) => {
        expect(examinerRatioMet(examiners, examiners * 10)).toBe(true);
        expect(examinerRatioMet(examiners, examiners * 10 + 1)).toBe(false);
        expect(failed({ ...ready, examiners, plannedDailyVolume: examiners * 10 })).toEqual([]);
        expect(failed({ ...ready, examiners, plannedDailyVolume: examiners * 10 + 1 })).toEqual([
          'examiner_ratio',
        ]);
      }),
      { numRuns: 200 },
    );
  });

  it('agrees with the ratio 主检 : 日均受检 ≥ 1 : 10 for any volume', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 100_000 }), (e, v) => {
        expect(examinerRatioMet(e, v)).toBe(v > 0 && e / v >= 1 / 10);
      }),
    );
  });

  it('does not pass a hospital that stated no daily volume', () => {
    expect(failed({ ...ready, plannedDailyVolume: 0 })).toEqual(['examiner_ratio']);
  });
});
