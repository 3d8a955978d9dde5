import { type Answer, type Body, dataOf, typedApi } from '../../../app/api/typed-client';

const base = '/api/entrepreneurship/interest-subsidies';
export type SubsidyClaim = Answer<typeof base, 'get'>[number];
export type SubsidyLine = Answer<'/api/entrepreneurship/interest-subsidies/{id}/lines', 'get'>[number];
export type LineExplanation = Answer<
  '/api/entrepreneurship/interest-subsidies/{id}/lines/{loanId}/explanation',
  'get'
>;
export type ComputeBody = Body<typeof base, 'post'>;

export const subsidyKey = ['entrepreneurship', 'interest-subsidies'] as const;

export const fetchBanks = () => dataOf(typedApi.GET('/api/entrepreneurship/interest-subsidies/banks'));

export const fetchClaims = (bankId?: string) =>
  dataOf(typedApi.GET(base, { params: { query: bankId ? { bankId } : {} } }));

export const fetchClaim = (id: string) =>
  dataOf(typedApi.GET('/api/entrepreneurship/interest-subsidies/{id}', { params: { path: { id } } }));

export const fetchLines = (id: string, offset: number, limit: number) =>
  dataOf(
    typedApi.GET('/api/entrepreneurship/interest-subsidies/{id}/lines', {
      params: { path: { id }, query: { offset, limit } },
    }),
  );

export const fetchExplanation = (id: string, loanId: string) =>
  dataOf(
    typedApi.GET('/api/entrepreneurship/interest-subsidies/{id}/lines/{loanId}/explanation', {
      params: { path: { id, loanId } },
    }),
  );

export const computeClaim = (body: ComputeBody) => dataOf(typedApi.POST(base, { body }));

export const submitClaim = (id: string, version: number) =>
  dataOf(
    typedApi.POST('/api/entrepreneurship/interest-subsidies/{id}/submit', {
      params: { path: { id } },
      body: { version },
    }),
  );
