/**
 * The statuses of a guaranteed loan (创业担保贷款) from application to settlement or write-off, with
 * the labels officers and banks read: no I/O, so that the web app shows the same labels as the
 * server's lists and messages.
 */
export const LOAN_STATUSES = [
  'applied',
  'refused',
  'approved',
  'guaranteed',
  'disbursed',
  'extended',
  'overdue',
  'compensated',
  'repaid',
  'written_off',
] as const;
export type LoanStatus = (typeof LOAN_STATUSES)[number];

export const LOAN_STATUS_LABELS: Readonly<Record<LoanStatus, string>> = {
  applied: '已申请，待审核',
  refused: '不符合条件',
  approved: '审核通过，待担保',
  guaranteed: '已落实担保，待放款',
  disbursed: '还款中',
  extended: '已展期',
  overdue: '逾期',
  compensated: '已代偿，追偿中',
  repaid: '已结清',
  written_off: '已核销',
};
