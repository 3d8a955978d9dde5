import { type Body, byId, dataOf, typedApi } from '../../app/api/typed-client';
import type { PageParams } from '../../app/paging';
import type { CaseFilters, CreateCaseBody } from './case-types';

export const casesKey = ['cases'] as const;
export const caseTypesKey = ['case-types'] as const;

/** A flag as the list query takes it (`api` sent String(flag); undefined is left out). */
const flag = (value: boolean | undefined): 'true' | 'false' | undefined =>
  value === undefined ? undefined : value ? 'true' : 'false';
const listQuery = ({ overdue, dueSoon, ...filters }: CaseFilters, paging: PageParams) => ({
  ...filters,
  overdue: flag(overdue),
  dueSoon: flag(dueSoon),
  ...paging,
});

export const fetchCases = (filters: CaseFilters, paging: PageParams) =>
  dataOf(typedApi.GET('/api/cases', { params: { query: listQuery(filters, paging) } }));

export const fetchMyTasks = (filters: CaseFilters, paging: PageParams) =>
  dataOf(typedApi.GET('/api/cases/my-tasks', { params: { query: listQuery(filters, paging) } }));

export const fetchCaseTypes = () => dataOf(typedApi.GET('/api/case-types'));

export const createCase = (body: CreateCaseBody) => dataOf(typedApi.POST('/api/cases', { body }));

export const fetchCase = (id: string) => dataOf(typedApi.GET('/api/cases/{id}', byId(id)));

export const updateCase = (id: string, body: Body<'/api/cases/{id}', 'patch'>) =>
  dataOf(typedApi.PATCH('/api/cases/{id}', { ...byId(id), body }));

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

/** The body of a lifecycle step, as the server takes one of them. */
export type CaseStepBody = Body<`/api/cases/{id}/${CaseStep}`, 'post'>;

export const runCaseStep = (id: string, step: CaseStep, body: CaseStepBody) =>
  dataOf(typedApi.POST(`/api/cases/{id}/${step}`, { ...byId(id), body }));
