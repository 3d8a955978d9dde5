import { evaluate } from '@minsheng/rules/engine/evaluate.ts';
import type { AnyPolicy } from '@minsheng/rules/engine/policy.ts';
import {
  type ExaminerTitle,
  examinerTitleLabels,
  hospitalRequirements,
  seniorTitles,
} from './hospital-requirements.ts';

/** What the designation check reads of a hospital. */
export interface HospitalFacts {
  name: string;
  insuranceDesignated: boolean;
  grade: number;
  general: boolean;
  facilities: Record<string, boolean>;
  chiefExaminerName: string;
  chiefExaminerTitle: ExaminerTitle | null;
  examiners: number;
  plannedDailyVolume: number;
}

/** One condition of designation: met or not, as a sentence, with its clause of 000 第四篇. */
export interface DesignationCondition {
  code: string;
  met: boolean;
  text: string;
  clause: string;
}

export interface DesignationCheck {
  ok: boolean;
  conditions: DesignationCondition[];
}

/** The settlement rule's conditions that are 第一条 (主体资格). */
const FIRST_ARTICLE = ['designated_hospital', 'hospital_grade'] as const;
const gradeLabels: Record<number, string> = { 1: '一级', 2: '二级', 3: '三级' };

/**
 * 第一条 through the settlement rule's own conditions (`designated_hospital`, `hospital_grade`), so the
 * hospital that is designated is the one the rule will settle, on the same `min_hospital_grade` the
 * bureau administers: `policy` is the effective policy (YAML plus administered values) and the
 * engine's `evaluate` is pure. The rule also needs the settlement's figures; none of them bears on
 * these conditions, so a nil settlement stands in for them.
 */
function firstArticle(policy: AnyPolicy, h: HospitalFacts, on: string): DesignationCondition[] {
  const input = {
    hospital: {
      name: h.name,
      designated: h.insuranceDesignated,
      grade: h.grade,
      general: h.general,
    },
    examinationsEndedOn: on,
    fee: '0',
    rates: { result_error: '0', missed_item: '0', data_entry_error: '0', satisfaction: '100' },
  };
  const { conditions } = evaluate(policy, input, { on });
  return FIRST_ARTICLE.map((id) => {
    const c = conditions.find((x) => x.id === id);
    if (!c) throw new Error(`${policy.id} has no condition ${id}`);
    const met = c.status === 'pass';
    const registered =
      id === 'hospital_grade' && !met
        ? `（登记为${gradeLabels[h.grade] ?? h.grade}${h.general ? '综合医院' : '、非综合医院'}）`
        : '';
    return { code: id, met, text: `${c.sentence}${registered}`, clause: c.clause };
  });
}

/** 第七条: 主检人数与日平均受检人数之比不得低于1:10, i.e. 主检人数 × 10 ≥ 计划日均受检人数 (which must be stated). */
export const examinerRatioMet = (examiners: number, plannedDailyVolume: number): boolean =>
  plannedDailyVolume > 0 && examiners * 10 >= plannedDailyVolume;

function staffing(h: HospitalFacts): DesignationCondition[] {
  const title = h.chiefExaminerTitle;
  const senior = title !== null && seniorTitles.includes(title);
  const chief = h.chiefExaminerName || '总主检';
  const needed = Math.ceil(h.plannedDailyVolume / 10);
  return [
    {
      code: 'chief_examiner_title',
      clause: '第七条',
      met: senior,
      text: senior
        ? `${chief}具有${examinerTitleLabels[title!]}职称（副主任医师以上）`
        : `总主检须具有副主任医师以上职称（登记为：${title ? examinerTitleLabels[title] : '未登记'}）`,
    },
    {
      code: 'examiner_ratio',
      clause: '第七条',
      met: examinerRatioMet(h.examiners, h.plannedDailyVolume),
      text:
        h.plannedDailyVolume <= 0
          ? '未登记计划日均受检人数，无法核对主检人数与日均受检人数之比'
          : examinerRatioMet(h.examiners, h.plannedDailyVolume)
            ? `主检${h.examiners}人，计划日均受检${h.plannedDailyVolume}人，比例不低于1:10`
            : `主检${h.examiners}人，计划日均受检${h.plannedDailyVolume}人，比例低于1:10（至少须${needed}名主检）`,
    },
  ];
}

const checklist = (h: HospitalFacts): DesignationCondition[] =>
  hospitalRequirements.map((r) => {
    const met = h.facilities[r.code] === true;
    return { code: r.code, clause: r.clause, met, text: met ? r.label : `未具备：${r.label}` };
  });

/**
 * Whether a hospital may be designated for the insured employees' health checks on `on`: 第一条 by
 * the settlement rule, 第七条's 总主检 title and 主检 ratio, and every 第二–八、十一、十九条 checklist item.
 */
export function designationCheck(policy: AnyPolicy, h: HospitalFacts, on: string): DesignationCheck {
  const conditions = [...firstArticle(policy, h, on), ...staffing(h), ...checklist(h)];
  return { ok: conditions.every((c) => c.met), conditions };
}

/** The refusal of a designation, naming each failed condition with its clause. */
export const designationRefusal = (check: DesignationCheck): string =>
  `不符合体检定点条件，不能确定为体检定点：${check.conditions
    .filter((c) => !c.met)
    .map((c) => `${c.clause} ${c.text}`)
    .join('；')}`;
