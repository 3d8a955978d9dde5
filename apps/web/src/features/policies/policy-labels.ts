import type {
  ApplicantKind,
  CheckStatus,
  ConditionStatus,
  Outcome,
  ParamUnit,
  PolicyTimeLimit,
} from './policy-types';

export const applicantKindLabels: Record<ApplicantKind, string> = {
  person: '个人',
  institution_on_behalf: '机构代为申领',
  institution: '机构',
  employer: '用人单位',
};

export const unitLabels: Record<ParamUnit, string> = {
  yuan: '元',
  rate: '比例',
  days: '天',
  months: '月',
  years: '年',
  count: '个/次',
  points: '分',
  date: '日期',
};

export const outcomeTags: Record<Outcome, { color: string; label: string }> = {
  eligible: { color: 'success', label: '符合' },
  ineligible: { color: 'error', label: '不符合' },
  needs_review: { color: 'warning', label: '待人工审核' },
};

export const conditionStatusTags: Record<ConditionStatus, { color: string; label: string }> = {
  pass: { color: 'success', label: '符合' },
  fail: { color: 'error', label: '不符合' },
  not_applicable: { color: 'default', label: '不适用' },
  not_evaluated: { color: 'warning', label: '未能判断' },
};

export const checkStatusTags: Record<CheckStatus, { color: string; label: string }> = {
  pending: { color: 'warning', label: '待审核' },
  confirmed: { color: 'success', label: '已确认' },
  rejected: { color: 'error', label: '未通过' },
};

const timeUnitLabels: Record<PolicyTimeLimit['unit'], string> = {
  days: '日',
  working_days: '个工作日',
  day_of_month: '日（每月）',
};

export function timeLimitText(limit: PolicyTimeLimit): string {
  if (limit.unit === 'day_of_month') return `每月 ${limit.amount} 日前`;
  return `自${limit.from}起 ${limit.amount} ${timeUnitLabels[limit.unit]}内`;
}

export const label = <K extends string>(labels: Record<K, string>, code: string): string =>
  (labels as Record<string, string>)[code] ?? code;
