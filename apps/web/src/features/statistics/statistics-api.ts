import type { paths } from '../../app/api/openapi';
import { type Answer, dataOf, typedApi } from '../../app/api/typed-client';

export type IndicatorValues = Answer<'/api/statistics/indicators', 'get'>;
export type IndicatorValue = IndicatorValues['items'][number];
export type ByOrg = Answer<'/api/statistics/by-org', 'get'>;
export type Drilldown = Answer<'/api/statistics/indicators/{code}/drilldown', 'get'>;
export type Catalogue = Answer<'/api/statistics/catalogue', 'get'>;
export type CaseWork = Answer<'/api/statistics/case-work', 'get'>;
export type PolicyMonths = Answer<'/api/statistics/indicators/{code}/by-policy', 'get'>;
export type Trend = Answer<'/api/statistics/indicators/{code}/trend', 'get'>;

type WhereQuery = NonNullable<paths['/api/statistics/indicators']['get']['parameters']['query']>;
/** Where and when a figure is counted, as the statistics endpoints and the drill-down URL take it. */
export type Where = {
  [K in Exclude<keyof WhereQuery, 'codes' | 'period'>]?: WhereQuery[K] | undefined;
} & { period: NonNullable<WhereQuery['period']> };

export const statisticsKey = ['statistics'] as const;

export const fetchCatalogue = () => dataOf(typedApi.GET('/api/statistics/catalogue'));

export const fetchIndicators = (where: Where, codes?: string[]) =>
  dataOf(
    typedApi.GET('/api/statistics/indicators', {
      params: { query: { ...where, ...(codes ? { codes: codes.join(',') } : {}) } },
    }),
  );

/** The key indicators (the server's choice) per child organisation. */
export const fetchByOrg = (where: Where) =>
  dataOf(typedApi.GET('/api/statistics/by-org', { params: { query: where } }));

export const fetchPolicyMonths = (code: string, where: Where) =>
  dataOf(
    typedApi.GET('/api/statistics/indicators/{code}/by-policy', { params: { path: { code }, query: where } }),
  );

export const fetchTrend = (code: string, year: number, orgId?: number) =>
  dataOf(
    typedApi.GET('/api/statistics/indicators/{code}/trend', {
      params: { path: { code }, query: { year, ...(orgId ? { orgId } : {}) } },
    }),
  );

export const fetchDrilldown = (
  code: string,
  where: Where & { part?: string; page: number; pageSize: number },
) =>
  dataOf(
    typedApi.GET('/api/statistics/indicators/{code}/drilldown', { params: { path: { code }, query: where } }),
  );

export const fetchCaseWork = () => dataOf(typedApi.GET('/api/statistics/case-work'));

/** The drill-down page of an indicator for a place and period (and a part of a rate or sum). */
export function drilldownPath(code: string, where: Where, part?: string): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...where, part })) if (v !== undefined) q.set(k, String(v));
  return `/statistics/${code}?${q}`;
}

/** A case-list URL with the given filters. */
export function casesPath(filters: Record<string, string | number | boolean | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v !== undefined && v !== '') q.set(k, String(v));
  return `/cases?${q}`;
}

/** Every status a case reaches once approved (as the server's approvedStatuses). */
export const approvedStatuses =
  'approved,in_public_notice,notice_passed,sent_to_finance,payment_planned,paid,payment_failed,reconciled';

/** An indicator's value as text: a count, yuan from fen, a percentage, or 未能计数. */
export function formatValue(v: Pick<IndicatorValue, 'kind' | 'value' | 'unit'>): string {
  if (v.value === null) return '—';
  if (v.kind === 'rate') return `${(v.value * 100).toFixed(1)}%`;
  if (v.kind === 'amount')
    return `${(v.value / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2 })} 元`;
  return `${v.value.toLocaleString('zh-CN')} ${v.unit}`;
}
