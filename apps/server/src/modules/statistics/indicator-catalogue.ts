import type { Reference } from '@minsheng/rules/engine/parameters.ts';
import { documentRef, EMPLOYMENT_PROMOTION } from '@minsheng/rules/policies/documents.ts';

/**
 * The statistical indicators (统计指标), each defined once: the source text's definition with its
 * clause, and how the records count it. A set indicator counts the distinct persons, cases,
 * households or trainee records of one member set (`indicator-members.repo.ts`), and its drill-down lists exactly
 * that set; a rate divides two member sets; a sum adds and subtracts other indicators; an amount
 * sums the money of a set of cases. An indicator the records cannot count carries the reason
 * instead, and is answered with a null value, never a guessed number.
 */
export type MemberSet =
  | 'new_jobs'
  | 'natural_attrition'
  | 'reemployed_unemployed'
  | 'new_jobs_with_contract'
  | 'new_jobs_insured'
  | 'reemployed_insured'
  | 'rural_labour_transfer'
  | 'insurance_expansion'
  | 'training_trained'
  | 'training_passed'
  | 'training_certified'
  | 'training_reemployed'
  | 'difficulty_determined'
  | 'difficulty_employed'
  | 'zero_households_recognised'
  | 'zero_households_cleared'
  | 'registered_unemployed'
  | 'subsidies_approved'
  | 'subsidies_paid';

/** a person, a case, a household, or a trainee record (one person's place in one class) */
export type Subject = 'person' | 'case' | 'household' | 'trainee';

interface Common {
  code: string;
  name: string;
  /** the name the national statistics (就业失业统计报表制度) use, where this is the same figure */
  nationalName?: string;
  /** the source text's definition, quoted or closely paraphrased */
  definition: string;
  /** how the records count it: which records, which dates, which exclusions */
  counting: string;
  reference: Reference;
  unit: '人' | '户' | '件' | '元' | '%';
}

export type IndicatorDefinition = Common &
  (
    | { kind: 'count'; subject: Subject; members: MemberSet }
    | { kind: 'amount'; subject: 'case'; members: MemberSet }
    | {
        kind: 'rate';
        subject: Subject;
        numerator: MemberSet;
        denominator: MemberSet;
      }
    | { kind: 'sum'; terms: { code: string; sign: 1 | -1 }[] }
    | { kind: 'uncountable'; reason: string }
  );

const FEICHENG = 'feicheng.town-assessment';
const SKILLS = 'fujian.skills-and-entrepreneurship-plans';
/** 培训人数 as the trainee records count it (modules/training/outcomes/trained.sql.ts). */
const TRAINED = '城镇技能再就业计划的学员中状态为「已结业」、所在培训班最后一天在报告期内的学员记录数';

export const indicatorCatalogue: readonly IndicatorDefinition[] = [
  {
    code: 'new_jobs',
    name: '累计新就业人数',
    definition:
      '报告期内累计新就业的各类用人单位从业者、私营个体经济组织从业者、各种灵活形式从业者的人数总和。',
    counting:
      '报告期内开始的就业登记（各就业形式）的人数；同一人前一份就业登记在新登记开始前一日仍未终止的（换岗）不计。',
    reference: documentRef(FEICHENG, '三1'),
    unit: '人',
    kind: 'count',
    subject: 'person',
    members: 'new_jobs',
  },
  {
    code: 'natural_attrition',
    name: '自然减员人数',
    definition: '报告期内累计从就业队伍减员的退休者和在职职工伤亡减员者的人数总和。',
    counting: '报告期内以「达到退休年龄」「死亡」或「伤残退出工作」终止的就业登记的人数。',
    reference: documentRef(FEICHENG, '三1'),
    unit: '人',
    kind: 'count',
    subject: 'person',
    members: 'natural_attrition',
  },
  {
    code: 'new_employment',
    name: '新增就业人数',
    nationalName: '城镇新增就业人数',
    definition: '截止报告期末累计新就业人数减去累计自然减员人数。',
    counting: '累计新就业人数 − 自然减员人数（两项各自可穿透到人）。',
    reference: documentRef(FEICHENG, '三1'),
    unit: '人',
    kind: 'sum',
    terms: [
      { code: 'new_jobs', sign: 1 },
      { code: 'natural_attrition', sign: -1 },
    ],
  },
  {
    code: 'reemployed_unemployed',
    name: '下岗、失业人员再就业人数',
    nationalName: '失业人员再就业人数',
    definition: '报告期内下岗、失业人员实现再就业的人数。',
    counting: '报告期内以「已就业」注销的失业登记的人数。',
    reference: documentRef(FEICHENG, '三1'),
    unit: '人',
    kind: 'count',
    subject: 'person',
    members: 'reemployed_unemployed',
  },
  {
    code: 'new_employment_and_reemployment',
    name: '新增就业再就业人数',
    definition: '报告期内新增就业人数和下岗、失业人员再就业人数之和。',
    counting: '累计新就业人数 − 自然减员人数 + 下岗、失业人员再就业人数（按考核办法相加，不去重）。',
    reference: documentRef(FEICHENG, '三1'),
    unit: '人',
    kind: 'sum',
    terms: [
      { code: 'new_jobs', sign: 1 },
      { code: 'natural_attrition', sign: -1 },
      { code: 'reemployed_unemployed', sign: 1 },
    ],
  },
  {
    code: 'contract_signing_rate',
    name: '劳动合同签订率',
    definition: '新增就业再就业人数中劳动合同按签订率得分（认定依据：劳动合同）。',
    counting: '新就业人员中有劳动合同（报告期末前开始、新就业开始时未终止）的人数 ÷ 累计新就业人数。',
    reference: documentRef(FEICHENG, '三1'),
    unit: '%',
    kind: 'rate',
    subject: 'person',
    numerator: 'new_jobs_with_contract',
    denominator: 'new_jobs',
  },
  {
    code: 'insurance_participation_rate',
    name: '新增就业人员参保率',
    definition: '新增就业人员社会保险缴纳按参保率得分。',
    counting: '新就业人员中自新就业当月至报告期末有任一险种已缴记录的人数 ÷ 累计新就业人数。',
    reference: documentRef(FEICHENG, '三1'),
    unit: '%',
    kind: 'rate',
    subject: 'person',
    numerator: 'new_jobs_insured',
    denominator: 'new_jobs',
  },
  {
    code: 'insurance_renewal_rate',
    name: '再就业人员续保率',
    definition: '新增再就业人员持续社会保险按续保率得分。',
    counting: '再就业人员中自再就业当月至报告期末有任一险种已缴记录的人数 ÷ 下岗、失业人员再就业人数。',
    reference: documentRef(FEICHENG, '三1'),
    unit: '%',
    kind: 'rate',
    subject: 'person',
    numerator: 'reemployed_insured',
    denominator: 'reemployed_unemployed',
  },
  {
    code: 'rural_labour_transfer',
    name: '新增农村劳动力转移就业人数',
    definition: '报告期内在本地新从事非农生产以及新外出务工6个月以上的农业劳动力人数。',
    counting:
      '农村户口人员在报告期内开始的新就业（同累计新就业），且该就业登记未终止或持续6个月以上。记录不区分本地与外出，6个月条件对两者都适用（从严）。',
    reference: documentRef(FEICHENG, '三2'),
    unit: '人',
    kind: 'count',
    subject: 'person',
    members: 'rural_labour_transfer',
  },
  {
    code: 'insurance_collection',
    name: '社会保险费征缴、清欠',
    definition: '社会保险费征缴、清欠（认定依据：财务帐册）。',
    counting: '',
    reference: documentRef(FEICHENG, '三3'),
    unit: '元',
    kind: 'uncountable',
    reason: '认定依据为财务帐册，本系统只有个人缴费记录，未接入征缴和清欠帐册。',
  },
  {
    code: 'insurance_expansion',
    name: '社会保险扩面人数',
    definition: '报告期内新增加的参加社会保险并至少缴纳过一次社会保险费的人员。',
    counting:
      '首次已缴社会保险费（任一险种）的所属月份在报告期内的人数，计入首次缴费所在的机构（以后转到其他机构缴费的，不再计为那里的扩面）。',
    reference: documentRef(FEICHENG, '三4'),
    unit: '人',
    kind: 'count',
    subject: 'person',
    members: 'insurance_expansion',
  },
  {
    code: 'rural_pension_enrolment',
    name: '农村养老保险参保人数',
    definition: '农村养老保险参保人数，新增保费收入、违规资金收回。',
    counting: '',
    reference: documentRef(FEICHENG, '三5'),
    unit: '人',
    kind: 'uncountable',
    reason: '本系统未登记农村养老保险的参保和缴费记录。',
  },
  {
    code: 'training_trained',
    name: '培训人数',
    definition:
      '对持《再就业优惠证》人员、城镇其他登记失业人员开展职业技能培训（每年8.5万人，5年42.5万人）。',
    counting: `${TRAINED}，计入学员记录的所属机构（报名时本人的所属机构，不论培训机构在何处），与「培训计划进展」的培训人数相同；同一人在报告期内结业两个培训班的，按两条学员记录计。`,
    reference: documentRef(SKILLS, '城镇技能再就业计划 二(二)'),
    unit: '人',
    kind: 'count',
    subject: 'trainee',
    members: 'training_trained',
  },
  {
    code: 'training_certified',
    name: '培训取证人数',
    definition: '对失业人员开展职业技能培训，取得职业资格证书。',
    counting: `培训人数（${TRAINED}）中学员记录已关联职业资格证书的学员数，与「培训计划进展」的取证人数相同。`,
    reference: documentRef(SKILLS, '城镇技能再就业计划 二(二)'),
    unit: '人',
    kind: 'count',
    subject: 'trainee',
    members: 'training_certified',
  },
  {
    code: 'training_pass_rate',
    name: '培训合格率',
    definition: '培训合格率达到90%以上。',
    counting: `培训人数（${TRAINED}）中鉴定结果为「合格」的学员数 ÷ 培训人数，不合格、缺考和未录入结果的都在分母中，与「培训计划进展」的合格率相同。`,
    reference: documentRef(SKILLS, '城镇技能再就业计划 二(二)'),
    unit: '%',
    kind: 'rate',
    subject: 'trainee',
    numerator: 'training_passed',
    denominator: 'training_trained',
  },
  {
    code: 'training_reemployment_rate',
    name: '培训后再就业率',
    definition: '培训后再就业率达到60%以上。',
    counting: `培训人数（${TRAINED}）中，培训班最后一天之后、本局设定的「培训后再就业统计期限（结业后月数）」（按报告期末日适用的值）之内有就业登记开始、劳动合同开始或社会保险已缴月份的学员数 ÷ 培训人数，与「培训计划进展」的再就业率相同。统计期限可晚于报告期末，按查询时的记录计；报告期末早于该期限施行日的，不计再就业。`,
    reference: documentRef(SKILLS, '城镇技能再就业计划 二(二)'),
    unit: '%',
    kind: 'rate',
    subject: 'trainee',
    numerator: 'training_reemployed',
    denominator: 'training_trained',
  },
  {
    code: 'difficulty_determined',
    name: '新认定就业困难人员人数',
    definition: '帮扶有就业愿望和劳动能力且积极求职的就业困难人员再就业。',
    counting: '报告期内作出就业困难人员认定（任一类别）的人数。',
    reference: documentRef(EMPLOYMENT_PROMOTION, '三(三)1'),
    unit: '人',
    kind: 'count',
    subject: 'person',
    members: 'difficulty_determined',
  },
  {
    code: 'difficulty_employed',
    name: '就业困难人员实现就业人数',
    nationalName: '就业困难人员实现就业人数',
    definition: '帮扶就业困难人员再就业。',
    counting: '报告期内开始新就业时持有有效就业困难人员认定（认定日不晚于就业开始日、未退出）的人数。',
    reference: documentRef(EMPLOYMENT_PROMOTION, '三(三)1'),
    unit: '人',
    kind: 'count',
    subject: 'person',
    members: 'difficulty_employed',
  },
  {
    code: 'zero_households_recognised',
    name: '新认定零就业家庭户数',
    definition: '零就业家庭出现一户、帮扶一户、消除一户。',
    counting: '报告期内认定的零就业家庭户数。',
    reference: documentRef(EMPLOYMENT_PROMOTION, '三(三)1'),
    unit: '户',
    kind: 'count',
    subject: 'household',
    members: 'zero_households_recognised',
  },
  {
    code: 'zero_households_cleared',
    name: '消除零就业家庭户数',
    definition: '零就业家庭出现一户、帮扶一户、消除一户，确保有就业需求的家庭至少有一人就业。',
    counting: '报告期内消除的零就业家庭户数。',
    reference: documentRef(EMPLOYMENT_PROMOTION, '三(三)1'),
    unit: '户',
    kind: 'count',
    subject: 'household',
    members: 'zero_households_cleared',
  },
  {
    code: 'registered_unemployed',
    name: '城镇登记失业人数',
    nationalName: '城镇登记失业人数',
    definition: '在当地公共就业服务机构进行失业登记的人员，报告期末时点数。',
    counting: '报告期末日失业登记有效（登记日不晚于期末、期末时未注销）的人数。',
    reference: documentRef(EMPLOYMENT_PROMOTION, '五(四)'),
    unit: '人',
    kind: 'count',
    subject: 'person',
    members: 'registered_unemployed',
  },
  {
    code: 'registered_unemployment_rate',
    name: '城镇登记失业率',
    nationalName: '城镇登记失业率',
    definition: '城镇登记失业人数 ÷（城镇从业人员 + 城镇登记失业人数）。',
    counting: '',
    reference: documentRef(EMPLOYMENT_PROMOTION, '五(四)'),
    unit: '%',
    kind: 'uncountable',
    reason: '分母中的城镇从业人员总数来自统计部门，本系统的就业登记不覆盖全部从业人员。',
  },
  {
    code: 'subsidies_approved',
    name: '批准补贴金额',
    definition: '各项就业补贴、社会保险补贴按政策审批的金额。',
    counting: '报告期内审批通过（其后撤销的不计）的案件的批准金额之和，可按政策分列。',
    reference: documentRef(EMPLOYMENT_PROMOTION),
    unit: '元',
    kind: 'amount',
    subject: 'case',
    members: 'subsidies_approved',
  },
  {
    code: 'subsidies_paid',
    name: '拨付补贴金额',
    definition: '各项补贴资金的实际拨付额。',
    counting: '报告期内拨付成功（已拨付或已对账）的支付金额之和，可按政策分列。',
    reference: documentRef(EMPLOYMENT_PROMOTION),
    unit: '元',
    kind: 'amount',
    subject: 'case',
    members: 'subsidies_paid',
  },
];

/**
 * The key indicators of a home page and a ranking table: the town assessment's countable ones
 * (肥城 三1, 三2, 三4), the county-city's assistance figures (001 篇3 三(三)1) and the money paid.
 */
export const keyIndicatorCodes = [
  'new_employment_and_reemployment',
  'new_employment',
  'reemployed_unemployed',
  'rural_labour_transfer',
  'insurance_expansion',
  'difficulty_employed',
  'zero_households_cleared',
  'subsidies_paid',
];

const byCode = new Map(indicatorCatalogue.map((d) => [d.code, d]));
export const indicatorByCode = (code: string) => byCode.get(code);

/** The member sets whose drill-down lists the records behind an indicator, by part. */
export function drillParts(d: IndicatorDefinition): { part: string; label: string; members: MemberSet }[] {
  switch (d.kind) {
    case 'count':
    case 'amount':
      return [{ part: 'value', label: d.name, members: d.members }];
    case 'rate':
      return [
        { part: 'numerator', label: '分子', members: d.numerator },
        { part: 'denominator', label: '分母', members: d.denominator },
      ];
    case 'sum':
      return d.terms.flatMap((t) => drillParts(byCode.get(t.code)!).map((p) => ({ ...p, part: t.code })));
    case 'uncountable':
      return [];
  }
}
