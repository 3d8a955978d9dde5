import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parameterValueViolation } from './parameter-value-rules.ts';

const rate = { label: '个人账户记账比例', unit: 'rate' as const };

describe('parameterValueViolation', () => {
  it('accepts every rate from 0 to 1 and refuses every rate above', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_000_000 }), (micro) => {
        const value = (micro / 1_000_000).toFixed(6);
        return (parameterValueViolation(rate, value) === null) === micro <= 1_000_000;
      }),
    );
    expect(parameterValueViolation(rate, '8')).toBe('「个人账户记账比例」不应大于 1，收到「8」');
  });

  it('reads a rate labelled in percent on a 0–100 scale', () => {
    expect(parameterValueViolation({ label: '体检人员满意率下限（%）', unit: 'rate' }, '98')).toBeNull();
    expect(parameterValueViolation({ label: '体检人员满意率下限（%）', unit: 'rate' }, '980')).not.toBeNull();
  });

  it('bounds amounts, periods and counts, and refuses negative or malformed numbers', () => {
    expect(parameterValueViolation({ label: '平均工资', unit: 'yuan' }, '98765.43')).toBeNull();
    expect(parameterValueViolation({ label: '平均工资', unit: 'yuan' }, '1000000000')).toMatch(/不应大于/);
    expect(parameterValueViolation({ label: '申请期限', unit: 'days' }, '99999')).toMatch(/不应大于 3660/);
    expect(parameterValueViolation({ label: '平均工资', unit: 'yuan' }, '-1')).toMatch(/非负数/);
  });

  it('holds a date parameter to the range of policy dates', () => {
    expect(parameterValueViolation({ label: '截止日期', unit: 'date' }, '2009-01-01')).toBeNull();
    expect(parameterValueViolation({ label: '截止日期', unit: 'date' }, '9999-12-31')).toMatch(/2099-12-31/);
  });
});
