import { type Body, byId, dataOf, typedApi } from '../../../app/api/typed-client';
import type { OverAgeApplication } from './over-age-types';

export const overAgeKey = (caseId: string) => ['cases', 'over-age', caseId] as const;

export const fetchOverAge = (caseId: string) =>
  dataOf(typedApi.GET('/api/cases/{id}/over-age', byId(caseId)));

export const saveOverAgeApplication = (caseId: string, version: number, application: OverAgeApplication) =>
  dataOf(
    typedApi.PUT('/api/cases/{id}/over-age/application', {
      ...byId(caseId),
      body: { version, application },
    }),
  );

export const confirmServiceYears = (
  caseId: string,
  body: Body<'/api/cases/{id}/over-age/service-years', 'put'>,
) => dataOf(typedApi.PUT('/api/cases/{id}/over-age/service-years', { ...byId(caseId), body }));

export const fetchOverAgeBill = (caseId: string) =>
  dataOf(typedApi.GET('/api/cases/{id}/over-age/bill', byId(caseId)));

export const recordBillPaid = (caseId: string, body: Body<'/api/cases/{id}/over-age/bill/paid', 'post'>) =>
  dataOf(typedApi.POST('/api/cases/{id}/over-age/bill/paid', { ...byId(caseId), body }));
