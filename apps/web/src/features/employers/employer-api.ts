import { byId, dataOf, typedApi } from '../../app/api/typed-client';
import type { PageParams } from '../../app/paging';
import type { EmployerBody, EmployerFilters, EmployerPatch, EmployerSort } from './employer-types';

export const employersKey = ['employers'] as const;

export const fetchEmployers = (
  filters: EmployerFilters,
  paging: PageParams,
  sort: EmployerSort | undefined,
) => dataOf(typedApi.GET('/api/employers', { params: { query: { ...filters, ...paging, sort } } }));

export const fetchEmployer = (id: string) => dataOf(typedApi.GET('/api/employers/{id}', byId(id)));

export const createEmployer = (body: EmployerBody) => dataOf(typedApi.POST('/api/employers', { body }));

/** An edit carries the version it was made on (the server takes it as optional). */
export const updateEmployer = (id: string, body: Omit<EmployerPatch, 'version'> & { version: number }) =>
  dataOf(typedApi.PATCH('/api/employers/{id}', { ...byId(id), body }));
