/**
 * Case statuses (经办状态), in lifecycle order. Kept apart from the transition table so the schema
 * files can import them without pulling in the lifecycle logic.
 */
export const caseStatuses = [
  'draft', // 草稿
  'submitted', // 已提交，待受理
  'returned', // 已退回补正（一次性补正材料告知书）
  'accepted', // 已受理，待审核
  'reviewed', // 已审核，待审批
  'approved', // 已审批通过
  'rejected', // 不予批准
  'withdrawn', // 已撤回
  'in_public_notice', // 公示中
  'notice_passed', // 公示期满无异议
  'sent_to_finance', // 已转财政
  'payment_planned', // 用款计划已批准
  'paid', // 已拨付
  'payment_failed', // 拨付失败，退回财政
  'reconciled', // 已对账
] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const caseStatusLabels: Record<CaseStatus, string> = {
  draft: '草稿',
  submitted: '待受理',
  returned: '退回补正',
  accepted: '已受理',
  reviewed: '已审核',
  approved: '已批准',
  rejected: '不予批准',
  withdrawn: '已撤回',
  in_public_notice: '公示中',
  notice_passed: '公示期满',
  sent_to_finance: '已转财政',
  payment_planned: '已列入用款计划',
  paid: '已拨付',
  payment_failed: '拨付失败',
  reconciled: '已对账',
};

/** Approved, and every status a case reaches after approval: it carries a decided, frozen evaluation. */
export const approvedStatuses: ReadonlySet<CaseStatus> = new Set([
  'approved',
  'in_public_notice',
  'notice_passed',
  'sent_to_finance',
  'payment_planned',
  'paid',
  'payment_failed',
  'reconciled',
]);

/** Accepted (受理), and every status after acceptance, a refusal included. */
export const acceptedStatuses: ReadonlySet<CaseStatus> = new Set([
  'accepted',
  'reviewed',
  'rejected',
  ...approvedStatuses,
]);

/**
 * Who files a case (the rules package's ApplicantKind): the person, an institution on behalf of a
 * person (培训机构代申领), an institution for itself, or an employer.
 */
export const applicantKinds = ['person', 'institution_on_behalf', 'institution', 'employer'] as const;
export type CaseApplicantKind = (typeof applicantKinds)[number];
