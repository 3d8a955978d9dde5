import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { paths } from '../../app/api/openapi';
import { type Answer, type Body, dataOf, typedApi } from '../../app/api/typed-client';
import { api } from '../../app/api-client';
import type { PageParams } from '../../app/paging';

export type ReportTemplate = Answer<'/api/reports/templates', 'get'>[number];
export type ReportItem = Answer<'/api/reports', 'get'>['items'][number];
export type ReportDetail = Answer<'/api/reports/{id}', 'get'>;
export type ReportOverview = Answer<'/api/reports/overview', 'get'>;
export type ReportTableData = ReportDetail['table'];
export type ReportStatus = ReportItem['status'];

type ListQuery = NonNullable<paths['/api/reports']['get']['parameters']['query']>;
/** A report template and one of its periods: the list's filters, the overview's and generation's choice. */
export type TemplatePeriod = { [K in 'templateCode' | 'period']?: ListQuery[K] | undefined };

export const reportsKey = ['reports'] as const;

export const statusLabel: Record<ReportStatus, string> = {
  draft: '草稿',
  submitted: '已上报待审核',
  accepted: '已审核',
  returned: '已退回',
};

export const useReportTemplates = () =>
  useQuery({
    queryKey: [...reportsKey, 'templates'],
    queryFn: () => dataOf(typedApi.GET('/api/reports/templates')),
    staleTime: 60_000,
  });

export const fetchReports = (f: TemplatePeriod, paging: PageParams) =>
  dataOf(typedApi.GET('/api/reports', { params: { query: { ...f, ...paging } } }));

export const useReport = (id: string, version?: number) =>
  useQuery({
    queryKey: [...reportsKey, 'detail', id, version],
    queryFn: () =>
      dataOf(
        typedApi.GET('/api/reports/{id}', { params: { path: { id }, query: version ? { version } : {} } }),
      ),
    placeholderData: keepPreviousData,
  });

export const useReportOverview = (templateCode?: string, period?: string) =>
  useQuery({
    queryKey: [...reportsKey, 'overview', templateCode, period],
    queryFn: () =>
      dataOf(
        typedApi.GET('/api/reports/overview', {
          params: { query: { templateCode: templateCode!, period: period! } },
        }),
      ),
    enabled: Boolean(templateCode && period),
  });

export const downloadReport = (r: ReportDetail) =>
  api.download(
    `/reports/${r.id}/export.xlsx`,
    { version: String(r.version.version) },
    `${r.orgName}${r.period.label}${r.template.title}.xlsx`,
  );

/** The report's steps; each refreshes every report query when it succeeds. */
export function useReportActions(id: string) {
  const client = useQueryClient();
  const done = () => client.invalidateQueries({ queryKey: reportsKey });
  const path = { params: { path: { id } } };
  return {
    submit: useMutation({
      mutationFn: (body: Body<'/api/reports/{id}/submit', 'post'>) =>
        dataOf(typedApi.POST('/api/reports/{id}/submit', { ...path, body })),
      onSuccess: done,
    }),
    review: useMutation({
      mutationFn: (body: Body<'/api/reports/{id}/review', 'post'>) =>
        dataOf(typedApi.POST('/api/reports/{id}/review', { ...path, body })),
      onSuccess: done,
    }),
    correct: useMutation({
      mutationFn: (body: Body<'/api/reports/{id}/correct', 'post'>) =>
        dataOf(typedApi.POST('/api/reports/{id}/correct', { ...path, body })),
      onSuccess: done,
    }),
  };
}

export function useGenerateReport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<'/api/reports/generate', 'post'>) =>
      dataOf(typedApi.POST('/api/reports/generate', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: reportsKey }),
  });
}
