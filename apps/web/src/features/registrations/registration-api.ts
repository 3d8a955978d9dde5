import { byId, dataOf, typedApi } from '../../app/api/typed-client';
import type { PageParams } from '../../app/paging';
import type {
  DetermineBody,
  DifficultyListFilters,
  EmploymentBody,
  EndBody,
  ExitBody,
  UnemploymentBody,
  UnemploymentListFilters,
} from './registration-types';

export const registrationsKey = ['registrations'] as const;
/** Everything about one person's registrations: invalidated together after any change. */
export const personRegistrationsKey = (personId: string) => [...registrationsKey, 'person', personId];

export const fetchEmploymentRegistrations = (personId: string) =>
  dataOf(typedApi.GET('/api/persons/{id}/employment-registrations', byId(personId)));
export const fetchUnemploymentRegistrations = (personId: string) =>
  dataOf(typedApi.GET('/api/persons/{id}/unemployment-registrations', byId(personId)));
export const fetchDifficultyDeterminations = (personId: string) =>
  dataOf(typedApi.GET('/api/persons/{id}/difficulty-determinations', byId(personId)));
export const fetchEmploymentStatus = (personId: string) =>
  dataOf(typedApi.GET('/api/persons/{id}/employment-status', byId(personId)));

export const createEmploymentRegistration = (personId: string, body: EmploymentBody) =>
  dataOf(typedApi.POST('/api/persons/{id}/employment-registrations', { ...byId(personId), body }));
export const createUnemploymentRegistration = (personId: string, body: UnemploymentBody) =>
  dataOf(typedApi.POST('/api/persons/{id}/unemployment-registrations', { ...byId(personId), body }));
export const endEmploymentRegistration = (id: string, body: EndBody) =>
  dataOf(typedApi.POST('/api/employment-registrations/{id}/end', { ...byId(id), body }));
export const endUnemploymentRegistration = (id: string, body: EndBody) =>
  dataOf(typedApi.POST('/api/unemployment-registrations/{id}/end', { ...byId(id), body }));

export const determineDifficulty = (personId: string, body: DetermineBody) =>
  dataOf(typedApi.POST('/api/persons/{id}/difficulty-determinations', { ...byId(personId), body }));
export const exitDifficulty = (id: string, body: ExitBody) =>
  dataOf(typedApi.POST('/api/difficulty-determinations/{id}/exit', { ...byId(id), body }));

export const fetchUnemploymentList = (filters: UnemploymentListFilters, paging: PageParams) =>
  dataOf(typedApi.GET('/api/unemployment-registrations', { params: { query: { ...filters, ...paging } } }));
export const fetchDifficultyList = (filters: DifficultyListFilters, paging: PageParams) =>
  dataOf(typedApi.GET('/api/difficulty-determinations', { params: { query: { ...filters, ...paging } } }));
