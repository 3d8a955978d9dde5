import { api } from '../../app/api-client';
import type { PageParams } from '../../app/paging';
import type {
  CaseDetail,
  CaseFilters,
  CasePage,
  CaseTypeDef,
  CreateCaseBody,
  MaterialTick,
} from './case-types';

export const casesKey = ['cases'] as const;
export const caseTypesKey = ['case-types'] as const;

export const fetchCases = (filters: CaseFilters, paging: PageParams) =>
  api.get<CasePage>('/cases', { ...filters, ...paging });

export const fetchMyTasks = (filters: CaseFilters, paging: PageParams) =>
  api.get<CasePage>('/cases/my-tasks', { ...filters, ...paging });

export const fetchCase = (id: string) => api.get<CaseDetail>(`/cases/${id}`);

export const fetchCaseTypes = () => api.get<CaseTypeDef[]>('/case-types');

export const createCase = (body: CreateCaseBody) => api.post<CaseDetail>('/cases', body);

export const updateCase = (
  id: string,
  body: { version: number; application?: Record<string, unknown>; materials?: MaterialTick[] },
) => api.patch<CaseDetail>(`/cases/${id}`, body);

/** The lifecycle step paths (POST /cases/:id/<step>); every body carries the case `version`. */
export type CaseStep =
  | 'submit'
  | 'withdraw'
  | 'resubmit'
  | 'accept'
  | 'return'
  | 'review'
  | 're-evaluate'
  | 'override-amount'
  | 'approve'
  | 'reject';

export const runCaseStep = (id: string, step: CaseStep, body: Record<string, unknown>) =>
  api.post<CaseDetail>(`/cases/${id}/${step}`, body);
