import { byId, dataOf, typedApi } from '../../app/api/typed-client';
import type { PageParams } from '../../app/paging';
import type {
  AssistanceBody,
  EliminationBody,
  HouseholdBody,
  HouseholdFilters,
  HouseholdPatch,
  MemberBody,
  RecognitionBody,
  ZeroEmploymentSummaryQuery,
} from './household-types';

export const householdsKey = ['households'] as const;

export const fetchHouseholds = (filters: HouseholdFilters, paging: PageParams) =>
  dataOf(typedApi.GET('/api/households', { params: { query: { ...filters, ...paging } } }));

export const fetchHousehold = (id: string) => dataOf(typedApi.GET('/api/households/{id}', byId(id)));

export const createHousehold = (body: HouseholdBody) => dataOf(typedApi.POST('/api/households', { body }));

/** An edit carries the version it was made on (the server takes it as optional). */
export const updateHousehold = (id: string, body: Omit<HouseholdPatch, 'version'> & { version: number }) =>
  dataOf(typedApi.PATCH('/api/households/{id}', { ...byId(id), body }));

export const addMember = (id: string, body: MemberBody) =>
  dataOf(typedApi.POST('/api/households/{id}/members', { ...byId(id), body }));

export const removeMember = (id: string, personId: string) =>
  dataOf(typedApi.DELETE('/api/households/{id}/members/{personId}', { params: { path: { id, personId } } }));

export const fetchPersonHousehold = (personId: string) =>
  dataOf(typedApi.GET('/api/persons/{id}/household', byId(personId)));

export const fetchRecognitions = (householdId: string) =>
  dataOf(typedApi.GET('/api/households/{id}/zero-employment', byId(householdId)));

/** Answers the recognition without its assistance (there is none yet). */
export const recognise = (householdId: string, body: RecognitionBody) =>
  dataOf(typedApi.POST('/api/households/{id}/zero-employment', { ...byId(householdId), body }));

export const recordAssistance = (recognitionId: string, body: AssistanceBody) =>
  dataOf(typedApi.POST('/api/zero-employment/{id}/assistance', { ...byId(recognitionId), body }));

/** Answers the recognition without its assistance. */
export const eliminate = (
  recognitionId: string,
  body: Omit<EliminationBody, 'version'> & { version: number },
) => dataOf(typedApi.POST('/api/zero-employment/{id}/eliminate', { ...byId(recognitionId), body }));

export const fetchZeroEmploymentSummary = (query: ZeroEmploymentSummaryQuery) =>
  dataOf(typedApi.GET('/api/zero-employment/summary', { params: { query } }));
