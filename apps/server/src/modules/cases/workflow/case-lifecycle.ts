import type { Permission } from '../../../platform/access/permissions.ts';
import { type CaseStatus, caseStatusLabels } from './case-status.ts';

/**
 * The case lifecycle as data: for each action, the statuses it starts from, the status it leads
 * to, the permission it needs and who acts. Pure: no database, no clock. Services ask `decide`
 * before writing; lists ask `awaiting` who must act next.
 */
export const caseActions = [
  'update',
  'change_fact',
  'submit',
  'withdraw',
  'accept',
  'return',
  'resubmit',
  'review',
  're_evaluate',
  'override_amount',
  'approve',
  'reject',
  'publish_notice',
  'close_notice',
  'uphold_objection',
  'send_to_finance',
  'approve_plan',
  'remove_from_plan',
  'pay',
  'fail_payment',
  'reconcile',
] as const;
export type CaseAction = (typeof caseActions)[number];

/** Who acts at a step, for task lists and the UI. */
export type CaseActor = 'applicant' | 'station' | 'reviewer' | 'finance';

/** What the lifecycle needs to know about the case beyond its status. */
export interface LifecycleContext {
  /** the case type asks for a public notice (公示) before payment */
  requiresPublicNotice: boolean;
  /** the case type pays money (otherwise approval is final) */
  paysMoney: boolean;
  /** why the rule result frozen at review refuses the case (不符合): no approval, no amount change */
  ruleRefusal?: string | null;
}

interface TransitionDef {
  from: readonly CaseStatus[];
  /** null: the status stays (an audited action on the case, e.g. re-evaluation) */
  to: CaseStatus | null;
  permission: Permission;
  actor: CaseActor;
  label: string;
  /** a Chinese reason when the action is not allowed for this case, otherwise null */
  guard?: (ctx: LifecycleContext, from: CaseStatus) => string | null;
}

/**
 * Whether a case goes on to finance: its type pays money and its decision grants more than nothing
 * (an approval at 0 — a loan approved in its extension year without interest subsidy — ends there).
 * Before the rule has run the amount is unknown and the type decides.
 */
export const casePaysMoney = (typePaysMoney: boolean, decidedFen: number | null): boolean =>
  typePaysMoney && (decidedFen === null || decidedFen > 0);

const toFinanceGuard = (ctx: LifecycleContext, from: CaseStatus): string | null => {
  if (!ctx.paysMoney) return '该事项不涉及资金拨付';
  if (from === 'approved' && ctx.requiresPublicNotice) return '该事项须先公示，公示期满无异议后方可转财政';
  return null;
};

export const transitions: Record<CaseAction, TransitionDef> = {
  update: {
    from: ['draft', 'returned'],
    to: null,
    permission: 'case:create',
    actor: 'applicant',
    label: '修改申请',
  },
  change_fact: {
    from: ['draft', 'returned'],
    to: null,
    permission: 'case:create',
    actor: 'applicant',
    label: '修改登记信息（须写明理由）',
  },
  submit: { from: ['draft'], to: 'submitted', permission: 'case:create', actor: 'applicant', label: '提交' },
  withdraw: {
    from: ['draft', 'submitted', 'returned'],
    to: 'withdrawn',
    permission: 'case:create',
    actor: 'applicant',
    label: '撤回',
  },
  accept: { from: ['submitted'], to: 'accepted', permission: 'case:accept', actor: 'station', label: '受理' },
  return: {
    from: ['submitted'],
    to: 'returned',
    permission: 'case:accept',
    actor: 'station',
    label: '退回补正',
  },
  resubmit: {
    from: ['returned'],
    to: 'submitted',
    permission: 'case:create',
    actor: 'applicant',
    label: '补正后重新提交',
  },
  review: { from: ['accepted'], to: 'reviewed', permission: 'case:review', actor: 'reviewer', label: '审核' },
  re_evaluate: {
    from: ['reviewed'],
    to: null,
    permission: 'case:review',
    actor: 'reviewer',
    label: '重新核验',
  },
  override_amount: {
    from: ['reviewed'],
    to: null,
    permission: 'case:review',
    actor: 'reviewer',
    label: '调整核定金额',
    guard: (ctx) => (ctx.ruleRefusal ? '规则核验结论为不符合条件，不能调整核定金额，只能不予批准' : null),
  },
  approve: {
    from: ['reviewed'],
    to: 'approved',
    permission: 'case:approve',
    actor: 'reviewer',
    label: '批准',
  },
  reject: {
    from: ['accepted', 'reviewed'],
    to: 'rejected',
    permission: 'case:approve',
    actor: 'reviewer',
    label: '不予批准',
  },
  publish_notice: {
    from: ['approved'],
    to: 'in_public_notice',
    permission: 'case:approve',
    actor: 'reviewer',
    label: '发布公示',
    guard: (ctx) => (ctx.requiresPublicNotice ? null : '该事项无需公示'),
  },
  close_notice: {
    from: ['in_public_notice'],
    to: 'notice_passed',
    permission: 'case:approve',
    actor: 'reviewer',
    label: '公示期满',
  },
  uphold_objection: {
    from: ['in_public_notice'],
    to: 'rejected',
    permission: 'case:approve',
    actor: 'reviewer',
    label: '异议成立，撤销批准',
  },
  send_to_finance: {
    from: ['approved', 'notice_passed'],
    to: 'sent_to_finance',
    permission: 'case:approve',
    actor: 'reviewer',
    label: '转送财政',
    guard: toFinanceGuard,
  },
  approve_plan: {
    from: ['sent_to_finance', 'payment_failed'],
    to: 'payment_planned',
    permission: 'case:finance',
    actor: 'finance',
    label: '用款计划批准',
  },
  remove_from_plan: {
    from: ['payment_planned'],
    to: 'sent_to_finance',
    permission: 'case:finance',
    actor: 'finance',
    label: '移出用款计划',
  },
  pay: { from: ['payment_planned'], to: 'paid', permission: 'case:pay', actor: 'finance', label: '拨付' },
  fail_payment: {
    from: ['payment_planned', 'paid'],
    to: 'payment_failed',
    permission: 'case:finance',
    actor: 'finance',
    label: '拨付失败退回',
  },
  reconcile: {
    from: ['paid'],
    to: 'reconciled',
    permission: 'case:finance',
    actor: 'finance',
    label: '对账',
  },
};

export type Decision =
  | { ok: true; to: CaseStatus; permission: Permission }
  | { ok: false; reason: string; permission: Permission };

/** Whether `action` may be taken on a case in `from`, and the status it leads to. */
export function decide(from: CaseStatus, action: CaseAction, ctx: LifecycleContext): Decision {
  const def = transitions[action];
  const { permission } = def;
  if (!def.from.includes(from))
    return { ok: false, permission, reason: `案件当前状态为「${caseStatusLabels[from]}」，不能${def.label}` };
  const refused = def.guard?.(ctx, from);
  if (refused) return { ok: false, permission, reason: refused };
  return { ok: true, permission, to: def.to ?? from };
}

/**
 * The actions possible on a case in `from` for someone holding `permissions`. 批准 is not offered on
 * a case the rule found 不符合; the step itself refuses it too, after naming an earlier claim of the
 * same benefit if there is one (cases-decide.service.ts), so it has no guard here.
 */
export function availableActions(
  from: CaseStatus,
  ctx: LifecycleContext,
  permissions: ReadonlySet<string>,
): CaseAction[] {
  return caseActions.filter(
    (a) =>
      permissions.has(transitions[a].permission) &&
      decide(from, a, ctx).ok &&
      !(ctx.ruleRefusal && a === 'approve'),
  );
}

/** Statuses nothing leads out of. */
export const finalStatuses: ReadonlySet<CaseStatus> = new Set<CaseStatus>([
  'rejected',
  'withdrawn',
  'reconciled',
]);

/**
 * Who must act next on a case in `status` and which due-date step that is (a key of the case's
 * `dueDates`); null when nobody must (final statuses, approval of a type that pays nothing).
 */
export function awaiting(
  status: CaseStatus,
  ctx: LifecycleContext,
): { permission: Permission; actor: CaseActor; step: string } | null {
  switch (status) {
    case 'draft':
    case 'returned':
      return {
        permission: 'case:create',
        actor: 'applicant',
        step: status === 'draft' ? 'submit' : 'supplement',
      };
    case 'submitted':
      return { permission: 'case:accept', actor: 'station', step: 'accept' };
    case 'accepted':
      return { permission: 'case:review', actor: 'reviewer', step: 'review' };
    case 'reviewed':
      return { permission: 'case:approve', actor: 'reviewer', step: 'approve' };
    case 'approved':
      if (ctx.requiresPublicNotice)
        return { permission: 'case:approve', actor: 'reviewer', step: 'publish_notice' };
      return ctx.paysMoney
        ? { permission: 'case:approve', actor: 'reviewer', step: 'bureau_to_finance' }
        : null;
    case 'in_public_notice':
      return { permission: 'case:approve', actor: 'reviewer', step: 'public_notice' };
    case 'notice_passed':
      return { permission: 'case:approve', actor: 'reviewer', step: 'bureau_to_finance' };
    case 'sent_to_finance':
    case 'payment_failed':
      return { permission: 'case:finance', actor: 'finance', step: 'finance_approval' };
    case 'payment_planned':
      return { permission: 'case:pay', actor: 'finance', step: 'payment' };
    case 'paid':
      return { permission: 'case:finance', actor: 'finance', step: 'reconcile' };
    default:
      return null;
  }
}
