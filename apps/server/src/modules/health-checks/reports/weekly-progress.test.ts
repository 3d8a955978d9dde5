import { describe, expect, it } from 'vitest';
import { weekOf, weeksBetween } from './week.ts';
import { type ProgressRow, weeklyProgress } from './weekly-progress.ts';

const week = weekOf('2026-10-14'); // Monday 2026-10-12 to Sunday 2026-10-18

describe('weekly progress table', () => {
  it('finds the Monday–Sunday week of a day, and the weeks between two days', () => {
    expect(week).toEqual({ start: '2026-10-12', end: '2026-10-18' });
    expect(weekOf('2026-10-18')).toEqual(week);
    expect(weekOf('2026-10-19').start).toBe('2026-10-19');
    expect(weeksBetween('2026-10-01', '2026-10-13').map((w) => w.start)).toEqual([
      '2026-09-28',
      '2026-10-05',
      '2026-10-12',
    ]);
  });

  it('counts the week and the plan so far from grouped rows', () => {
    const rows: ProgressRow[] = [
      // 3 scheduled before the week, 4 in it (1 absent), 2 after it: 9 allocated in the plan
      { source: 'examinee', scheduledOn: '2026-10-08', status: 'examined', n: 3 },
      { source: 'examinee', scheduledOn: '2026-10-12', status: 'examined', n: 2 },
      { source: 'examinee', scheduledOn: '2026-10-13', status: 'allocated', n: 1 },
      { source: 'examinee', scheduledOn: '2026-10-18', status: 'absent', n: 1 },
      { source: 'examinee', scheduledOn: '2026-10-20', status: 'allocated', n: 2 },
      // 3 examined before (concluded in the week), 2 in the week (one bedside), none after
      {
        source: 'examination',
        examinedOn: '2026-10-08',
        concludedOn: '2026-10-12',
        homeVisit: false,
        declinedSigned: 1,
        declinedUnsigned: 0,
        n: 3,
      },
      {
        source: 'examination',
        examinedOn: '2026-10-12',
        concludedOn: '2026-10-12',
        homeVisit: false,
        declinedSigned: 1,
        declinedUnsigned: 1,
        n: 1,
      },
      {
        source: 'examination',
        examinedOn: '2026-10-12',
        concludedOn: null,
        homeVisit: true,
        declinedSigned: 0,
        declinedUnsigned: 2,
        n: 1,
      },
      { source: 'archive', returnedOn: '2026-10-11', n: 5 },
      { source: 'archive', returnedOn: '2026-10-16', n: 2 },
      { source: 'finding', raisedOn: '2026-10-08', notifiedOn: '2026-10-13', n: 1 },
      { source: 'finding', raisedOn: '2026-10-12', notifiedOn: null, n: 1 },
    ];
    expect(weeklyProgress(rows, week)).toEqual({
      allocated: 4,
      examined: 2,
      absent: 1,
      cumulativeExamined: 5,
      allocatedInPlan: 9,
      declinedSigned: 1,
      declinedUnsigned: 3,
      archivesConcluded: 4,
      archivesReturned: 2,
      findingsRaised: 1,
      findingsNotified: 1,
      homeVisits: 1,
    });
  });
});
