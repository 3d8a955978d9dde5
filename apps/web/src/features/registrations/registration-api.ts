import { api } from '../../app/api-client';
import type { Page, PageParams } from '../../app/paging';
import type {
  DifficultyCategory,
  DifficultyDetermination,
  EmploymentRegistration,
  EmploymentStatus,
  RecordListFilters,
  UnemploymentRegistration,
  WithPerson,
} from './registration-types';

export const registrationsKey = ['registrations'] as const;
/** Everything about one person's registrations: invalidated together after any change. */
export const personRegistrationsKey = (personId: string) => [...registrationsKey, 'person', personId];

export const fetchEmploymentRegistrations = (personId: string) =>
  api.get<{ items: EmploymentRegistration[] }>(`/persons/${personId}/employment-registrations`);
export const fetchUnemploymentRegistrations = (personId: string) =>
  api.get<{ items: UnemploymentRegistration[] }>(`/persons/${personId}/unemployment-registrations`);
export const fetchDifficultyDeterminations = (personId: string) =>
  api.get<{ items: DifficultyDetermination[] }>(`/persons/${personId}/difficulty-determinations`);
export const fetchEmploymentStatus = (personId: string) =>
  api.get<EmploymentStatus>(`/persons/${personId}/employment-status`);

export interface EmploymentBody {
  form: string;
  startedOn: string;
  employerId?: string | null;
  employerName?: string | null;
}
export interface UnemploymentBody {
  registeredOn: string;
  certificateNumber: string;
  reason: string;
  stationId?: number;
}
export interface EndBody {
  endedOn: string;
  endReason: string;
  version: number;
}

export const createEmploymentRegistration = (personId: string, body: EmploymentBody) =>
  api.post<EmploymentRegistration>(`/persons/${personId}/employment-registrations`, body);
export const createUnemploymentRegistration = (personId: string, body: UnemploymentBody) =>
  api.post<UnemploymentRegistration>(`/persons/${personId}/unemployment-registrations`, body);
export const endEmploymentRegistration = (id: string, body: EndBody) =>
  api.post<EmploymentRegistration>(`/employment-registrations/${id}/end`, body);
export const endUnemploymentRegistration = (id: string, body: EndBody) =>
  api.post<UnemploymentRegistration>(`/unemployment-registrations/${id}/end`, body);

export const determineDifficulty = (
  personId: string,
  body: { category: DifficultyCategory; evidence: string; decidedOn?: string },
) => api.post<DifficultyDetermination>(`/persons/${personId}/difficulty-determinations`, body);
export const exitDifficulty = (id: string, body: { exitedOn: string; exitReason: string; version: number }) =>
  api.post<DifficultyDetermination>(`/difficulty-determinations/${id}/exit`, body);

export const fetchUnemploymentList = (filters: RecordListFilters, paging: PageParams) =>
  api.get<Page<UnemploymentRegistration & WithPerson>>('/unemployment-registrations', {
    ...filters,
    ...paging,
  });
export const fetchDifficultyList = (filters: RecordListFilters, paging: PageParams) =>
  api.get<Page<DifficultyDetermination & WithPerson>>('/difficulty-determinations', {
    ...filters,
    ...paging,
  });
