import { api } from '../../../app/api-client';
import type { OverAgeApplication, OverAgeBill, OverAgeConfirmation, OverAgeOverview } from './over-age-types';

export const overAgeKey = (caseId: string) => ['cases', 'over-age', caseId] as const;

export const fetchOverAge = (caseId: string) => api.get<OverAgeOverview>(`/cases/${caseId}/over-age`);

export const saveOverAgeApplication = (caseId: string, version: number, application: OverAgeApplication) =>
  api.put<OverAgeOverview>(`/cases/${caseId}/over-age/application`, { version, application });

export const confirmServiceYears = (
  caseId: string,
  body: {
    version?: number | undefined;
    serviceYears: number;
    deemedServiceYears: number;
    archiveNumber: string;
    basis: string;
  },
) => api.put<OverAgeConfirmation>(`/cases/${caseId}/over-age/service-years`, body);

export const fetchOverAgeBill = (caseId: string) => api.get<OverAgeBill>(`/cases/${caseId}/over-age/bill`);

export const recordBillPaid = (caseId: string, body: { receiptNumber: string; paidOn: string }) =>
  api.post<OverAgeBill>(`/cases/${caseId}/over-age/bill/paid`, body);
