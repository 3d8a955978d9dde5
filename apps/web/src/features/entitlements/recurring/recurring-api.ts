import { type Answer, dataOf, typedApi } from '../../../app/api/typed-client';
import { api } from '../../../app/api-client';

// Shapes of the recurring-entitlement API (helper recurring's routes); replaced by the OpenAPI
// answers once the routes are merged.
export type EntitlementStatus = 'active' | 'stopped' | 'ended';
export type PeriodKind = 'monthly' | 'quarterly';

export interface EntitlementItem {
  id: string;
  number: string;
  policyId: string;
  policyName: string;
  personId: string;
  holderName: string;
  holderIdNumberMasked: string;
  periodKind: PeriodKind;
  startMonth: string;
  endMonth: string | null;
  status: EntitlementStatus;
  statusLabel: string;
  listedThroughMonth: string | null;
  employerName: string | null;
  postId: string | null;
  stopLabel: string | null;
  stoppedOn: string | null;
  stopReason: string | null;
  sourceCaseId: string;
}

export interface EntitlementPeriod {
  id: string;
  fromMonth: string;
  toMonth: string;
  paidToMonth: string | null;
  outcome: 'listed' | 'stopped';
  caseId: string | null;
  caseNumber: string | null;
  caseStatus: string | null;
  caseStatusLabel: string | null;
  amount: string | null;
  reason: string | null;
  runId: string;
}

export interface RecoveryItem {
  id: string;
  entitlementId: string;
  entitlementNumber?: string;
  holderName?: string;
  caseId: string;
  caseNumber?: string;
  fromMonth: string;
  toMonth: string;
  amount: string;
  reason: string;
  eventOn: string;
  status: 'open' | 'recovered' | 'waived';
  statusLabel: string;
  resolutionNote: string | null;
  resolvedAt: string | null;
  version: number;
}

export interface EntitlementDetail extends EntitlementItem {
  sourceCaseNumber: string | null;
  post: { id: string; title: string; kindLabel: string; startOn: string } | null;
  periods: EntitlementPeriod[];
  recoveries: RecoveryItem[];
  version: number;
}

export interface RunItem {
  id: string;
  number: string;
  policyId: string;
  policyName: string;
  periodKind: PeriodKind;
  periodStart: string;
  periodEnd: string;
  batchId: string | null;
  listedCount: number;
  stoppedCount: number;
  recoveryCount: number;
  totalAmount: string;
  createdAt: string;
}

export interface RunLine {
  periodId: string;
  entitlementId: string;
  entitlementNumber: string;
  holderName: string;
  holderIdNumberMasked: string;
  fromMonth: string;
  toMonth: string;
  paidToMonth: string | null;
  outcome: 'listed' | 'stopped';
  caseId: string | null;
  caseNumber: string | null;
  amount: string | null;
  stopLabel: string | null;
  reason: string | null;
}

export interface RunDetail extends RunItem {
  batchNumber: string | null;
  lines: RunLine[];
}

export type PostOption = Answer<'/api/entitlements/posts', 'get'>['items'][number];

export interface Page<T> {
  items: T[];
  total: number;
}

export const entitlementsKey = ['entitlements', 'recurring'] as const;

export const periodKindLabels: Record<PeriodKind, string> = { monthly: '按月', quarterly: '按季' };
export const entitlementStatusLabels: Record<EntitlementStatus, string> = {
  active: '发放中',
  stopped: '已停发',
  ended: '已到期',
};

/** The policies paid as recurring entitlements (the server refuses the others). */
export const recurringPolicies: { id: string; name: string; periodKinds: PeriodKind[] }[] = [
  {
    id: 'county-city.public-welfare-post',
    name: '公益性岗位安排就业困难人员社会保险补贴和岗位补贴',
    periodKinds: ['monthly'],
  },
  {
    id: 'county-city.flexible-employment',
    name: '“4050”就业困难人员灵活就业社会保险补贴',
    periodKinds: ['monthly', 'quarterly'],
  },
];

type Paging = { page: number; pageSize: number };

export const fetchEntitlements = (f: { status?: EntitlementStatus; policyId?: string }, paging: Paging) =>
  api.get<Page<EntitlementItem>>('/entitlements', { ...f, ...paging });
export const fetchEntitlement = (id: string) => api.get<EntitlementDetail>(`/entitlements/${id}`);
export const createEntitlement = (body: {
  caseId: string;
  periodKind: PeriodKind;
  startMonth: string;
  endMonth?: string | undefined;
  postId?: string | undefined;
  retirementCategory?: 'female_cadre' | 'female_worker' | undefined;
}) => api.post<EntitlementDetail>('/entitlements', body);

export const fetchRuns = (paging: Paging) => api.get<Page<RunItem>>('/entitlements/runs', paging);
export const fetchRun = (id: string) => api.get<RunDetail>(`/entitlements/runs/${id}`);
export const startRun = (body: { policyId: string; month: string }) =>
  api.post<RunDetail>('/entitlements/runs', body);

export const fetchRecoveries = (status: RecoveryItem['status'], paging: Paging) =>
  api.get<Page<RecoveryItem>>('/entitlements/recoveries', { status, ...paging });
export const resolveRecovery = (
  id: string,
  body: { version: number; status: 'recovered' | 'waived'; note: string },
) => api.post<RecoveryItem>(`/entitlements/recoveries/${id}/resolve`, body);

export const fetchHolderPosts = (q: string) =>
  dataOf(
    typedApi.GET('/api/entitlements/posts', {
      params: { query: { status: 'open', q, page: 1, pageSize: 20 } },
    }),
  );
