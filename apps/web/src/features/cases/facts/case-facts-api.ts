import { useQuery } from '@tanstack/react-query';
import { type Answer, dataOf, typedApi } from '../../../app/api/typed-client';
import { casesKey } from '../case-api';
import type { CaseDetail } from '../case-types';

/** `GET /cases/:id/facts`: the application form as the server assembles it from the registry. */
export type CaseFacts = Answer<'/api/cases/{id}/facts', 'get'>;
export type CaseFactField = CaseFacts['fields'][number];

/** One officer's change of a pre-filled fact, with its reason (≥ 5 characters). */
export interface FactChange {
  path: string;
  value: unknown;
  reason: string;
}

export const fetchCaseFacts = (id: string) =>
  dataOf(typedApi.GET('/api/cases/{id}/facts', { params: { path: { id } } }));

export const changeCaseFacts = async (id: string, version: number, changes: FactChange[]) =>
  // The answer is the case file the other steps answer (hand-typed CaseDetail on the case page).
  (await dataOf(
    typedApi.POST('/api/cases/{id}/change-facts', { params: { path: { id } }, body: { version, changes } }),
  )) as unknown as CaseDetail;

/** The application form of a case, read again with each new version of the case. */
export const useCaseFacts = (id: string, version?: number) =>
  useQuery({
    queryKey: [...casesKey, 'facts', id, version],
    queryFn: () => fetchCaseFacts(id),
    enabled: Boolean(id),
  });
