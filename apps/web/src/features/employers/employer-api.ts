import { api } from '../../app/api-client';
import type { Page, PageParams } from '../../app/paging';
import type {
  EmployerBody,
  EmployerDetail,
  EmployerFilters,
  EmployerItem,
  EmployerSort,
} from './employer-types';

export const employersKey = ['employers'] as const;

export const fetchEmployers = (
  filters: EmployerFilters,
  paging: PageParams,
  sort: EmployerSort | undefined,
) => api.get<Page<EmployerItem>>('/employers', { ...filters, ...paging, sort });

export const fetchEmployer = (id: string) => api.get<EmployerDetail>(`/employers/${id}`);

export const createEmployer = (body: EmployerBody) => api.post<EmployerDetail>('/employers', body);

export const updateEmployer = (
  id: string,
  body: Partial<Omit<EmployerBody, 'creditCode'>> & { version: number },
) => api.patch<EmployerDetail>(`/employers/${id}`, body);
