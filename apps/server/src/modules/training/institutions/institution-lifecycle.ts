import { addDays, addYears, type IsoDate } from '@minsheng/rules/engine/dates.ts';
import type { InstitutionStatus } from './institutions.schema.ts';

/**
 * Pure rules of a designated training institution's life (000 第五篇 (八); 003 (二)(三)):
 * which action may move it from which status, when it may open classes, and how its validity runs.
 * No database, no clock: "today" is always an argument.
 */

export const institutionStatusLabels: Record<InstitutionStatus, string> = {
  applied: '已申请，待审核',
  rejected: '审核未通过',
  in_notice: '公示中',
  designated: '已认定',
  rectifying: '限期整改',
  suspended: '暂停',
  withdrawn: '已取消定点资格',
};

/** The bureau's actions after designation, each with a reason (and the order its deadline). */
export const supervisionActions = ['order_rectify', 'rectified', 'suspend', 'reinstate', 'withdraw'] as const;
export type SupervisionAction = (typeof supervisionActions)[number];

export type InstitutionAction = 'review_pass' | 'review_reject' | 'designate' | SupervisionAction;

export const institutionActionLabels: Record<InstitutionAction | 'apply' | 'edit' | 'reapply', string> = {
  apply: '提交申请',
  edit: '修改申请',
  reapply: '重新申请认定',
  review_pass: '审核通过，发布公示',
  review_reject: '不予认定',
  designate: '认定为定点培训机构',
  order_rectify: '责令限期整改',
  rectified: '整改完成',
  suspend: '暂停定点资格',
  reinstate: '恢复定点资格',
  withdraw: '取消定点资格',
};

/** from → to of every action; anything else is refused. Withdrawal is final (整改无效的，取消资格). */
const transitions: Record<InstitutionAction, { from: InstitutionStatus[]; to: InstitutionStatus }> = {
  review_pass: { from: ['applied'], to: 'in_notice' },
  // Refused at review, or after a notice whose objection was upheld.
  review_reject: { from: ['applied', 'in_notice'], to: 'rejected' },
  designate: { from: ['in_notice'], to: 'designated' },
  order_rectify: { from: ['designated'], to: 'rectifying' },
  rectified: { from: ['rectifying'], to: 'designated' },
  suspend: { from: ['designated', 'rectifying'], to: 'suspended' },
  reinstate: { from: ['suspended'], to: 'designated' },
  withdraw: { from: ['designated', 'rectifying', 'suspended'], to: 'withdrawn' },
};

/** The status an action leads to, or a Chinese reason why it cannot be taken from `status`. */
export function transition(
  action: InstitutionAction,
  status: InstitutionStatus,
): { ok: true; to: InstitutionStatus } | { ok: false; message: string } {
  const t = transitions[action];
  if (t.from.includes(status)) return { ok: true, to: t.to };
  const allowed = t.from.map((s) => `「${institutionStatusLabels[s]}」`).join('、');
  return {
    ok: false,
    message: `机构当前状态为「${institutionStatusLabels[status]}」，不能${institutionActionLabels[action]}（仅${allowed}的机构可以）`,
  };
}

interface Validity {
  status: InstitutionStatus;
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
}

/** Within its designation's validity on `today` (both ends included). */
export const withinValidity = (i: Validity, today: IsoDate): boolean =>
  i.validFrom !== null && i.validTo !== null && i.validFrom <= today && today <= i.validTo;

/** A designation whose validity has run out (validTo < today): shown as 已过期. */
export const isExpired = (i: Validity, today: IsoDate): boolean =>
  i.validTo !== null && i.validTo < today && ['designated', 'rectifying', 'suspended'].includes(i.status);

/**
 * Whether the institution may open (apply for) a class on `today`: designated and within its
 * validity. An institution ordered to rectify, suspended, withdrawn or expired may not.
 */
export const canOpenClasses = (i: Validity, today: IsoDate): boolean =>
  i.status === 'designated' && withinValidity(i, today);

/** The status label the pages show: 已过期 replaces the status of an expired designation. */
export const displayStatus = (i: Validity, today: IsoDate): string =>
  isExpired(i, today) ? '已过期' : institutionStatusLabels[i.status];

/** The last day of a designation of `years` years starting on `from` (2026-03-01 + 2 → 2028-02-29). */
export const validityEnd = (from: IsoDate, years: number): IsoDate => addDays(addYears(from, years), -1);

/**
 * Why the institution may not apply again, or null when it may: after a refusal, or when its
 * designation has run out (each designation lasts the set validity; renewal is a new application
 * through review and notice). A withdrawn designation is final (整改无效的，取消其资格).
 */
export function reapplyProblem(i: Validity, today: IsoDate): string | null {
  if (i.status === 'rejected' || isExpired(i, today)) return null;
  return `机构当前状态为「${displayStatus(i, today)}」，不能重新申请（仅「审核未通过」或定点资格已过期的机构可以）`;
}
