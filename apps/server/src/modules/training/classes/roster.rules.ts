import { fenToYuan } from '@minsheng/rules/engine/money.ts';
import type { TraineeGroup } from '../trainees/trainees.schema.ts';
import type { TrainingProgramme } from './classes.schema.ts';

/** The policy that decides a class's subsidies: 关于进一步做好促进就业工作的实施意见 四(二)–(三). */
export const TRAINING_SUBSIDY = 'county-city.training-subsidy';

/** The trainee groups of enrolment as the policy's person groups (四(二), 四(三)2). */
const policyGroup: Record<TraineeGroup, string> = {
  certificate_holder: 'certificate_holder',
  difficulty_person: 'difficulty_person',
  graduate: 'graduate',
  // 城镇其他登记失业人员: "其他失业人员" of 四(三)2
  registered_unemployed: 'other_unemployed',
  rural_migrant: 'rural_migrant',
  school_leaver: 'school_leaver',
};

export interface RosterClass {
  programme: TrainingProgramme;
  feePerTraineeFen: number | null;
}

export interface RosterTrainee {
  group: TraineeGroup;
  result: 'passed' | 'failed' | 'absent' | null;
  certificateId: string | null;
  /** the registry certificate's level ('1' … '5'), when the trainee has one */
  certificateLevel: string | null;
}

/**
 * The policy input of one completed trainee of a closed class, as the institution declares it on
 * the roster:
 * - the kind follows the programme: an entrepreneurship class claims 创业培训补助 (四(三)1); a
 *   skills, order or labour-preparation class claims 职业技能培训补助 with the class's fee as the
 *   actual fee (四(三)2) — except for rural migrants, whom 四(三)2 subsidises by the level of the
 *   qualification certificate obtained instead;
 * - the person: their enrolment group; enrolled from the city's registry, so 本市城乡劳动者;
 * - the days: the class's working days (see `classDays`);
 * - the certificate: for entrepreneurship the passed appraisal (《创业培训合格证书》), otherwise the
 *   registry's qualification certificate linked to the trainee, with its level;
 * - the business plan (创业项目计划书): declared per trainee by the institution.
 */
export function rosterInput(cls: RosterClass, t: RosterTrainee, days: number, businessPlan: boolean) {
  const person = {
    group: policyGroup[t.group],
    localLabour: true,
    registeredUnemployed: t.group === 'certificate_holder' || t.group === 'registered_unemployed',
  };
  if (cls.programme === 'entrepreneurship')
    return {
      kind: 'entrepreneurship',
      person,
      training: { days, certificate: t.result === 'passed' ? 'entrepreneurship_pass' : null, businessPlan },
    };
  const certificate = t.certificateId ? 'qualification' : null;
  const level = t.certificateLevel ? Number(t.certificateLevel) : undefined;
  const training = {
    days,
    certificate,
    ...(level !== undefined && level >= 1 && level <= 5 ? { certificateLevel: level } : {}),
    businessPlan: false,
  };
  if (t.group === 'rural_migrant') return { kind: 'migrant_certificate', person, training };
  // 四(三)2 names 初高中毕业生 for no subsidy but the completion certificate's (the class's 结业)
  if (t.group === 'school_leaver')
    return { kind: 'completion_certificate', person, training: { ...training, certificate: 'completion' } };
  return {
    kind: 'skills',
    person,
    training: { ...training, fee: fenToYuan(cls.feePerTraineeFen ?? 0) },
  };
}

export type RosterInput = ReturnType<typeof rosterInput>;
