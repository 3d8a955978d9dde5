/**
 * The registry facts a policy's input may be pre-filled from ("records in the information system
 * are authoritative", 000 第三篇 五(一)). A field names its fact with `.meta(field('出生日期',
 * { fact: 'person.birthDate' }))`; the server provides every fact listed here from the registry as of
 * a date, with its source, and an officer may change a pre-filled value only with a reason.
 * The value type is the policy input's type at that field.
 */
export const FACTS = {
  'case.appliedOn': '申请受理日期（提交之日）',
  'person.gender': '性别（人员登记）',
  'person.birthDate': '出生日期（人员登记）',
  'person.hukouType': '户口性质：城镇 / 农村（人员登记）',
  'person.localHukou': '是否本市户籍（人员登记的户籍地类别）',
  'person.labourOrigin': '劳动力来源：本市城镇/本市农村/省内农村/市外城镇/省外农村（人员登记）',
  'person.retirementCategory': '退休年龄类别（男性由性别得出；女性干部/工人须申报）',
  'person.registeredUnemployed': '是否处于失业登记状态（失业登记）',
  'person.unemploymentRegisteredOn': '本次失业登记日期（失业登记）',
  'person.certificateHolder': '是否持有《就业创业证》/《再就业优惠证》（失业登记证号）',
  'person.receivingUnemploymentBenefit': '是否正在领取失业保险金（失业登记的领取期间）',
  'person.benefitEndedOn': '失业保险金领取期满日期（失业登记）',
  'person.entitledBenefitTotal': '应领取失业保险金总额（失业登记）',
  'person.employed': '是否已就业（就业登记未注销）',
  'person.difficultyPerson': '是否就业困难人员（就业困难人员认定）',
  'person.zeroEmploymentHousehold': '是否零就业家庭成员（零就业家庭认定）',
  'certificate.level': '证书等级（职业资格证书登记）',
  'certificate.occupation': '职业（工种）（职业资格证书登记）',
  'certificate.issuedOn': '发证日期（职业资格证书登记）',
  'certificate.obtainedBy': '取得方式（职业资格证书登记）',
  'shortage.listed': '职业是否列入紧缺工种目录（紧缺工种目录）',
  'shortage.publishedOn': '紧缺工种目录公布日期（紧缺工种目录）',
  'contract.current': '申请之日有效的劳动合同（劳动合同登记）',
  'insurance.payingLocally': '近两个月是否在本市缴纳社会保险（缴费记录）',
  'insurance.localMonths': '本市社会保险缴费月数（缴费记录）',
  'insurance.recordedInSystem': '劳动合同和社会保险是否均有系统记录',
} as const;

export type FactKey = keyof typeof FACTS;

export const isFactKey = (key: string): key is FactKey => key in FACTS;

/**
 * The `.meta()` of an input field: its Chinese title, and where the registry knows it, the fact
 * that pre-fills it; enums name their coded values in Chinese.
 */
export const field = (
  title: string,
  opts: { fact?: FactKey; enumLabels?: Record<string, string>; description?: string } = {},
) => ({ title, ...opts });
