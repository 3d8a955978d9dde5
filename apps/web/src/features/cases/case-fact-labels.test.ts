import { describe, expect, it } from 'vitest';
import { factValue } from './case-fact-labels';

describe('facts in words', () => {
  // PostgreSQL's jsonb keeps keys shortest first, so a stored period comes back end first.
  it('writes a period start first, whatever order its keys come in', () => {
    expect(factValue({ toMonth: '2025-06', fromMonth: '2025-01' }, 'period')).toBe('2025-01 至 2025-06');
    expect(factValue({ to: '2025-06-30', from: '2025-01-01' }, 'period')).toBe('2025-01-01 至 2025-06-30');
    expect(factValue({ endOn: '2027-12-31', startOn: '2025-01-01' }, 'contract')).toBe(
      '2025-01-01 至 2027-12-31',
    );
  });

  it('keeps naming the parts of other objects', () => {
    expect(factValue({ level: '3', occupation: '焊工' }, 'certificate')).toBe('等级：3；职业(工种)：焊工');
  });
});
