import dayjs from 'dayjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  afterBureauToday,
  bureauToday,
  bureauTodayDay,
  noteServerDate,
  readDayjsNowFromBureauClock,
} from './bureau-clock';

describe('the bureau clock', () => {
  afterEach(() => {
    noteServerDate(new Date().toUTCString());
    vi.useRealTimers();
  });

  it("takes today from the server's clock in Asia/Shanghai, not from the computer", () => {
    vi.useFakeTimers();
    // The computer says 2026-01-31 15:00 UTC (23:00 at the bureau); the server is two hours on.
    vi.setSystemTime(new Date('2026-01-31T15:00:00Z'));
    expect(bureauToday()).toBe('2026-01-31');
    noteServerDate('Sat, 31 Jan 2026 17:00:00 GMT');
    expect(bureauToday()).toBe('2026-02-01');
    expect(bureauTodayDay().format('YYYY-MM-DD')).toBe('2026-02-01');
  });

  it("lets a date picker take the bureau's today but not the day after", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-01-31T17:00:00Z')); // 1 February, 01:00 at the bureau
    noteServerDate('Sat, 31 Jan 2026 17:00:00 GMT');
    expect(afterBureauToday(dayjs('2026-02-01'))).toBe(false);
    expect(afterBureauToday(dayjs('2026-02-02'))).toBe(true);
  });

  it('ignores a missing or unreadable Date header', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-01-31T03:00:00Z'));
    noteServerDate(null);
    noteServerDate('yesterday');
    expect(bureauToday()).toBe('2026-01-31');
  });

  it("makes dayjs() (antd's 今天 and today mark) the bureau's wall clock", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-01-31T17:00:00Z')); // 1 February, 01:00 at the bureau
    noteServerDate('Sat, 31 Jan 2026 17:00:00 GMT');
    readDayjsNowFromBureauClock();
    expect(dayjs().format('YYYY-MM-DD HH:mm')).toBe('2026-02-01 01:00');
    expect(dayjs('2025-05-05').format('YYYY-MM-DD')).toBe('2025-05-05');
  });
});
