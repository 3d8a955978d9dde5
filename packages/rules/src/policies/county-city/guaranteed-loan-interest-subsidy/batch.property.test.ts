import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, type IsoDate, toDayNumber } from '../../../engine/dates.ts';
import { evaluate } from '../../../engine/evaluate.ts';
import { fenToYuan, yuanToFen } from '../../../engine/money.ts';
import { compileInterestSubsidy, GROUP_FULL, GROUP_OTHER_UNEMPLOYED, type LoanColumns } from './batch.ts';
import { type Input, policy } from './policy.ts';

const FAR = toDayNumber('2100-01-01');

/**
 * A loan's balance segments as the claim's SQL builds them from the ledger: from the disbursement
 * day the principal, then from each repayment day (or the disbursement day, for earlier ones) the
 * principal less the cumulative repayments, each segment up to the next one or the closing day.
 */
function segmentsOf(input: Input): { from: number; to: number; balanceFen: number }[] {
  const { loan } = input;
  const byDay = new Map<IsoDate, number>();
  for (const r of input.repayments) byDay.set(r.paidOn, (byDay.get(r.paidOn) ?? 0) + yuanToFen(r.principal));
  const steps = [{ from: toDayNumber(loan.disbursedOn), balanceFen: yuanToFen(loan.principal) }];
  let repaid = 0;
  for (const day of [...byDay.keys()].sort()) {
    repaid += byDay.get(day)!;
    steps.push({
      from: Math.max(toDayNumber(day), toDayNumber(loan.disbursedOn)),
      balanceFen: yuanToFen(loan.principal) - repaid,
    });
  }
  const closed = loan.closedOn === null ? FAR : toDayNumber(loan.closedOn);
  return steps.map((s, k) => ({ ...s, to: Math.min(steps[k + 1]?.from ?? FAR, closed) }));
}

function columnsOf(inputs: readonly Input[]): LoanColumns {
  const c = {
    group: [] as number[],
    partners: [] as number[],
    serviceSector: [] as number[],
    excludedIndustry: [] as number[],
    rateMicros: [] as number[],
    maturesOn: [] as number[],
    segmentOffsets: [0],
    segmentFrom: [] as number[],
    segmentTo: [] as number[],
    segmentBalanceFen: [] as number[],
  };
  for (const input of inputs) {
    c.group.push(input.borrower.group === 'other_unemployed' ? GROUP_OTHER_UNEMPLOYED : GROUP_FULL);
    c.partners.push(input.partners);
    c.serviceSector.push(input.project.serviceSector ? 1 : 0);
    c.excludedIndustry.push(input.project.industry === 'other' ? 0 : 1);
    c.rateMicros.push(Math.round(Number(input.loan.annualInterestRate) * 1_000_000));
    c.maturesOn.push(toDayNumber(input.loan.maturesOn));
    for (const s of segmentsOf(input)) {
      c.segmentFrom.push(s.from);
      c.segmentTo.push(s.to);
      c.segmentBalanceFen.push(s.balanceFen);
    }
    c.segmentOffsets.push(c.segmentFrom.length);
  }
  return c;
}

const day = (from: string, span: number) => fc.integer({ min: 0, max: span }).map((n) => addDays(from, n));

const loanInput = (period: { start: IsoDate; end: IsoDate }) =>
  fc
    .record({
      group: fc.constantFrom('job_loser', 'certificate_holder', 'urban_veteran', 'other_unemployed'),
      partners: fc.oneof(fc.constant(1), fc.integer({ min: 2, max: 6 })),
      serviceSector: fc.constantFrom(true, true, true, true, false),
      industry: fc.constantFrom('other', 'other', 'other', 'other', 'massage', 'pawn'),
      principalFen: fc.integer({ min: 1_000_000, max: 10_000_000 }),
      rateMicros: fc.integer({ min: 1, max: 120_000 }),
      disbursedOn: day('2024-06-01', 700),
      termDays: fc.integer({ min: 30, max: 800 }),
      extended: fc.boolean(),
      closedAfter: fc.option(fc.integer({ min: 0, max: 900 }), { nil: null }),
      repayments: fc.array(
        fc.record({ after: fc.integer({ min: -20, max: 800 }), share: fc.integer({ min: 0, max: 40 }) }),
        {
          maxLength: 24,
        },
      ),
    })
    .map(
      (r): Input => ({
        borrower: { group: r.group as Input['borrower']['group'] },
        partners: r.partners,
        project: { serviceSector: r.serviceSector, industry: r.industry as Input['project']['industry'] },
        loan: {
          principal: fenToYuan(r.principalFen),
          annualInterestRate: (r.rateMicros / 1_000_000).toFixed(6),
          disbursedOn: r.disbursedOn,
          maturesOn: addDays(r.disbursedOn, r.termDays),
          extended: r.extended,
          closedOn: r.closedAfter === null ? null : addDays(r.disbursedOn, r.closedAfter),
        },
        // shares in fortieths of the principal: some loans repaid in full (or more) before or within the period
        repayments: r.repayments.map((p) => ({
          paidOn: addDays(r.disbursedOn, p.after),
          principal: fenToYuan(Math.floor((r.principalFen * p.share) / 40)),
        })),
        period,
      }),
    );

const periodArb = fc
  .record({ start: day('2025-01-01', 500), length: fc.integer({ min: 1, max: 92 }) })
  .map(({ start, length }) => ({ start, end: fromDayNumber(toDayNumber(start) + length - 1) }));

describe('interest subsidy batch', () => {
  it('gives every loan the fen, days, balance-days and reason evaluate() gives it', () => {
    fc.assert(
      fc.property(
        periodArb.chain((period) =>
          fc.tuple(fc.constant(period), fc.array(loanInput(period), { minLength: 1, maxLength: 12 })),
        ),
        ([period, inputs]) => {
          const batch = compileInterestSubsidy(policy, period).run(columnsOf(inputs));
          inputs.forEach((input, i) => {
            const single = evaluate(policy, input, { on: '2026-12-31' });
            const fen = single.outcome === 'ineligible' ? 0 : yuanToFen(single.payableTotal ?? '0');
            expect(batch.amountFen[i]).toBe(fen);
            expect(batch.reason[i]).toBe(single.failed[0] ?? null);
            if (single.outcome !== 'ineligible') {
              expect(batch.days[i]).toBe(single.outputs.days);
              expect(batch.balanceDaysFen[i]).toBe(single.outputs.balanceDaysFen);
              expect(String(batch.ratio[i])).toBe(single.outputs.ratio);
            }
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
