import type { IsoDate } from '@minsheng/rules/engine/dates.ts';
import type { ExamineeStatus } from '../plans/plans.schema.ts';
import type { Week } from './week.ts';

/**
 * The rows the progress table is counted from, grouped by day in SQL (weekly-reports.repo.ts):
 * examinees allocated to the hospital by scheduled day and status; examinations by examination day,
 * conclusion day and visit mode with their declined items; archives by return day; serious
 * findings by the day of their examination and the day they were notified.
 */
export type ProgressRow =
  | { source: 'examinee'; scheduledOn: IsoDate | null; status: ExamineeStatus; n: number }
  | {
      source: 'examination';
      examinedOn: IsoDate;
      concludedOn: IsoDate | null;
      homeVisit: boolean;
      declinedSigned: number;
      declinedUnsigned: number;
      n: number;
    }
  | { source: 'archive'; returnedOn: IsoDate; n: number }
  | { source: 'finding'; raisedOn: IsoDate; notifiedOn: IsoDate | null; n: number };

/** 进度情况统计表 (第十六条): the figures in table order, with their labels. */
export const weeklyFigureLabels = {
  allocated: '本周安排体检人数',
  examined: '本周实际体检人数',
  absent: '本周未到检人数',
  cumulativeExamined: '累计体检人数',
  allocatedInPlan: '本计划分配人数',
  declinedSigned: '放弃项目（本人已签字）',
  declinedUnsigned: '放弃项目（未签字）',
  archivesConcluded: '本周完成体检档案',
  archivesReturned: '本周返还体检档案',
  findingsRaised: '重要阳性发现',
  findingsNotified: '重要阳性发现已通知',
  homeVisits: '救护车接送或到床体检',
} as const;

export type WeeklyFigureKey = keyof typeof weeklyFigureLabels;
export type WeeklyFigures = Record<WeeklyFigureKey, number>;
export const weeklyFigureKeys = Object.keys(weeklyFigureLabels) as WeeklyFigureKey[];

/**
 * A hospital's progress table for one week of one plan, counted from its records: what happened
 * between Monday and Sunday, and the cumulative examined against all examinees allocated to it in
 * the plan. Pure: the same rows give the same table, whenever it is generated.
 */
export function weeklyProgress(rows: readonly ProgressRow[], week: Week): WeeklyFigures {
  const inWeek = (d: IsoDate | null) => d !== null && d >= week.start && d <= week.end;
  const f = Object.fromEntries(weeklyFigureKeys.map((k) => [k, 0])) as WeeklyFigures;
  for (const r of rows) {
    switch (r.source) {
      case 'examinee':
        f.allocatedInPlan += r.n;
        if (inWeek(r.scheduledOn)) {
          f.allocated += r.n;
          if (r.status === 'absent') f.absent += r.n;
        }
        break;
      case 'examination':
        if (r.examinedOn <= week.end) f.cumulativeExamined += r.n;
        if (inWeek(r.concludedOn)) f.archivesConcluded += r.n;
        if (!inWeek(r.examinedOn)) break;
        f.examined += r.n;
        f.declinedSigned += r.declinedSigned;
        f.declinedUnsigned += r.declinedUnsigned;
        if (r.homeVisit) f.homeVisits += r.n;
        break;
      case 'archive':
        if (inWeek(r.returnedOn)) f.archivesReturned += r.n;
        break;
      case 'finding':
        if (inWeek(r.raisedOn)) f.findingsRaised += r.n;
        if (inWeek(r.notifiedOn)) f.findingsNotified += r.n;
        break;
    }
  }
  return f;
}
