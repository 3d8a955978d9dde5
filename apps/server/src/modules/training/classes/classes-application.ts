import { compareDates } from '@minsheng/rules/engine/dates.ts';
import { invalid } from '../../../platform/errors.ts';
import { canOpenClasses, withinValidity } from '../institutions/institution-lifecycle.ts';
import type { InstitutionOccupation, InstitutionStatus } from '../institutions/institutions.schema.ts';
import { preparationDurationProblem, programmeLabels } from './classes.rules.ts';
import type { TrainingProgramme } from './classes.schema.ts';

/** What an institution fills in to open a class (fee already in fen). */
export interface ClassApplication {
  programme: TrainingProgramme;
  occupation: string;
  level: number | null;
  hours: number;
  startsOn: string;
  endsOn: string;
  place: string;
  teacherIds: string[];
  employerId: string | null;
  feePerTraineeFen: number | null;
  capacity: number;
  completionThresholdPercent: number;
}

/** What the check needs to know of the institution. */
export interface ApplyingInstitution {
  status: InstitutionStatus;
  validFrom: string | null;
  validTo: string | null;
  occupations: InstitutionOccupation[];
  capacity: number;
}

const refuse = (path: string, message: string) => invalid(message, [{ path, message }]);

/**
 * Whether the institution may open a class over these dates: it may open classes on the first day
 * (designated, within validity — the institutions module's rule) and its validity covers the last.
 */
export function openingProblem(inst: ApplyingInstitution, startsOn: string, endsOn: string): string | null {
  if (inst.status !== 'designated') return '本机构当前不是有效的定点培训机构，不能申请开班';
  if (!inst.validFrom || !inst.validTo) return '本机构的定点资格没有有效期，不能申请开班';
  if (!canOpenClasses(inst, startsOn) || !withinValidity(inst, endsOn))
    return `培训班日期须在本机构定点资格有效期（${inst.validFrom} 至 ${inst.validTo}）之内`;
  return null;
}

/**
 * The checks of a class application that need no database beyond the institution itself; the
 * teachers and the order employer are checked by the service. Throws the first problem in Chinese.
 */
export function checkApplication(a: ClassApplication, inst: ApplyingInstitution, today: string) {
  if (compareDates(a.startsOn, a.endsOn) > 0) throw refuse('endsOn', '结束日期不能早于开始日期');
  if (compareDates(a.startsOn, today) < 0) throw refuse('startsOn', '开班日期不能早于今天');
  const opening = openingProblem(inst, a.startsOn, a.endsOn);
  if (opening) throw refuse('startsOn', opening);
  const occ = inst.occupations.find((o) => o.occupation === a.occupation);
  if (!occ) throw refuse('occupation', `「${a.occupation}」不在本机构认定的培训职业（工种）范围内`);
  if (occ.levels.length === 0 && a.level !== null)
    throw refuse('level', `本机构认定的「${a.occupation}」培训不分等级`);
  if (occ.levels.length > 0 && (a.level === null || !occ.levels.includes(a.level)))
    throw refuse(
      'level',
      `本机构认定的「${a.occupation}」培训等级为 ${occ.levels.join('、')} 级，请在其中选择`,
    );
  if (a.programme === 'labour_preparation') {
    const problem = preparationDurationProblem(a.startsOn, a.endsOn);
    if (problem) throw refuse('endsOn', problem);
  }
  if (a.programme === 'order_training' && !a.employerId)
    throw refuse('employerId', '订单（定向）培训须选择已登记的订单用人单位');
  if (a.programme !== 'order_training' && a.employerId)
    throw refuse('employerId', `${programmeLabels[a.programme]}不填写订单用人单位`);
  if (a.programme !== 'entrepreneurship' && a.feePerTraineeFen === null)
    throw refuse('feePerTrainee', '职业技能培训须填写每人培训费用（补贴按实际培训费用核定）');
  if (a.capacity > inst.capacity)
    throw refuse('capacity', `计划人数不能超过本机构的培训能力（${inst.capacity} 人）`);
  if (a.teacherIds.length === 0) throw refuse('teacherIds', '请至少选择一名授课教师');
  if (new Set(a.teacherIds).size !== a.teacherIds.length) throw refuse('teacherIds', '授课教师重复选择');
}
