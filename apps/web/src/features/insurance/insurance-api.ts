import { api } from '../../app/api-client';
import type { Page, PageParams } from '../../app/paging';
import type {
  Contract,
  ContractBody,
  ContractPatch,
  Contribution,
  ContributionBody,
  ContributionFilters,
  ContributionPage,
  InsuranceSummary,
  WorkforceItem,
} from './insurance-types';

export const contractsKey = ['contracts'] as const;
export const contributionsKey = ['contributions'] as const;

export const fetchPersonContracts = (personId: string) =>
  api.get<{ items: Contract[] }>(`/persons/${personId}/contracts`);

export const createContract = (personId: string, body: ContractBody) =>
  api.post<Contract>(`/persons/${personId}/contracts`, body);

export const updateContract = (id: string, body: ContractPatch) =>
  api.patch<Contract>(`/contracts/${id}`, body);

export const fetchEmployerContracts = (employerId: string, paging: PageParams, current: boolean) =>
  api.get<Page<WorkforceItem> & { outOfScope: number }>(`/employers/${employerId}/contracts`, {
    ...paging,
    current: current ? true : undefined,
  });

export const fetchPersonContributions = (
  personId: string,
  filters: ContributionFilters,
  paging: PageParams,
) => api.get<ContributionPage>(`/persons/${personId}/contributions`, { ...filters, ...paging });

export const createContribution = (personId: string, body: ContributionBody) =>
  api.post<Contribution>(`/persons/${personId}/contributions`, body);

export const fetchInsuranceSummary = (personId: string) =>
  api.get<InsuranceSummary>(`/persons/${personId}/insurance-summary`);

/** Employers to pick from (the actor's scope), by name prefix or credit code. */
export const searchEmployers = (q: string) =>
  api.get<Page<{ id: string; name: string; creditCode: string }>>('/employers', { q, pageSize: 20 });
