import { type Answer, type Body, dataOf, typedApi } from '../../app/api/typed-client';

export type YearDetail = Answer<'/api/calendar/years/{year}', 'get'>;
export type YearSummary = Answer<'/api/calendar/years', 'get'>['years'][number];
export type DayEntry = YearDetail['holidays'][number];
export type YearBody = Body<'/api/calendar/years/{year}', 'put'>;

type Provisional = Answer<'/api/calendar/provisional', 'get'>;
export type ProvisionalDeadline = Provisional['deadlines'][number];
export type EvaluationToRecheck = Provisional['evaluations'][number];

export type WorkingDaysAnswer = Answer<'/api/calendar/working-days', 'get'>;
export type PeriodEndAnswer = Answer<'/api/calendar/period-end', 'get'>;
export type CalendarDay = WorkingDaysAnswer['notable'][number];

export const calendarKey = ['calendar'] as const;

const yearPath = (year: number) => ({ params: { path: { year } } });

export const fetchYears = () => dataOf(typedApi.GET('/api/calendar/years'));
export const fetchYear = (year: number) => dataOf(typedApi.GET('/api/calendar/years/{year}', yearPath(year)));
export const enterYear = (year: number, body: YearBody) =>
  dataOf(typedApi.PUT('/api/calendar/years/{year}', { ...yearPath(year), body }));
export const fetchProvisional = () => dataOf(typedApi.GET('/api/calendar/provisional'));
export const fetchWorkingDays = (start: string, days: number) =>
  dataOf(typedApi.GET('/api/calendar/working-days', { params: { query: { start, days } } }));
export const fetchPeriodEnd = (start: string, days: number) =>
  dataOf(typedApi.GET('/api/calendar/period-end', { params: { query: { start, days } } }));
