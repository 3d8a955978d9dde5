import { type Answer, byId, dataOf, typedApi } from '../../app/api/typed-client';

export type LeadPage = Answer<'/api/screening/leads', 'get'>;
export type LeadItem = LeadPage['items'][number];
export type LeadStatus = LeadItem['status'];
export type LeadDetail = Answer<'/api/screening/leads/{id}', 'get'>;
export type LeadCondition = NonNullable<LeadDetail['explanation']>['conditions'][number];

export const leadsKey = ['screening', 'leads'] as const;
export const runsKey = ['screening', 'runs'] as const;

export const leadStatusLabels: Record<LeadStatus, string> = {
  open: '可能符合、尚未申领',
  converted: '已发起申请',
  dismissed: '已排除',
  lapsed: '已不符合',
};

export type LeadFilters = { status?: LeadStatus; policyId?: string };

export const fetchLeads = (filters: LeadFilters, paging: { page: number; pageSize: number }) =>
  dataOf(typedApi.GET('/api/screening/leads', { params: { query: { ...filters, ...paging } } }));
export const fetchLead = (id: string) => dataOf(typedApi.GET('/api/screening/leads/{id}', byId(id)));
export const startCase = (id: string, version: number) =>
  dataOf(typedApi.POST('/api/screening/leads/{id}/case', { ...byId(id), body: { version } }));
export const dismissLead = (id: string, version: number, reason: string) =>
  dataOf(typedApi.POST('/api/screening/leads/{id}/dismiss', { ...byId(id), body: { version, reason } }));

export type ScreeningRun = Answer<'/api/screening/runs', 'get'>['items'][number];

export const fetchRuns = (paging: { page: number; pageSize: number }) =>
  dataOf(typedApi.GET('/api/screening/runs', { params: { query: paging } }));
export const startRun = () => dataOf(typedApi.POST('/api/screening/runs', { body: {} }));
