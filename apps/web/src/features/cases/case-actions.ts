import type { CaseStep } from './case-api';

/** How the case page offers one lifecycle action. */
export interface ActionSpec {
  action: string;
  /** button text */
  label: string;
  /** the POST /cases/:id/<step> path segment; absent for actions taken on another page */
  step?: CaseStep;
  /** modal title and its OK button text (steps only) */
  title?: string;
  okText?: string;
  primary?: boolean;
  danger?: boolean;
  /** another page does it (公示, 财政): the button links there */
  href?: string;
}

const specs: ActionSpec[] = [
  {
    action: 'submit',
    step: 'submit',
    label: '提交申请',
    title: '提交申请',
    okText: '确认提交',
    primary: true,
  },
  {
    action: 'resubmit',
    step: 'resubmit',
    label: '补正后重新提交',
    title: '补正后重新提交',
    okText: '确认提交',
    primary: true,
  },
  { action: 'accept', step: 'accept', label: '受理', title: '受理申请', okText: '确认受理', primary: true },
  {
    action: 'return',
    step: 'return',
    label: '退回补正',
    title: '退回补正（一次性补正材料告知）',
    okText: '出具告知书并退回',
  },
  { action: 'review', step: 'review', label: '审核', title: '审核', okText: '提交审核', primary: true },
  {
    action: 're_evaluate',
    step: 're-evaluate',
    label: '重新核验',
    title: '重新核验',
    okText: '确认重新核验',
  },
  {
    action: 'override_amount',
    step: 'override-amount',
    label: '调整核定金额',
    title: '调整核定金额',
    okText: '确认调整',
  },
  { action: 'approve', step: 'approve', label: '批准', title: '批准', okText: '确认批准', primary: true },
  {
    action: 'reject',
    step: 'reject',
    label: '不予批准',
    title: '不予批准',
    okText: '确认不予批准',
    danger: true,
  },
  {
    action: 'withdraw',
    step: 'withdraw',
    label: '撤回申请',
    title: '撤回申请',
    okText: '确认撤回',
    danger: true,
  },
  { action: 'publish_notice', label: '发布公示', href: '/public-notices' },
  { action: 'close_notice', label: '公示管理', href: '/public-notices' },
  { action: 'send_to_finance', label: '转送财政', href: '/finance' },
  { action: 'approve_plan', label: '列入用款计划', href: '/finance' },
  { action: 'pay', label: '拨付', href: '/finance/plans' },
  { action: 'reconcile', label: '对账', href: '/finance/plans' },
];

/**
 * The buttons for a case's `availableActions` (what the server says the caller may do now, in
 * scope), in a fixed order. Actions without a button (update, remove_from_plan …) are left out —
 * `update` shows as editable material ticks instead. Two actions leading to one page show once.
 */
export function actionButtons(available: readonly string[]): ActionSpec[] {
  const offered = new Set(available);
  const seen = new Set<string>();
  return specs.filter((s) => {
    if (!offered.has(s.action)) return false;
    const key = s.href ? `link:${s.href}` : s.action;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Steps that carry the material ticks with them (or a draft update): the ticks are editable then. */
export const materialsEditable = (available: readonly string[]): boolean =>
  ['update', 'accept', 'return', 'submit', 'resubmit'].some((a) => available.includes(a));

/** Steps whose body carries the material ticks. */
export const stepsWithMaterials: readonly string[] = ['submit', 'resubmit', 'accept', 'return'];

/** One line of a textarea per reason or item, blanks dropped. */
export const lines = (text: string | undefined): string[] =>
  (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
