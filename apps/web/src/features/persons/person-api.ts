import { byId, dataOf, typedApi } from '../../app/api/typed-client';
import { api } from '../../app/api-client';
import type { PageParams } from '../../app/paging';
import type { PersonBody, PersonFilters, PersonPatch, PersonSort } from './person-types';

export const personsKey = ['persons'] as const;

export const fetchPersons = (filters: PersonFilters, paging: PageParams, sort: PersonSort | undefined) =>
  dataOf(typedApi.GET('/api/persons', { params: { query: { ...filters, ...paging, sort } } }));

export const fetchPerson = (id: string) => dataOf(typedApi.GET('/api/persons/{id}', byId(id)));

export const fetchPersonTimeline = (id: string) =>
  dataOf(typedApi.GET('/api/persons/{id}/timeline', byId(id)));

export const revealPersonId = (id: string) => dataOf(typedApi.POST('/api/persons/{id}/reveal-id', byId(id)));

/** Everything held about the person as a JSON file (audited on the server). */
export const downloadPersonalData = (id: string) =>
  api.download(`/persons/${id}/personal-data`, {}, `personal-data-${id}.json`);

export const createPerson = (body: PersonBody) => dataOf(typedApi.POST('/api/persons', { body }));

/** An edit carries the version it was made on (the server takes it as optional). */
export const updatePerson = (id: string, body: Omit<PersonPatch, 'version'> & { version: number }) =>
  dataOf(typedApi.PATCH('/api/persons/{id}', { ...byId(id), body }));
