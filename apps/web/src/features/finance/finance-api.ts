import type { paths } from '../../app/api/openapi';
import { type Answer, type Body, byId, dataOf, typedApi } from '../../app/api/typed-client';
import { api } from '../../app/api-client';
import type { PageParams } from '../../app/paging';

type QueueQuery = NonNullable<paths['/api/finance/queue']['get']['parameters']['query']>;
export type QueueStage = QueueQuery['stage'];
export type QueueItem = Answer<'/api/finance/queue', 'get'>['items'][number];

export type PlanItem = Answer<'/api/payment-plans', 'get'>['items'][number];
export type PlanStatus = PlanItem['status'];
export type PlanDetail = Answer<'/api/payment-plans/{id}', 'get'>;
export type Payment = PlanDetail['payments'][number];
export type PaymentStatus = Payment['status'];
export type PayResult = Answer<'/api/payment-plans/{id}/pay', 'post'>;
type CaseRef = Body<'/api/finance/send', 'post'>['cases'][number];

export const financeKey = ['finance'] as const;
export const plansKey = ['payment-plans'] as const;

export const planStatusLabels: Record<PlanStatus, string> = {
  draft: '待审批',
  approved: '已审批',
  paid: '支付完毕',
  cancelled: '已撤销',
};

export const paymentStatusLabels: Record<PaymentStatus, string> = {
  pending: '待支付',
  paid: '已支付',
  failed: '支付失败',
  reconciled: '已对账',
};

export const fetchQueue = (stage: QueueStage, overdue: boolean) =>
  dataOf(
    typedApi.GET('/api/finance/queue', {
      params: { query: { stage, overdue: overdue ? 'true' : undefined } },
    }),
  );

export const sendToFinance = (cases: CaseRef[]) =>
  dataOf(typedApi.POST('/api/finance/send', { body: { cases } }));

export const createPlan = (body: Body<'/api/payment-plans', 'post'>) =>
  dataOf(typedApi.POST('/api/payment-plans', { body }));

export const fetchPlans = (filters: { status?: PlanStatus | undefined }, paging: PageParams) =>
  dataOf(typedApi.GET('/api/payment-plans', { params: { query: { ...filters, ...paging } } }));

export const fetchPlan = (id: string) => dataOf(typedApi.GET('/api/payment-plans/{id}', byId(id)));

export const approvePlan = (id: string, version: number) =>
  dataOf(typedApi.POST('/api/payment-plans/{id}/approve', { ...byId(id), body: { version } }));

export const cancelPlan = (id: string, version: number) =>
  dataOf(typedApi.POST('/api/payment-plans/{id}/cancel', { ...byId(id), body: { version } }));

export const payPlan = (id: string, bankReference: string) =>
  dataOf(typedApi.POST('/api/payment-plans/{id}/pay', { ...byId(id), body: { bankReference } }));

export const reconcilePlan = (id: string, version: number, returned: { key: string; reason: string }[]) =>
  dataOf(
    typedApi.POST('/api/payment-plans/{id}/reconcile', {
      ...byId(id),
      body: { version, ...(returned.length ? { returned } : {}) },
    }),
  );

/** multipart upload: stays on `api` (the typed client sends JSON bodies). */
export function uploadBankReturn(id: string, file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<Answer<'/api/payment-plans/{id}/bank-return', 'post'>>(
    `/payment-plans/${id}/bank-return`,
    form,
  );
}

export const downloadBankReturnTemplate = () =>
  api.download('/payment-plans/bank-return-template.xlsx', {}, '银行回单模板.xlsx');
