import type { CaseActor, CaseStatus } from './case-types';

export const caseStatusOptions: { value: CaseStatus; label: string; color: string }[] = [
  { value: 'draft', label: '草稿', color: 'default' },
  { value: 'submitted', label: '待受理', color: 'processing' },
  { value: 'returned', label: '退回补正', color: 'warning' },
  { value: 'accepted', label: '已受理', color: 'processing' },
  { value: 'reviewed', label: '已审核', color: 'cyan' },
  { value: 'approved', label: '已批准', color: 'success' },
  { value: 'rejected', label: '不予批准', color: 'error' },
  { value: 'withdrawn', label: '已撤回', color: 'default' },
  { value: 'in_public_notice', label: '公示中', color: 'purple' },
  { value: 'notice_passed', label: '公示期满', color: 'purple' },
  { value: 'sent_to_finance', label: '已转财政', color: 'geekblue' },
  { value: 'payment_planned', label: '已列入用款计划', color: 'geekblue' },
  { value: 'paid', label: '已拨付', color: 'green' },
  { value: 'payment_failed', label: '拨付失败', color: 'error' },
  { value: 'reconciled', label: '已对账', color: 'green' },
];

export const caseStatusColor = (status: string): string =>
  caseStatusOptions.find((o) => o.value === status)?.color ?? 'default';

/** Statuses in which the money has reached the payee (shown as 已拨付 with the amount). */
export const paidStatuses: readonly string[] = ['paid', 'reconciled'];

/** Approved, and every status after approval (the decision stands: the approval notice can be printed). */
export const approvedStatuses: ReadonlySet<string> = new Set([
  'approved',
  'in_public_notice',
  'notice_passed',
  'sent_to_finance',
  'payment_planned',
  'paid',
  'payment_failed',
  'reconciled',
]);

export const actorLabels: Record<CaseActor, string> = {
  applicant: '申请人',
  station: '街道(乡镇)经办',
  reviewer: '市局审核审批',
  finance: '财政/经办机构',
};

/** The waiting step (`awaiting.step`), as officers name it (待办环节). */
const stepLabels: Record<string, string> = {
  submit: '提交申请',
  supplement: '补正材料',
  accept: '受理',
  review: '审核',
  approve: '审批',
  publish_notice: '发布公示',
  public_notice: '公示',
  bureau_to_finance: '转送财政',
  finance_approval: '财政审批（用款计划）',
  payment: '拨付',
  reconcile: '对账',
};

export const stepLabel = (step: string): string => stepLabels[step] ?? step;

/** Case event actions (办理记录) in Chinese. */
const eventLabels: Record<string, string> = {
  create: '新建申请',
  update: '修改申请',
  submit: '提交',
  withdraw: '撤回',
  accept: '受理',
  return: '退回补正',
  resubmit: '补正后重新提交',
  review: '审核',
  re_evaluate: '重新核验',
  override_amount: '调整核定金额',
  approve: '批准',
  reject: '不予批准',
  publish_notice: '发布公示',
  close_notice: '公示期满',
  uphold_objection: '异议成立，撤销批准',
  send_to_finance: '转送财政',
  approve_plan: '用款计划批准',
  remove_from_plan: '移出用款计划',
  pay: '拨付',
  fail_payment: '拨付失败退回',
  reconcile: '对账',
  change_fact: '事实更正',
};

export const eventLabel = (action: string): string => eventLabels[action] ?? action;

/** Where a due date was set for (`dueDates` keys) — the steps and the policy's own limits. */
export const dueDateLabel = (key: string): string => stepLabels[key] ?? key;

const claimParts: Record<string, string> = {
  training: '培训费补贴',
  appraisal: '技能鉴定费补贴',
  once: '一次性待遇',
};

/** A benefit claim key (`level_3:training`, `once`) in words: 「3级证书 培训费补贴」. */
export function claimLabel(key: string): string {
  return key
    .split(':')
    .map((part) => {
      const level = /^level_(\d)$/.exec(part);
      return level ? `${level[1]}级证书` : (claimParts[part] ?? part);
    })
    .join(' ');
}

/** Applicant kinds in the server's words (申请人类型). */
export const applicantKindNames: Record<string, string> = {
  person: '个人',
  institution_on_behalf: '机构代个人申领',
  institution: '机构（单位）',
  employer: '用人单位',
};

/** Whether the applicant kind names a person (个人, 机构代个人申领). */
export const concernsPerson = (kind: string | undefined) =>
  kind === 'person' || kind === 'institution_on_behalf';
