import { api } from '../../app/api-client';
import type {
  Letterhead,
  NoticePrint,
  PlanPrint,
  PrintCase,
  PrintCaseType,
  RosterPrint,
  SupplementNotice,
} from './print-types';

export const fetchLetterhead = () => api.get<Letterhead>('/print/letterhead');
export const fetchPrintCase = (id: string) => api.get<PrintCase>(`/cases/${id}`);
export const fetchPrintCaseType = (id: string) => api.get<PrintCaseType>(`/case-types/${id}`);
export const fetchSupplementNotice = (caseId: string) =>
  api.get<SupplementNotice>(`/cases/${caseId}/supplement-notice`);
export const markSupplementNoticePrinted = (caseId: string) =>
  api.post<unknown>(`/cases/${caseId}/supplement-notice/printed`);
export const fetchRoster = (batchId: string) => api.get<RosterPrint>(`/case-batches/${batchId}/roster`);
export const fetchPlanPrint = (id: string) => api.get<PlanPrint>(`/payment-plans/${id}`);
export const fetchNoticePrint = (id: string) => api.get<NoticePrint>(`/public-notices/${id}/print`);
