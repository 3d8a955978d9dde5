import { api } from '../../app/api-client';
import type { Page, PageParams } from '../../app/paging';
import type {
  PersonBody,
  PersonDetail,
  PersonFilters,
  PersonItem,
  PersonSort,
  TimelineEvent,
} from './person-types';

export const personsKey = ['persons'] as const;

export const fetchPersons = (filters: PersonFilters, paging: PageParams, sort: PersonSort | undefined) =>
  api.get<Page<PersonItem>>('/persons', { ...filters, ...paging, sort });

export const fetchPerson = (id: string) => api.get<PersonDetail>(`/persons/${id}`);

export const fetchPersonTimeline = (id: string) =>
  api.get<{ items: TimelineEvent[] }>(`/persons/${id}/timeline`);

export const revealPersonId = (id: string) => api.post<{ idNumber: string }>(`/persons/${id}/reveal-id`);

/** Everything held about the person as a JSON file (audited on the server). */
export const downloadPersonalData = (id: string) =>
  api.download(`/persons/${id}/personal-data`, {}, `personal-data-${id}.json`);

export const createPerson = (body: PersonBody) => api.post<PersonDetail>('/persons', body);

export const updatePerson = (id: string, body: Partial<Omit<PersonBody, 'idNumber'>> & { version: number }) =>
  api.patch<PersonDetail>(`/persons/${id}`, body);
