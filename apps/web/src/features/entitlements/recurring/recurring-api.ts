import { useQuery } from '@tanstack/react-query';
import { type Answer, type Body, byId, dataOf, typedApi } from '../../../app/api/typed-client';

type EntitlementPage = Answer<'/api/entitlements', 'get'>;
export type EntitlementItem = EntitlementPage['items'][number];
export type EntitlementStatus = EntitlementItem['status'];
export type PeriodKind = EntitlementItem['periodKind'];
export type EntitlementDetail = Answer<'/api/entitlements/{id}', 'get'>;
export type EntitlementPeriod = EntitlementDetail['periods'][number];
export type RecoveryItem = Answer<'/api/entitlements/recoveries', 'get'>['items'][number];
export type RunItem = Answer<'/api/entitlements/runs', 'get'>['items'][number];
export type RunDetail = Answer<'/api/entitlements/runs/{id}', 'get'>;
export type RunLine = RunDetail['lines'][number];
export type PostOption = Answer<'/api/entitlements/posts', 'get'>['items'][number];
type SetUp = Body<'/api/entitlements', 'post'>;
export type RecurringPolicyId = Body<'/api/entitlements/runs', 'post'>['policyId'];

export const entitlementsKey = ['entitlements', 'recurring'] as const;

export const periodKindLabels: Record<PeriodKind, string> = { monthly: '按月', quarterly: '按季' };
export const entitlementStatusLabels: Record<EntitlementStatus, string> = {
  active: '发放中',
  stopped: '已停发',
  ended: '已到期',
};

export type RecurringPolicy = Answer<'/api/entitlements/policies', 'get'>[number];

/**
 * The policies paid as recurring entitlements and their period kinds, as the server defines them
 * (none until it answers, or for a user who may not read entitlements).
 */
export function useRecurringPolicies(enabled = true): RecurringPolicy[] {
  const query = useQuery({
    queryKey: [...entitlementsKey, 'policies'],
    queryFn: () => dataOf(typedApi.GET('/api/entitlements/policies')),
    staleTime: Number.POSITIVE_INFINITY,
    enabled,
  });
  return query.data ?? [];
}

type Paging = { page: number; pageSize: number };
export const fetchEntitlements = (
  f: { status?: EntitlementStatus; policyId?: RecurringPolicyId },
  paging: Paging,
) => dataOf(typedApi.GET('/api/entitlements', { params: { query: { ...f, ...paging } } }));
export const fetchEntitlement = (id: string) => dataOf(typedApi.GET('/api/entitlements/{id}', byId(id)));
export const createEntitlement = (body: SetUp) => dataOf(typedApi.POST('/api/entitlements', { body }));

export const fetchRuns = (paging: Paging) =>
  dataOf(typedApi.GET('/api/entitlements/runs', { params: { query: paging } }));
export const fetchRun = (id: string) => dataOf(typedApi.GET('/api/entitlements/runs/{id}', byId(id)));
export const startRun = (body: Body<'/api/entitlements/runs', 'post'>) =>
  dataOf(typedApi.POST('/api/entitlements/runs', { body }));

export const fetchRecoveries = (status: RecoveryItem['status'], paging: Paging) =>
  dataOf(typedApi.GET('/api/entitlements/recoveries', { params: { query: { status, ...paging } } }));
export const resolveRecovery = (
  id: string,
  body: Body<'/api/entitlements/recoveries/{id}/resolve', 'post'>,
) => dataOf(typedApi.POST('/api/entitlements/recoveries/{id}/resolve', { ...byId(id), body }));

export const fetchHolderPosts = (q: string) =>
  dataOf(
    typedApi.GET('/api/entitlements/posts', {
      params: { query: { status: 'open', q, page: 1, pageSize: 20 } },
    }),
  );
