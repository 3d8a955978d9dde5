import { api } from '../../app/api-client';
import type { Page, PageParams } from '../../app/paging';
import type {
  HouseholdBody,
  HouseholdDetail,
  HouseholdFilters,
  HouseholdItem,
  Recognition,
  ZeroEmploymentSummary,
} from './household-types';

export const householdsKey = ['households'] as const;

export const fetchHouseholds = (filters: HouseholdFilters, paging: PageParams) =>
  api.get<Page<HouseholdItem>>('/households', { ...filters, ...paging });

export const fetchHousehold = (id: string) => api.get<HouseholdDetail>(`/households/${id}`);

export const createHousehold = (body: HouseholdBody) => api.post<HouseholdDetail>('/households', body);

export const updateHousehold = (id: string, body: Partial<HouseholdBody> & { version: number }) =>
  api.patch<HouseholdDetail>(`/households/${id}`, body);

export const addMember = (id: string, body: { personId: string; relation: string }) =>
  api.post<HouseholdDetail>(`/households/${id}/members`, body);

export const removeMember = (id: string, personId: string) =>
  api.delete<HouseholdDetail>(`/households/${id}/members/${personId}`);

export const fetchPersonHousehold = (personId: string) =>
  api.get<{ household: (HouseholdItem & { relation: string }) | null }>(`/persons/${personId}/household`);

export const fetchRecognitions = (householdId: string) =>
  api.get<{ items: Recognition[] }>(`/households/${householdId}/zero-employment`);

export const recognise = (householdId: string, body: { recognisedOn: string; basis: string }) =>
  api.post<Recognition>(`/households/${householdId}/zero-employment`, body);

export const recordAssistance = (
  recognitionId: string,
  body: { actedOn: string; kind: string; description: string; personId?: string | null },
) => api.post<{ items: Recognition[] }>(`/zero-employment/${recognitionId}/assistance`, body);

export const eliminate = (
  recognitionId: string,
  body: { eliminatedOn: string; reason: string; note?: string | null; version: number },
) => api.post<Recognition>(`/zero-employment/${recognitionId}/eliminate`, body);

export const fetchZeroEmploymentSummary = (query: { orgId?: number | undefined; from: string; to: string }) =>
  api.get<ZeroEmploymentSummary>('/zero-employment/summary', query);
