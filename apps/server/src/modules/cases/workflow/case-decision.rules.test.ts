import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  highestOverrideFen,
  overrideRefusal,
  ruleRefusal,
  secondApprovalRefusal,
} from './case-decision.rules.ts';

describe('amount changes by a reviewer', () => {
  it('allows every amount up to the ceiling, to the fen, and refuses every amount above it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 20_000_000_000 }),
        (rule, percent, amount) => {
          const highest = highestOverrideFen(rule, percent);
          // the ceiling never exceeds the exact rule × (100 + p) / 100, and misses it by less than a fen
          expect(highest * 100).toBeLessThanOrEqual(rule * (100 + percent));
          expect((highest + 1) * 100).toBeGreaterThan(rule * (100 + percent));
          expect(overrideRefusal(rule, amount, percent) === null).toBe(amount <= highest);
        },
      ),
    );
  });

  it('always allows lowering', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: 0, max: 100 }),
        (rule, p) => {
          expect(overrideRefusal(rule, Math.floor(rule / 2), p)).toBeNull();
        },
      ),
    );
  });

  it('asks a second approver only for a raise, and only of the person who raised it', () => {
    const raised = { proposedAmountFen: 100, overrideAmountFen: 101, overriddenBy: 'a' };
    expect(secondApprovalRefusal(raised, 'a')).toContain('须由另一名审批人批准');
    expect(secondApprovalRefusal(raised, 'b')).toBeNull();
    expect(secondApprovalRefusal({ ...raised, overrideAmountFen: 99 }, 'a')).toBeNull();
    expect(secondApprovalRefusal({ ...raised, overrideAmountFen: null }, 'a')).toBeNull();
  });
});

describe('the rule refusal', () => {
  it('names each failed condition with its clause and each rejected check, and nothing else', () => {
    const refusal = ruleRefusal({
      outcome: 'ineligible',
      amounts: {},
      conditions: [
        { status: 'fail', sentence: '年满50周岁', detail: '48岁', citation: '第二条' },
        { status: 'pass', sentence: '已登记失业' },
      ],
      checks: [{ id: 'x', label: '材料真实', status: 'rejected' }],
    });
    expect(refusal).toBe('年满50周岁（48岁）（第二条）；材料真实');
    expect(ruleRefusal(null)).toBeNull();
    expect(ruleRefusal({ outcome: 'eligible', amounts: {}, conditions: [], checks: [] })).toBeNull();
  });
});
