import { z } from 'zod';
import { ageOn, type IsoDate } from '../../../engine/dates.ts';
import { cite } from '../../../engine/documents.ts';
import { loadParameters, lookup, type ParamValue } from '../../../engine/parameters.ts';
import { isoDate } from '../../../engine/schema.ts';
import { documentRef, EMPLOYMENT_PROMOTION } from '../../documents.ts';
import { TRAINEE_GROUP_LABELS, TRAINEE_GROUPS, type TraineeGroup } from './groups.ts';

/**
 * The target group a person is trained under in a subsidised class, decided from registry facts on
 * the enrolment date (城镇技能再就业计划 二(二), 能力促创业计划 (十), 001 篇3 四(二), 四(三)2, 四(四)); a
 * school leaver's age is taken at the class start. Which groups
 * each programme covers is dated and cited in parameters.yaml; this file says what each group means
 * in registry terms. Every decision lists every group with why it is or is not met.
 */
export const parameters = loadParameters(new URL('./parameters.yaml', import.meta.url));

/**
 * The group recorded when several are met: the ones with the higher skills-training subsidy first
 * (持证人员 and 就业困难人员 800 元, the others 600 元 or by certificate, 001 篇3 四(三)2).
 */
const PRECEDENCE: readonly TraineeGroup[] = [
  'certificate_holder',
  'difficulty_person',
  'graduate',
  'rural_migrant',
  'registered_unemployed',
  'school_leaver',
];

/** GB/T 4658 codes of 大中专 education: 研究生, 大学本科, 大学专科, 中等职业教育. */
const GRADUATE_EDUCATION = new Set(['10', '20', '30', '40']);
/** GB/T 4658 codes of 初高中 education: 普通高中, 初中. */
const SCHOOL_LEAVER_EDUCATION = new Set(['60', '70']);

export const traineeFactsSchema = z.object({
  /** 户口性质; null when the registry does not say */
  hukouType: z.enum(['urban', 'rural']).nullable(),
  /** the person's date of birth (the registry's, from the ID number) */
  birthDate: isoDate(),
  /** GB/T 4658 code of the person's education (文化程度), null when unknown */
  education: z.string().max(10).nullable(),
  /** the unemployment registration open on the date, with its 《就业创业证》 number */
  openUnemployment: z.object({ registeredOn: isoDate(), certificateNumber: z.string().max(50) }).nullable(),
  /** the 《就业创业证》 of the person's latest unemployment registration, open or not */
  employmentCertificate: z.string().max(50).nullable(),
  /** an employment registration is open on the date (就业登记) */
  employed: z.boolean(),
  /** a difficulty determination (就业困难人员认定) is in force on the date */
  difficultyPerson: z.boolean(),
});
export type TraineeFacts = z.input<typeof traineeFactsSchema>;

export const TRAINING_PROGRAMMES = [
  'skills_reemployment',
  'entrepreneurship',
  'labour_preparation',
  'order_training',
] as const;
export type TrainingProgramme = (typeof TRAINING_PROGRAMMES)[number];

export interface EligibilityReason {
  group: TraineeGroup | null;
  met: boolean;
  text: string;
  clause?: string;
}
export interface EligibilityDecision {
  eligible: boolean;
  /** the group recorded on the trainee (see PRECEDENCE), null when none is met */
  group: TraineeGroup | null;
  reasons: EligibilityReason[];
}

type F = z.output<typeof traineeFactsSchema>;
const LABOUR_PREPARATION = 'labour_preparation_group';
/** The first day the labour preparation system has a target group in the texts (001 四(四)). */
const labourPreparationFrom = parameters[LABOUR_PREPARATION]!.steps.school_leaver![0]!.from;

/**
 * 初高中毕业生 with 就业要求 (001 篇3 四(四)), as far as the registry can tell: education 初中 or
 * 普通高中 (the registry has no record of not going on to further study: the highest level recorded
 * stands in), of the age limits at the class start (the registry has no date of leaving school: the
 * age stands in), and not in an employment registration (有就业要求 means 处于无业状态, 001 五(四)).
 * The wish to be trained (培训愿望) is the enrolment itself.
 */
function schoolLeaver(f: F, startsOn: IsoDate): [boolean, string] {
  if (startsOn < labourPreparationFrom)
    return [false, `劳动预备制培训对象自 ${labourPreparationFrom} 起才有规定`];
  if (f.education === null || !SCHOOL_LEAVER_EDUCATION.has(f.education))
    return [false, '登记的文化程度不是初中或普通高中'];
  const age = ageOn(f.birthDate, startsOn);
  const min = Number(lookup(parameters, 'labour_preparation_min_age', startsOn).value);
  const max = Number(lookup(parameters, 'labour_preparation_max_age', startsOn).value);
  const level = f.education === '60' ? '普通高中' : '初中';
  if (age < min || age > max)
    return [
      false,
      `${level}文化程度，开班时（${startsOn}）${age}周岁，不在${min}至${max}周岁之间（人员登记无毕业时间，以年龄认定初高中毕业生）`,
    ];
  if (f.employed)
    return [false, `${level}文化程度，开班时${age}周岁，但在就业登记中（不是有就业要求的待业人员）`];
  return [true, `${level}文化程度，开班时${age}周岁，且无在册就业登记`];
}

/**
 * Whether the person is in the group by the registry (on the enrolment date; an age at the class
 * start), and the sentence that says why (not).
 */
const GROUP_TESTS: Record<TraineeGroup, (f: F, startsOn: IsoDate) => [boolean, string]> = {
  // The registry issues the 《就业创业证》 (successor of 《再就业优惠证》 and 《就业和失业登记证》) at an
  // unemployment registration. A holder who has since found work is no longer 下岗失业 (一(一)).
  certificate_holder: (f) =>
    f.employmentCertificate === null
      ? [false, '未持有《就业创业证》（无失业登记记录）']
      : f.employed
        ? [false, '持有《就业创业证》，但在就业登记中']
        : [true, `持有《就业创业证》（证号 ${f.employmentCertificate}），且无在册就业登记`],
  registered_unemployed: (f) =>
    f.openUnemployment
      ? [true, `${f.openUnemployment.registeredOn} 起城镇登记失业（失业登记有效）`]
      : [false, '无有效的失业登记'],
  // "进城务工": the registry's only evidence of working or seeking work in town is an open
  // employment or unemployment registration (001 篇3 五(四) lets rural migrants register where they
  // work); the seeds do not define the term further.
  rural_migrant: (f) =>
    f.hukouType !== 'rural'
      ? [false, f.hukouType === null ? '户口性质不详' : '非农村户口']
      : f.employed || f.openUnemployment
        ? [true, `农村户口，${f.employed ? '在城镇就业登记中' : '在城镇登记失业'}`]
        : [false, '农村户口，但无在册的就业登记或失业登记'],
  graduate: (f) =>
    f.education === null || !GRADUATE_EDUCATION.has(f.education)
      ? [false, '登记的文化程度不是中专及以上（大中专毕业生）']
      : f.openUnemployment
        ? [true, '中专及以上文化程度，且城镇登记失业']
        : [false, '中专及以上文化程度，但无有效的失业登记（大中专毕业生作为城镇登记失业人员参训）'],
  difficulty_person: (f) =>
    f.difficultyPerson ? [true, '经认定的就业困难人员（认定有效）'] : [false, '无有效的就业困难人员认定'],
  school_leaver: schoolLeaver,
};

/** 订单/定向培训 is a way of the skills re-employment plan (城镇技能再就业计划 (三)). */
const PARAMETER_OF: Record<TrainingProgramme, string> = {
  skills_reemployment: 'skills_reemployment_group',
  order_training: 'skills_reemployment_group',
  entrepreneurship: 'entrepreneurship_group',
  labour_preparation: LABOUR_PREPARATION,
};

const clauseOf = (p: ParamValue) => cite(p.ref.doc, p.ref.clause);

export function decideTraineeEligibility(
  programme: TrainingProgramme,
  facts: TraineeFacts,
  on: IsoDate,
  startsOn: IsoDate = on,
): EligibilityDecision {
  const f = traineeFactsSchema.parse(facts);
  const parameter = PARAMETER_OF[programme];
  if (parameter === LABOUR_PREPARATION && on < labourPreparationFrom) {
    return {
      eligible: false,
      group: null,
      reasons: [
        {
          group: null,
          met: false,
          text: `劳动预备制培训对象自 ${labourPreparationFrom} 起才有规定，${on} 时无可判定的培训对象`,
          clause: cite(documentRef(EMPLOYMENT_PROMOTION).doc, '四(四)'),
        },
      ],
    };
  }
  const reasons: EligibilityReason[] = [];
  const met: TraineeGroup[] = [];
  for (const group of TRAINEE_GROUPS) {
    const covered = lookup(parameters, parameter, on, group);
    const [inGroup, why] = GROUP_TESTS[group](f, startsOn);
    const clause = clauseOf(covered);
    if (covered.value === '1') {
      reasons.push({ group, met: inGroup, text: `${TRAINEE_GROUP_LABELS[group]}：${why}`, clause });
      if (inGroup) met.push(group);
    } else if (inGroup) {
      reasons.push({
        group,
        met: false,
        text: `${TRAINEE_GROUP_LABELS[group]}：${why}，但不是该培训计划的培训对象`,
        clause,
      });
    }
  }
  const group = PRECEDENCE.find((g) => met.includes(g)) ?? null;
  return { eligible: group !== null, group, reasons };
}

/** One line for a refusal: the unmet reasons of the groups the programme covers. */
export function refusalText(d: EligibilityDecision): string {
  return `不属于培训对象：${d.reasons
    .filter((r) => !r.met)
    .map((r) => r.text)
    .join('；')}`;
}
