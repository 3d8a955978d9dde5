import { byId, dataOf, typedApi } from '../../app/api/typed-client';
import type { PageParams } from '../../app/paging';
import type { ContractBody, ContractPatch, ContributionBody, ContributionFilters } from './insurance-types';

export const contractsKey = ['contracts'] as const;
export const contributionsKey = ['contributions'] as const;

export const fetchPersonContracts = (personId: string) =>
  dataOf(typedApi.GET('/api/persons/{id}/contracts', byId(personId)));

export const createContract = (personId: string, body: ContractBody) =>
  dataOf(typedApi.POST('/api/persons/{id}/contracts', { ...byId(personId), body }));

/** An edit carries the version it was made on (the server takes it as optional). */
export const updateContract = (id: string, body: Omit<ContractPatch, 'version'> & { version: number }) =>
  dataOf(typedApi.PATCH('/api/contracts/{id}', { ...byId(id), body }));

/** `current`: only contracts in force (otherwise the parameter is left out, as before). */
export const fetchEmployerContracts = (employerId: string, paging: PageParams, current: boolean) =>
  dataOf(
    typedApi.GET('/api/employers/{id}/contracts', {
      params: { path: { id: employerId }, query: { ...paging, current: current ? 'true' : undefined } },
    }),
  );

export const fetchPersonContributions = (
  personId: string,
  filters: ContributionFilters,
  paging: PageParams,
) =>
  dataOf(
    typedApi.GET('/api/persons/{id}/contributions', {
      params: { path: { id: personId }, query: { ...filters, ...paging } },
    }),
  );

export const createContribution = (personId: string, body: ContributionBody) =>
  dataOf(typedApi.POST('/api/persons/{id}/contributions', { ...byId(personId), body }));

export const fetchInsuranceSummary = (personId: string) =>
  dataOf(typedApi.GET('/api/persons/{id}/insurance-summary', byId(personId)));

/** Employers to pick from (the actor's scope), by name prefix or credit code; an empty search lists the first. */
export const searchEmployers = (q: string) =>
  dataOf(typedApi.GET('/api/employers', { params: { query: { q: q || undefined, pageSize: 20 } } }));
