/**
 * The findings a conclusion names, coded so the closing analysis (第十六条) can count them by age,
 * sex and employer. `serious` marks the 第十七条 重要指标阳性或可疑重大疾病 that open a notification task.
 */
export const findingCodes = [
  { code: 'hypertension', label: '血压偏高', serious: false },
  { code: 'hyperglycaemia', label: '血糖偏高', serious: false },
  { code: 'dyslipidaemia', label: '血脂异常', serious: false },
  { code: 'fatty_liver', label: '脂肪肝', serious: false },
  { code: 'liver_function', label: '肝功能异常', serious: false },
  { code: 'kidney_function', label: '肾功能异常', serious: false },
  { code: 'abnormal_ecg', label: '心电图异常', serious: false },
  { code: 'lung_shadow', label: '肺部阴影', serious: false },
  { code: 'severe_hypertension', label: '血压重度升高（≥180/110）', serious: true },
  { code: 'critical_glucose', label: '血糖危急值', serious: true },
  { code: 'suspected_tumour', label: '可疑肿瘤', serious: true },
] as const;

export type FindingCode = (typeof findingCodes)[number]['code'];
export const isFindingCode = (code: string): code is FindingCode => findingCodes.some((f) => f.code === code);
export const findingLabel = (code: FindingCode) => findingCodes.find((f) => f.code === code)!.label;
export const isSerious = (code: FindingCode) => findingCodes.find((f) => f.code === code)!.serious;
