import { type Answer, dataOf, typedApi } from '../../../app/api/typed-client';
import {
  downloadWhere,
  type ProgressWhere,
  progressQuery,
  whereSearch,
} from '../../training/progress/progress-api';

export type EntrepreneurshipKpis = Answer<'/api/entrepreneurship/kpis', 'get'>;
export type KpiIndicator = EntrepreneurshipKpis['indicators'][number];
export type KpiDrilldown = Answer<'/api/entrepreneurship/kpis/drilldown', 'get'>;
export type KpiFigure = KpiDrilldown['figure'];

export const entrepreneurshipKpisKey = ['entrepreneurship', 'kpis'] as const;

export const fetchKpis = (w: ProgressWhere) =>
  dataOf(typedApi.GET('/api/entrepreneurship/kpis', { params: { query: progressQuery(w) } }));

export const fetchKpiDrilldown = (w: ProgressWhere, figure: KpiFigure, page: number, pageSize: number) =>
  dataOf(
    typedApi.GET('/api/entrepreneurship/kpis/drilldown', {
      params: { query: { ...progressQuery(w), figure, page, pageSize } },
    }),
  );

export const fetchKpiReport = (w: ProgressWhere) =>
  dataOf(typedApi.GET('/api/entrepreneurship/kpis/report', { params: { query: progressQuery(w) } }));

export const downloadKpiReport = (w: ProgressWhere) =>
  downloadWhere('/entrepreneurship/kpis/report.xlsx', w, '创业培训进展情况报告.xlsx');

export const kpiFigureLabels: Record<KpiFigure, string> = {
  trainees: '创业培训人数',
  passed: '考核合格人数',
  served: '接受创业服务人数',
  opened3: '3个月内开业人数',
  opened6: '半年内开业人数',
  businesses: '期内开业的创业实体',
  cohort: '开业满一年的创业实体',
  survived: '稳定经营一年以上的创业实体',
};

export const survivalEvidenceLabels: Record<string, string> = {
  contract: '劳动合同',
  contribution: '社会保险缴费',
  follow_up: '跟踪回访（正常经营）',
};

/** `?orgId=&year=&half=&figure=` of the drill-down page. */
export const kpiDrillPath = (w: ProgressWhere, figure: KpiFigure) =>
  `/entrepreneurship/kpis/drilldown?${whereSearch(w)}&figure=${figure}`;

/** `?orgId=&year=&half=` of the half-year / year-end report page. */
export const kpiReportPath = (w: ProgressWhere) => `/entrepreneurship/kpis/report?${whereSearch(w)}`;
