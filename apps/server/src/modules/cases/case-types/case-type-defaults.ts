import type { AnyPolicy } from '@minsheng/rules/engine/policy.ts';
import type { ApprovalChain, CaseTimeLimit, MaterialItem } from '../cases.schema.ts';

/**
 * A case type's starting settings, derived from its catalogue policy: the materials lists (one
 * checklist per applicant kind, an item named in two lists appears once), the policy's own time
 * limits, and the bureau's default step limits for whatever the policy text leaves open. The
 * defaults are administrative choices, not policy text: an administrator changes them per type.
 */
export const defaultStepLimits: readonly CaseTimeLimit[] = [
  step('accept', '受理', 5, '申请提交（或补正后重新提交）之日'),
  step('supplement', '申请人补正材料', 10, '出具一次性补正材料告知书之日'),
  step('review', '审核', 10, '受理之日'),
  step('approve', '审批', 5, '审核之日'),
  step('bureau_to_finance', '审批后转送财政部门', 8, '批准（或公示期满）之日'),
  step('finance_approval', '财政部门审批用款计划', 7, '接到转来材料之日'),
  step('payment', '拨付资金', 5, '用款计划批准之日'),
];

function step(id: string, label: string, amount: number, from: string): CaseTimeLimit {
  return {
    id,
    label,
    unit: 'working_days',
    amount,
    from,
    clause: '',
    holidayPostponement: true,
    source: 'default',
  };
}

export function defaultMaterials(policy: AnyPolicy): MaterialItem[] {
  const items: MaterialItem[] = [];
  for (const list of policy.materials) {
    for (const label of list.items) {
      if (items.some((i) => i.applicantKind === list.applicant && i.label === label)) continue;
      items.push({
        code: `m${items.length + 1}`,
        label,
        applicantKind: list.applicant,
        group: list.label,
        clause: list.clause,
        required: true,
      });
    }
  }
  return items;
}

/** The policy's time limits, then a default for every workflow step the policy does not set. */
export function defaultTimeLimits(policy: AnyPolicy): CaseTimeLimit[] {
  const own: CaseTimeLimit[] = policy.timeLimits.map((l) => ({
    id: l.id,
    label: l.label,
    unit: l.unit,
    amount: l.amount,
    from: l.from,
    clause: l.clause,
    holidayPostponement: l.holidayPostponement,
    source: 'policy',
  }));
  return [...own, ...defaultStepLimits.filter((d) => !own.some((o) => o.id === d.id))];
}

export const defaultApprovalChain = (): ApprovalChain => ({
  steps: [
    { step: 'accept', label: '街道（乡镇）劳动保障中心受理', permission: 'case:accept' },
    { step: 'review', label: '市局业务科室审核', permission: 'case:review' },
    { step: 'approve', label: '市局审批', permission: 'case:approve' },
  ],
  distinctApprover: false,
});

/** The row a new case type starts with. */
export function caseTypeDefaults(policy: AnyPolicy) {
  return {
    id: policy.id,
    policyId: policy.id,
    name: policy.name,
    // null: accepts applications when the policy is of the deployment's own jurisdictions
    enabled: null,
    materials: defaultMaterials(policy),
    applicantKinds: [...policy.applicantKinds],
    approvalChain: defaultApprovalChain(),
    timeLimits: defaultTimeLimits(policy),
    requiresPublicNotice: false,
    publicNoticeDays: 5,
    paysMoney: policy.paysMoney,
  };
}
