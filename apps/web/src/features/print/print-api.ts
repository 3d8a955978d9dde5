import { dataOf, typedApi } from '../../app/api/typed-client';
import { api } from '../../app/api-client';
import type { SupplementNotice } from './print-types';

const idPath = (id: string) => ({ params: { path: { id } } });

export const fetchLetterhead = () => dataOf(typedApi.GET('/api/print/letterhead'));
export const fetchPrintCase = (id: string) => dataOf(typedApi.GET('/api/cases/{id}', idPath(id)));
export const fetchPrintCaseType = (id: string) => dataOf(typedApi.GET('/api/case-types/{id}', idPath(id)));
/** Stays on `api`: the OpenAPI document names only the notice's number and items' labels. */
export const fetchSupplementNotice = (caseId: string) =>
  api.get<SupplementNotice>(`/cases/${caseId}/supplement-notice`);
export const markSupplementNoticePrinted = (caseId: string) =>
  dataOf(typedApi.POST('/api/cases/{id}/supplement-notice/printed', idPath(caseId)));
export const fetchRoster = (batchId: string) =>
  dataOf(typedApi.GET('/api/case-batches/{id}/roster', idPath(batchId)));
export const fetchPlanPrint = (id: string) => dataOf(typedApi.GET('/api/payment-plans/{id}', idPath(id)));
export const fetchNoticePrint = (id: string) =>
  dataOf(typedApi.GET('/api/public-notices/{id}/print', idPath(id)));
