import { describe, expect, it } from 'vitest';
import { postClock } from './post-clock.ts';

const base = {
  startOn: '2025-03-10',
  continuousSinceMonth: null,
  endedOn: null,
  generalMaxMonths: 36,
  holder: { gender: 'male' as const, birthDate: '1980-05-01' },
  today: '2026-10-20',
};

describe('postClock', () => {
  it('runs 36 months from continuousSinceMonth: 2025-01 ends 2027-12, 22 used by 2026-10', () => {
    const c = postClock({ ...base, continuousSinceMonth: '2025-01' });
    expect(c).toMatchObject({
      sinceMonth: '2025-01',
      generalEndMonth: '2027-12',
      monthsUsed: 22,
      monthsLeft: 14,
    });
    expect(c.nearEnd).toBe(false);
  });

  it('starts at the start month without continuousSinceMonth', () => {
    const c = postClock(base);
    expect(c).toMatchObject({
      sinceMonth: '2025-03',
      generalEndMonth: '2028-02',
      monthsUsed: 20,
      monthsLeft: 16,
    });
  });

  it('stops counting at the end of the post and never goes below zero', () => {
    expect(postClock({ ...base, endedOn: '2025-12-31' }).monthsUsed).toBe(10);
    expect(postClock({ ...base, startOn: '2026-12-01' }).monthsUsed).toBe(0);
  });

  it('is near the end with 3 months left and past it, with the months used passing 36', () => {
    expect(postClock({ ...base, continuousSinceMonth: '2023-10' })).toMatchObject({
      generalEndMonth: '2026-09',
      monthsUsed: 37,
      monthsLeft: 0,
      nearEnd: true,
    });
    expect(postClock({ ...base, continuousSinceMonth: '2024-01' })).toMatchObject({
      generalEndMonth: '2026-12',
      monthsLeft: 2,
      nearEnd: true,
    });
    expect(postClock({ ...base, continuousSinceMonth: '2024-03' }).nearEnd).toBe(false);
  });

  it('classifies 4050 on the first day after the general term', () => {
    // a man turning 50 on 2028-01-01, the first day beyond a term ending 2027-12
    const turning = { gender: 'male' as const, birthDate: '1978-01-01' };
    expect(postClock({ ...base, continuousSinceMonth: '2025-01', holder: turning }).is4050).toBe(true);
    const later = { gender: 'male' as const, birthDate: '1978-01-02' };
    const c = postClock({ ...base, continuousSinceMonth: '2025-01', holder: later });
    expect(c.is4050).toBe(false);
    expect(c.is4050Reason).toBe('男性，2028-01-01时49周岁，未满50周岁，不属于“4050”人员');
    expect(postClock({ ...base, holder: { gender: 'female', birthDate: '1987-01-01' } }).is4050).toBe(true);
  });
});
