import { z } from 'zod';
import { dateRanges } from '../../../platform/dates/date-ranges.ts';
import { isoDateIn } from '../../../platform/http/input-schemas.ts';

/** Request and response schemas of the weekly progress and analysis report routes. */

export const tags = ['职工健康体检·报表'];
const day = isoDateIn(dateRanges.casework);

export const PlanQuery = z.object({ planId: z.uuid() });
export const WeekQuery = z.object({ planId: z.uuid(), weekStart: day });
export const WeeklySubmitBody = z.object({
  planId: z.uuid(),
  weekStart: day,
  note: z.string().trim().max(500, '说明最多500字').optional(),
});
export const AnalysisQuery = z.object({ planId: z.uuid(), hospitalId: z.uuid().optional() });
export const AnalysisSubmitBody = z.object({
  planId: z.uuid(),
  narrative: z.string().trim().min(10, '请填写分析说明（10至5000字）').max(5000, '分析说明最多5000字'),
});

const Named = z.object({ id: z.string(), name: z.string() });
const FigureRow = z.object({ key: z.string(), label: z.string(), value: z.number() });

export const ReportPlans = z.object({
  hospital: z.boolean(),
  currentWeek: z.string(),
  plans: z.array(z.object({ id: z.string(), name: z.string(), startOn: z.string(), endOn: z.string() })),
});
export const WeeklyPreview = z.object({
  hospital: Named,
  plan: Named,
  weekStart: z.string(),
  weekEnd: z.string(),
  rows: z.array(FigureRow),
  submitted: z.object({ at: z.string(), note: z.string().nullable(), rows: z.array(FigureRow) }).nullable(),
});
export const WeeklySubmitted = z.object({
  id: z.string(),
  weekStart: z.string(),
  submittedAt: z.string(),
  rows: z.array(FigureRow),
});
export const WeeklyOverview = z.object({
  plan: z.object({ id: z.string(), name: z.string(), startOn: z.string(), endOn: z.string() }),
  labels: z.array(z.object({ key: z.string(), label: z.string() })),
  weeks: z.array(z.object({ weekStart: z.string(), weekEnd: z.string() })),
  hospitals: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      missing: z.number(),
      cells: z.array(
        z.object({
          weekStart: z.string(),
          status: z.enum(['submitted', 'missing', 'open', 'none']),
          statusLabel: z.string(),
          submittedAt: z.string().nullable(),
          figures: z.record(z.string(), z.number()).nullable(),
        }),
      ),
    }),
  ),
});

/** A count of persons, or "<5" where 1–4 persons could be recognised. */
const Cell = z.union([z.number(), z.literal('<5')]);
const Counts = { persons: Cell, withFindings: Cell };
export const AnalysisFiguresOut = z.object({
  examined: Cell,
  withFindings: Cell,
  byAgeBand: z.array(z.object({ code: z.string(), label: z.string(), ...Counts })),
  bySex: z.array(z.object({ code: z.string(), label: z.string(), ...Counts })),
  byEmployer: z.array(z.object({ name: z.string(), ...Counts })),
  byFinding: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      serious: z.boolean(),
      persons: Cell,
      male: Cell,
      female: Cell,
      byAgeBand: z.array(Cell),
    }),
  ),
});
export const AnalysisOut = z.object({
  plan: z.object({ id: z.string(), name: z.string(), startOn: z.string(), endOn: z.string() }),
  hospital: Named.nullable(),
  generatedOn: z.string(),
  figures: AnalysisFiguresOut,
});
export const AnalysisSubmissions = z.array(
  z.object({
    id: z.string(),
    hospitalId: z.string(),
    hospitalName: z.string(),
    narrative: z.string(),
    submittedAt: z.string(),
  }),
);
