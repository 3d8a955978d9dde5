import { type Answer, type Body, dataOf, typedApi } from '../../../app/api/typed-client';
import type { PageParams } from '../../../app/paging';

export type BusinessList = Answer<'/api/entrepreneurship/businesses', 'get'>;
export type BusinessRow = BusinessList['items'][number];
export type Business = Answer<'/api/entrepreneurship/businesses/{id}', 'get'>;
export type BusinessBody = Body<'/api/entrepreneurship/businesses', 'post'>;
export type BusinessPatch = Body<'/api/entrepreneurship/businesses/{id}', 'patch'>;

export const businessesKey = ['entrepreneurship', 'businesses'] as const;

export const fetchBusinesses = (filters: { q?: string | undefined }, paging: PageParams) =>
  dataOf(
    typedApi.GET('/api/entrepreneurship/businesses', {
      params: { query: { ...paging, ...(filters.q ? { q: filters.q } : {}) } },
    }),
  );

export const fetchBusiness = (id: string) =>
  dataOf(typedApi.GET('/api/entrepreneurship/businesses/{id}', { params: { path: { id } } }));

export const createBusiness = (body: BusinessBody) =>
  dataOf(typedApi.POST('/api/entrepreneurship/businesses', { body }));

export const updateBusiness = (id: string, body: BusinessPatch) =>
  dataOf(typedApi.PATCH('/api/entrepreneurship/businesses/{id}', { params: { path: { id } }, body }));

export const businessKindLabels: Record<BusinessRow['kind'], string> = {
  enterprise: '企业',
  individual: '个体工商户',
};
