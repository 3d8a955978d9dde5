import { type Answer, type Body, dataOf, typedApi } from '../../../app/api/typed-client';
import { api } from '../../../app/api-client';

export type TrainingProgress = Answer<'/api/training/progress', 'get'>;
export type ProgressRow = TrainingProgress['rows'][number];
export type ProgressFigures = TrainingProgress['total'];
export type ProgressDrilldown = Answer<'/api/training/progress/drilldown', 'get'>;
export type ProgressFigure = ProgressDrilldown['figure'];
export type ProgressReport = Answer<'/api/training/progress/report', 'get'>;
export type League = Answer<'/api/training/league', 'get'>;
export type LeagueRow = League['items'][number];
export type LeagueSort = League['sort'];

export const trainingProgressKey = ['training', 'progress'] as const;

/** The organisation, year and half-year a progress page shows (half absent: the whole year). */
export interface ProgressWhere {
  orgId?: number | undefined;
  year: number;
  half?: 1 | 2 | undefined;
}

/** The query string of a progress page's organisation, year and half-year. */
export const progressQuery = (w: ProgressWhere) => ({
  year: w.year,
  ...(w.orgId ? { orgId: w.orgId } : {}),
  ...(w.half ? { half: w.half } : {}),
});

export const fetchProgress = (w: ProgressWhere) =>
  dataOf(typedApi.GET('/api/training/progress', { params: { query: progressQuery(w) } }));

export const fetchDrilldown = (w: ProgressWhere, figure: ProgressFigure, page: number, pageSize: number) =>
  dataOf(
    typedApi.GET('/api/training/progress/drilldown', {
      params: { query: { ...progressQuery(w), figure, page, pageSize } },
    }),
  );

export const fetchReport = (w: ProgressWhere) =>
  dataOf(typedApi.GET('/api/training/progress/report', { params: { query: progressQuery(w) } }));

/** Downloads an export (`path` under /api) of a progress page's organisation, year and half-year. */
export const downloadWhere = (path: string, w: ProgressWhere, fallbackName: string) =>
  api.download(
    path,
    Object.fromEntries(Object.entries(progressQuery(w)).map(([k, v]) => [k, String(v)])),
    fallbackName,
  );

export const downloadReport = (w: ProgressWhere) =>
  downloadWhere('/training/progress/report.xlsx', w, '城镇技能再就业计划进展情况报告.xlsx');

export const fetchLeague = (year: number, sort: LeagueSort) =>
  dataOf(typedApi.GET('/api/training/league', { params: { query: { year, sort } } }));

export const evaluateInstitution = (id: string, year: number) =>
  dataOf(
    typedApi.POST('/api/training/institutions/{id}/evaluations', {
      params: { path: { id } },
      body: { year },
    }),
  );

export const figureLabels: Record<ProgressFigure, string> = {
  trained: '培训人数',
  passed: '合格人数',
  certified: '取证人数',
  reemployed: '培训后再就业人数',
};

export const evidenceLabels: Record<string, string> = {
  registration: '就业登记',
  contract: '劳动合同',
  contribution: '社会保险缴费',
};

export const decisionLabels: Record<NonNullable<LeagueRow['decision']>, string> = {
  keep: '保留定点资格',
  rectify: '限期整改',
  suspend: '暂停定点资格',
  withdraw: '取消定点资格',
};

export const percent = (r: number | null | undefined) =>
  r === null || r === undefined ? '—' : `${(r * 100).toFixed(2)}%`;

/** `?orgId=&year=&half=` of a progress page, for links between the pages. */
export const whereSearch = (w: ProgressWhere) =>
  new URLSearchParams(Object.entries(progressQuery(w)).map(([k, v]) => [k, String(v)])).toString();

export type TargetBody = Body<'/api/training/targets', 'put'>;

export const saveTarget = (body: TargetBody) => dataOf(typedApi.PUT('/api/training/targets', { body }));

export const fetchTargets = (year: number, orgId?: number) =>
  dataOf(typedApi.GET('/api/training/targets', { params: { query: { year, ...(orgId ? { orgId } : {}) } } }));
