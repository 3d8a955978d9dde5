import { api } from '../../app/api-client';

export interface DayEntry {
  date: string;
  name: string;
}

export interface CalendarDay {
  date: string;
  working: boolean;
  kind: 'workday' | 'weekend' | 'holiday' | 'adjusted_workday';
  name?: string;
}

export interface YearSummary {
  year: number;
  source: 'packaged' | 'entered';
  sourceDoc: string | null;
  /** the packaged data has this year (an entered one replaces it) */
  packaged: boolean;
  enteredByName: string | null;
  enteredAt: string | null;
  version: number | null;
  holidayCount: number;
  workdayCount: number;
}

export interface YearDetail extends YearSummary {
  holidays: DayEntry[];
  workdays: DayEntry[];
}

export interface YearBody {
  sourceDoc: string;
  holidays: DayEntry[];
  workdays: DayEntry[];
  replacePackaged?: boolean;
  version?: number;
}

export interface EvaluationToRecheck {
  caseId: string;
  number: string;
  caseTypeName: string;
  status: string;
  version: number;
  evaluatedOn: string | null;
  years: number[];
  checkStatus: string;
  yearsCovered: boolean;
}

export interface ProvisionalDeadline {
  caseId: string;
  number: string;
  caseTypeName: string;
  status: string;
  step: string;
  dueOn: string;
  years: number[];
}

export interface RecountedDeadline {
  caseId: string;
  number: string;
  step: string;
  before: string;
  after: string;
  provisionalYears: number[];
}

export interface WorkingDaysAnswer {
  start: string;
  end: string;
  workingDays: number;
  notable: CalendarDay[];
  provisionalYears: number[];
}

export interface PeriodEndAnswer {
  start: string;
  days: number;
  nominalEnd: string;
  end: string;
  postponedOver: CalendarDay[];
  provisionalYears: number[];
}

export const calendarKey = ['calendar'] as const;

export const fetchYears = () => api.get<{ today: string; years: YearSummary[] }>('/calendar/years');
export const fetchYear = (year: number) => api.get<YearDetail>(`/calendar/years/${year}`);
export const enterYear = (year: number, body: YearBody) =>
  api.put<YearDetail & { recounted: RecountedDeadline[]; toRecheck: EvaluationToRecheck[] }>(
    `/calendar/years/${year}`,
    body,
  );
export const fetchProvisional = () =>
  api.get<{ deadlines: ProvisionalDeadline[]; evaluations: EvaluationToRecheck[] }>('/calendar/provisional');
export const fetchWorkingDays = (start: string, days: number) =>
  api.get<WorkingDaysAnswer>('/calendar/working-days', { start, days });
export const fetchPeriodEnd = (start: string, days: number) =>
  api.get<PeriodEndAnswer>('/calendar/period-end', { start, days });
