import { describe, expect, it } from 'vitest';
import type { LoanStatus } from '../loans/loans.schema.ts';
import { fileTimeline, type TimelineParts } from './file-timeline.ts';

const loan = {
  id: 'loan-1',
  number: 'DK-2026-000007',
  status: 'written_off',
  principalFen: 4_800_000,
  requestedFen: 5_000_000,
  disbursedOn: '2026-03-10',
  maturesOn: '2028-03-10',
  appliedOn: '2026-02-02',
};
const parts = (over: Partial<TimelineParts>): TimelineParts => ({
  file: { registeredOn: '2026-01-05', course: 'SYB', trainedOn: null, assessment: null },
  training: null,
  plans: [],
  reviews: [],
  events: [],
  followUps: [],
  internships: [],
  ratings: [],
  projectLinks: [],
  loans: [loan],
  loanEvents: [],
  businesses: [],
  residencies: [],
  ...over,
});
/** Events are recorded one second apart (in the order made here) unless `sameAs` another's instant. */
let recorded = 0;
function event(
  action: string,
  onDate: string,
  more: { toStatus?: LoanStatus; amountFen?: number; reason?: string; kind?: string; sameAs?: Date } = {},
) {
  recorded += 1;
  return {
    loanId: loan.id,
    action,
    onDate,
    toStatus: more.toStatus ?? null,
    amountFen: more.amountFen ?? null,
    reason: more.reason ?? null,
    detail: more.kind ? { kind: more.kind } : null,
    at: more.sameAs ?? new Date(Date.UTC(2026, 0, 1, 0, 0, recorded)),
  };
}

describe('file timeline: a loan’s life', () => {
  it('shows each event of the loan on its date, with a Chinese title, in the order it happened', () => {
    const apply = event('apply', '2026-02-02', { toStatus: 'applied', amountFen: 5_000_000 });
    const review = event('review', '2026-02-09', { toStatus: 'approved' });
    const guarantee = event('guarantee', '2026-02-20', { toStatus: 'guaranteed', kind: 'credit_community' });
    const disburse = event('disburse', '2026-03-10', { toStatus: 'disbursed', amountFen: 4_800_000 });
    const repayment = event('repayment', '2026-04-10', { amountFen: 200_000 });
    const overdue = event('overdue', '2026-06-11', { toStatus: 'overdue', amountFen: 200_000 });
    const cured = event('overdue_cured', '2026-06-20', { toStatus: 'disbursed' });
    // an extension and the overdue it leaves are recorded in one transaction: the same instant
    const extend = event('extend', '2026-08-01', { toStatus: 'extended', reason: '经营周转困难' });
    const overdueAgain = event('overdue', '2026-08-01', {
      toStatus: 'overdue',
      amountFen: 400_000,
      sameAs: extend.at,
    });
    const compensate = event('compensate', '2026-11-11', { toStatus: 'compensated', amountFen: 4_000_000 });
    const recover = event('recover', '2026-12-01', { amountFen: 1_000_000 });
    const writeOff = event('write_off', '2027-03-01', {
      toStatus: 'written_off',
      amountFen: 3_000_000,
      reason: '借款人死亡，无财产可供执行',
    });
    const shuffled = [writeOff, overdueAgain, review, recover, apply, extend, repayment, compensate];
    const timeline = fileTimeline(
      parts({ loanEvents: [...shuffled, cured, disburse, guarantee, overdue] }),
      '2027-03-02',
    );
    const loanEntries = timeline.filter((e) => e.kind === 'loan');
    expect(loanEntries.map((e) => [e.on, e.title, e.detail])).toEqual([
      ['2026-02-02', '申请创业担保贷款 DK-2026-000007', '申请 50000.00 元'],
      ['2026-02-09', '贷款审核通过 DK-2026-000007', null],
      ['2026-02-20', '落实担保（信用社区免除反担保） DK-2026-000007', null],
      ['2026-03-10', '贷款放款 DK-2026-000007', '48000.00 元'],
      ['2026-06-11', '贷款逾期 DK-2026-000007', '逾期未还本金 2000.00 元'],
      ['2026-06-20', '逾期已还清 DK-2026-000007', null],
      ['2026-08-01', '贷款展期 DK-2026-000007', '经营周转困难'],
      ['2026-08-01', '贷款逾期 DK-2026-000007', '逾期未还本金 4000.00 元'],
      ['2026-11-11', '担保基金代偿 DK-2026-000007', '代偿 40000.00 元'],
      ['2026-12-01', '代偿后追偿 DK-2026-000007', '追回 10000.00 元'],
      ['2027-03-01', '贷款核销 DK-2026-000007', '核销未追回金额 30000.00 元；借款人死亡，无财产可供执行'],
    ]);
    expect(new Set(loanEntries.map((e) => e.link))).toEqual(new Set(['/entrepreneurship/loans/loan-1']));
    // the file's own entries and the loan's interleave by date
    expect(timeline[0]).toMatchObject({ on: '2026-01-05', kind: 'file' });
  });

  it('names a refusal with its reason, a counter-guarantee, and a loan settled by recovery', () => {
    const refused = fileTimeline(
      parts({
        loanEvents: [event('review', '2026-02-09', { toStatus: 'refused', reason: '不符合贷款条件' })],
      }),
      '2026-03-01',
    ).filter((e) => e.kind === 'loan');
    expect(refused.map((e) => [e.title, e.detail])).toEqual([
      ['贷款审核未通过 DK-2026-000007', '不符合贷款条件'],
    ]);
    const settled = fileTimeline(
      parts({
        loanEvents: [
          event('guarantee', '2026-02-20', { toStatus: 'guaranteed', kind: 'counter_guarantee' }),
          event('recover', '2026-12-01', { toStatus: 'repaid', amountFen: 500_050 }),
          event('repaid', '2027-01-05', { toStatus: 'repaid' }),
        ],
      }),
      '2027-03-01',
    ).filter((e) => e.kind === 'loan');
    expect(settled.map((e) => [e.title, e.detail])).toEqual([
      ['落实担保（反担保） DK-2026-000007', null],
      ['代偿后追偿 DK-2026-000007', '追回 5000.50 元；代偿已全部追回'],
      ['贷款结清 DK-2026-000007', null],
    ]);
  });

  it('shows a loan booked without its history by its application and disbursement', () => {
    const entries = fileTimeline(parts({}), '2026-12-01').filter((e) => e.kind === 'loan');
    expect(entries.map((e) => [e.on, e.title])).toEqual([
      ['2026-02-02', '申请创业担保贷款 DK-2026-000007'],
      ['2026-03-10', '贷款放款 DK-2026-000007'],
    ]);
  });
});

describe('an incubation stay on the timeline', () => {
  it('shows the entry and the exit with its reason on their dates', () => {
    const entries = fileTimeline(
      parts({
        loans: [],
        residencies: [
          {
            baseName: '泰山区创业孵化基地',
            enteredOn: '2026-04-01',
            exitedOn: '2026-10-01',
            exitReason: '孵化成功',
          },
        ],
      }),
      '2026-11-01',
    ).filter((e) => e.kind === 'incubation');
    expect(entries).toEqual([
      {
        on: '2026-04-01',
        kind: 'incubation',
        title: '入驻孵化基地：泰山区创业孵化基地',
        detail: null,
        link: null,
      },
      {
        on: '2026-10-01',
        kind: 'incubation',
        title: '退出孵化基地：泰山区创业孵化基地',
        detail: '孵化成功',
        link: null,
      },
    ]);
  });
});
