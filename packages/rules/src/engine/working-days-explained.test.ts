import { describe, expect, it } from 'vitest';
import { createWorkCalendar, defaultCalendarYears, workCalendar } from './calendar.ts';
import { explainAddWorkingDays, explainPeriodEnd } from './working-days-explained.ts';

describe('explainAddWorkingDays', () => {
  it('lists the National Day holidays skipped and the adjusted Saturday counted', () => {
    // 2026: National Day 10-01..10-07; Saturday 10-10 is worked (国庆节调休)
    const answer = explainAddWorkingDays(workCalendar, '2026-09-30', 3);
    expect(answer.end).toBe('2026-10-10');
    expect(answer.notable.filter((d) => d.kind === 'holiday').map((d) => d.date)).toEqual([
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ]);
    expect(answer.notable.find((d) => d.date === '2026-10-10')).toMatchObject({
      kind: 'adjusted_workday',
      working: true,
    });
    expect(answer.provisionalYears).toEqual([]);
  });

  it('names the years it had to count on weekends alone', () => {
    const without2026 = createWorkCalendar(defaultCalendarYears().filter((y) => y.year !== 2026));
    const answer = explainAddWorkingDays(without2026, '2026-09-30', 3);
    expect(answer.end).toBe('2026-10-05'); // Thu, Fri, (weekend), Mon: National Day unknown
    expect(answer.notable.map((d) => d.kind)).toEqual(['weekend', 'weekend']);
    expect(answer.provisionalYears).toEqual([2026]);
  });
});

describe('explainPeriodEnd', () => {
  it('moves a period ending on Labour Day to the next working day and says over which days', () => {
    const answer = explainPeriodEnd(workCalendar, '2026-03-02', 60);
    expect(answer.nominalEnd).toBe('2026-05-01');
    expect(answer.end).toBe('2026-05-06');
    expect(answer.postponedOver.map((d) => [d.date, d.kind, d.name])).toEqual([
      ['2026-05-01', 'holiday', '劳动节'],
      ['2026-05-02', 'holiday', '劳动节'],
      ['2026-05-03', 'holiday', '劳动节'],
      ['2026-05-04', 'holiday', '劳动节'],
      ['2026-05-05', 'holiday', '劳动节'],
    ]);
  });

  it('leaves an end on a working day where it is', () => {
    const answer = explainPeriodEnd(workCalendar, '2026-03-07', 60);
    expect(answer).toMatchObject({ nominalEnd: '2026-05-06', end: '2026-05-06', postponedOver: [] });
  });
});
