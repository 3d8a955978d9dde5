import { useQuery } from '@tanstack/react-query';
import { type Answer, type Body, dataOf, typedApi } from '../../../app/api/typed-client';
import { api } from '../../../app/api-client';

export type ReportPlans = Answer<'/api/health-checks/weekly-reports/plans', 'get'>;
export type WeeklyOverview = Answer<'/api/health-checks/weekly-reports', 'get'>;
export type WeekCell = WeeklyOverview['hospitals'][number]['cells'][number];
export type WeeklyPreview = Answer<'/api/health-checks/weekly-reports/preview', 'get'>;
export type Analysis = Answer<'/api/health-checks/analysis', 'get'>;
export type AnalysisSubmissions = Answer<'/api/health-checks/analysis/submissions', 'get'>;

export const reportsKey = ['health-checks', 'reports'] as const;

const plansQuery = () => dataOf(typedApi.GET('/api/health-checks/weekly-reports/plans'));
export const fetchOverview = (planId: string) =>
  dataOf(typedApi.GET('/api/health-checks/weekly-reports', { params: { query: { planId } } }));
export const fetchPreview = (planId: string, weekStart: string) =>
  dataOf(
    typedApi.GET('/api/health-checks/weekly-reports/preview', { params: { query: { planId, weekStart } } }),
  );
export const submitWeek = (body: Body<'/api/health-checks/weekly-reports', 'post'>) =>
  dataOf(typedApi.POST('/api/health-checks/weekly-reports', { body }));
export const fetchAnalysis = (planId: string, hospitalId?: string) =>
  dataOf(typedApi.GET('/api/health-checks/analysis', { params: { query: { planId, hospitalId } } }));
export const fetchAnalysisSubmissions = (planId: string) =>
  dataOf(typedApi.GET('/api/health-checks/analysis/submissions', { params: { query: { planId } } }));
export const submitAnalysis = (body: Body<'/api/health-checks/analysis/submissions', 'post'>) =>
  dataOf(typedApi.POST('/api/health-checks/analysis/submissions', { body }));
export const downloadAnalysis = (planId: string, hospitalId?: string) =>
  api.download(
    '/health-checks/analysis.xlsx',
    { planId, ...(hospitalId ? { hospitalId } : {}) },
    '体检分析报告.xlsx',
  );

/** The plans the user reports on (latest first) and whether they are a hospital's staff. */
export const useReportPlans = (enabled: boolean) =>
  useQuery({ queryKey: [...reportsKey, 'plans'], queryFn: plansQuery, enabled });
