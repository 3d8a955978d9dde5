import { describe, expect, it } from 'vitest';
import { assertMove, canMove, loanMoves } from './loan-status.ts';
import { loanStatuses } from './loans.schema.ts';

describe('loan status moves', () => {
  it('allows exactly the moves of the lifecycle', () => {
    const allowed = loanStatuses.flatMap((from) =>
      loanStatuses.filter((to) => canMove(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed.sort()).toEqual(
      [
        'applied→approved',
        'applied→refused',
        'approved→guaranteed',
        'guaranteed→disbursed',
        'disbursed→extended',
        'disbursed→overdue',
        'disbursed→repaid',
        'extended→overdue',
        'extended→repaid',
        'overdue→disbursed',
        'overdue→extended',
        'overdue→compensated',
        'overdue→repaid',
        'compensated→repaid',
        'compensated→written_off',
      ].sort(),
    );
  });

  it('ends in refused, repaid and written off', () => {
    for (const end of ['refused', 'repaid', 'written_off'] as const) expect(loanMoves[end]).toEqual([]);
  });

  it('refuses a move outside the table in Chinese', () => {
    expect(() => assertMove('applied', 'disbursed')).toThrow(
      '贷款状态为「已申请，待审核」，不能变更为「还款中」',
    );
    expect(() => assertMove('extended', 'extended')).toThrow();
  });
});
