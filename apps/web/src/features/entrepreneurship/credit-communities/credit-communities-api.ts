import { type Answer, type Body, dataOf, typedApi } from '../../../app/api/typed-client';

const base = '/api/entrepreneurship/credit-communities';

export type Overview = Answer<typeof base, 'get'>;
export type CommunityRow = Overview['items'][number];
export type Evaluation = NonNullable<CommunityRow['evaluation']>;
export type Figures = CommunityRow['figures'];
export type EvaluateBody = Body<'/api/entrepreneurship/credit-communities/evaluations', 'post'>;
export type FigureKind = 'issued' | 'matured' | 'bad_debt';
export type LedgerLoan = Answer<
  '/api/entrepreneurship/credit-communities/{communityOrgId}/loans',
  'get'
>[number];
export type PublicCommunities = Answer<'/api/public/credit-communities', 'get'>;

export const creditCommunitiesKey = ['entrepreneurship', 'credit-communities'] as const;

export const fetchOverview = (year: number) => dataOf(typedApi.GET(base, { params: { query: { year } } }));

export const fetchLoans = (communityOrgId: number, year: number, kind: FigureKind) =>
  dataOf(
    typedApi.GET('/api/entrepreneurship/credit-communities/{communityOrgId}/loans', {
      params: { path: { communityOrgId }, query: { year, kind } },
    }),
  );

export const evaluate = (body: EvaluateBody) =>
  dataOf(typedApi.POST('/api/entrepreneurship/credit-communities/evaluations', { body }));

export const publish = (year: number) =>
  dataOf(typedApi.POST('/api/entrepreneurship/credit-communities/publish', { body: { year } }));

export const recheck = () => dataOf(typedApi.POST('/api/entrepreneurship/credit-communities/recheck'));

export const withdraw = (id: string, body: { reason: string; version: number }) =>
  dataOf(
    typedApi.POST('/api/entrepreneurship/credit-communities/evaluations/{id}/withdraw', {
      params: { path: { id } },
      body,
    }),
  );

export const fetchPublicCommunities = () => dataOf(typedApi.GET('/api/public/credit-communities'));

export const statusLabels: Record<Evaluation['status'], string> = {
  evaluated: '已评定，待公布',
  published: '已公布',
  withdrawn: '称号已撤销',
};

export const figureKindLabels: Record<FigureKind, string> = {
  issued: '当年发放的贷款',
  matured: '当年到期的贷款',
  bad_debt: '代偿或核销的到期贷款',
};
