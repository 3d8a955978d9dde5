import { describe, expect, it } from 'vitest';
import { bureauDate, bureauHour, formatInstant, formatLogInstant, formatPeriod } from './date-time';

describe('bureau date and time', () => {
  it('reads an instant in Asia/Shanghai, whatever the computer runs in', () => {
    // 2026-01-31 20:30 UTC is already 1 February, 04:30 at the bureau.
    const at = '2026-01-31T20:30:05.000Z';
    expect(formatInstant(at)).toBe('2026-02-01 04:30');
    expect(formatLogInstant(at)).toBe('2026-02-01 04:30:05');
    expect(bureauDate(new Date(at))).toBe('2026-02-01');
    expect(bureauHour(new Date(at))).toBe(4);
  });

  it('writes midnight as 00, not 24', () => {
    expect(formatInstant('2026-03-01T16:00:00Z')).toBe('2026-03-02 00:00');
  });

  it('shows a missing instant as a dash', () => {
    expect(formatInstant(null)).toBe('—');
    expect(formatInstant('not a date')).toBe('—');
  });

  it('writes a period start first, an open end as 至今', () => {
    expect(formatPeriod('2025-01-01', '2025-06-30')).toBe('2025-01-01 至 2025-06-30');
    expect(formatPeriod('2025-01-01', null)).toBe('2025-01-01 至今');
  });
});
