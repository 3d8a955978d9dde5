import { byId, dataOf, typedApi } from '../../app/api/typed-client';

export const fetchLetterhead = () => dataOf(typedApi.GET('/api/print/letterhead'));
export const fetchPrintCase = (id: string) => dataOf(typedApi.GET('/api/cases/{id}', byId(id)));
export const fetchPrintCaseType = (id: string) => dataOf(typedApi.GET('/api/case-types/{id}', byId(id)));
export const fetchSupplementNotice = (caseId: string) =>
  dataOf(typedApi.GET('/api/cases/{id}/supplement-notice', byId(caseId)));
export const markSupplementNoticePrinted = (caseId: string) =>
  dataOf(typedApi.POST('/api/cases/{id}/supplement-notice/printed', byId(caseId)));
export const fetchRoster = (batchId: string) =>
  dataOf(typedApi.GET('/api/case-batches/{id}/roster', byId(batchId)));
export const fetchPlanPrint = (id: string) => dataOf(typedApi.GET('/api/payment-plans/{id}', byId(id)));
export const fetchNoticePrint = (id: string) =>
  dataOf(typedApi.GET('/api/public-notices/{id}/print', byId(id)));
