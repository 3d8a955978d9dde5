import { fenToYuan } from '@minsheng/rules/engine/money.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimAmountsFen } from './case-claims.ts';

describe('claim amounts', () => {
  it('gives a lone key the whole approved amount, override or not', () => {
    expect(claimAmountsFen(['start_up'], { start_up_subsidy: '5000.00' }, 480000, true)).toEqual([480000]);
  });

  it('gives each part key its own rule amount', () => {
    expect(
      claimAmountsFen(
        ['level_3:training', 'level_3:appraisal'],
        { training: '1500.00', appraisal: '450.50' },
        195050,
        false,
      ),
    ).toEqual([150000, 45050]);
  });

  it('records no part amounts once an override has changed the total', () => {
    expect(
      claimAmountsFen(
        ['level_3:training', 'level_3:appraisal'],
        { training: '1500.00', appraisal: '450.00' },
        100000,
        true,
      ),
    ).toEqual([null, null]);
  });

  it('makes the part amounts add up to the rule total for any amounts', () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), fc.nat(10_000_000), (training, appraisal) => {
        const out = claimAmountsFen(
          ['level_2:training', 'level_2:appraisal'],
          { training: fenToYuan(training), appraisal: fenToYuan(appraisal) },
          training + appraisal,
          false,
        );
        expect(out).toEqual([training, appraisal]);
      }),
    );
  });
});
