import { type Answer, byId, dataOf, typedApi } from '../../../app/api/typed-client';

const base = '/api/health-checks/settlements';
export type SettlementRow = Answer<typeof base, 'get'>[number];
export type SettlementDetail = Answer<'/api/health-checks/settlements/{id}', 'get'>;
export type SettlementLine = SettlementDetail['lines'][number];

export const settlementsKey = ['health-checks', 'settlements'] as const;

export const fetchSettlements = (planId: string) =>
  dataOf(typedApi.GET(base, { params: { query: { planId } } }));
export const fetchSettlement = (id: string) =>
  dataOf(typedApi.GET('/api/health-checks/settlements/{id}', byId(id)));
export const computeSettlement = (body: { hospitalId: string; planId: string; version?: number }) =>
  dataOf(typedApi.POST(base, { body }));
export const fileSettlement = (id: string, version: number) =>
  dataOf(typedApi.POST('/api/health-checks/settlements/{id}/file', { ...byId(id), body: { version } }));
