import { api } from '../../app/api-client';
import type { Page, PageParams } from '../../app/paging';

export type QueueStage = 'forward' | 'payment';
export type PlanStatus = 'draft' | 'approved' | 'paid' | 'cancelled';
export type PaymentStatus = 'pending' | 'paid' | 'failed' | 'reconciled';

export interface QueueItem {
  id: string;
  number: string;
  caseTypeId: string;
  caseTypeName: string;
  applicantName: string;
  status: string;
  amount: string | null;
  decidedOn: string | null;
  receivedOn: string | null;
  forwardDueOn: string | null;
  forwardOverdue: boolean;
  payDueOn: string | null;
  payOverdue: boolean;
  provisional: boolean;
  lastFailure: string | null;
  batchId: string | null;
  version: number;
}

export interface PlanItem {
  id: string;
  number: string;
  title: string;
  caseTypeId: string | null;
  status: PlanStatus;
  totalCount: number;
  totalAmount: string;
  note: string | null;
  approvedAt: string | null;
  paidAt: string | null;
  createdAt: string;
  version: number;
}

export interface Payment {
  id: string;
  caseId: string;
  caseNumber: string;
  caseStatus: string;
  payeeName: string;
  amount: string;
  status: PaymentStatus;
  idempotencyKey: string;
  bankReference: string | null;
  failureReason: string | null;
  paidAt: string | null;
  failedAt: string | null;
  reconciledAt: string | null;
}

export interface PlanDetail extends PlanItem {
  reconciled: boolean;
  totals: {
    count: number;
    amount: string;
    paidCount: number;
    paidAmount: string;
    failedCount: number;
    failedAmount: string;
    pendingCount: number;
    pendingAmount: string;
    reconciledCount: number;
    reconciledAmount: string;
  };
  payments: Payment[];
}

export type PayResult = PlanDetail & { applied: number; replayed: number };
type CaseRef = { id: string; version: number };

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
  api.get<{ items: QueueItem[]; total: number; today: string }>('/finance/queue', {
    stage,
    overdue: overdue || undefined,
  });

export const sendToFinance = (cases: CaseRef[]) => api.post<{ sent: number }>('/finance/send', { cases });

export const createPlan = (body: { title: string; note?: string; cases: CaseRef[] }) =>
  api.post<PlanDetail>('/payment-plans', body);

export const fetchPlans = (filters: { status?: PlanStatus }, paging: PageParams) =>
  api.get<Page<PlanItem>>('/payment-plans', { ...filters, ...paging });

export const fetchPlan = (id: string) => api.get<PlanDetail>(`/payment-plans/${id}`);

export const approvePlan = (id: string, version: number) =>
  api.post<PlanDetail>(`/payment-plans/${id}/approve`, { version });

export const cancelPlan = (id: string, version: number) =>
  api.post<PlanDetail>(`/payment-plans/${id}/cancel`, { version });

export const payPlan = (id: string, bankReference: string) =>
  api.post<PayResult>(`/payment-plans/${id}/pay`, { bankReference });

export const reconcilePlan = (id: string, version: number, returned: { key: string; reason: string }[]) =>
  api.post<PlanDetail>(`/payment-plans/${id}/reconcile`, {
    version,
    ...(returned.length ? { returned } : {}),
  });

export function uploadBankReturn(id: string, file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<PayResult>(`/payment-plans/${id}/bank-return`, form);
}

export const downloadBankReturnTemplate = () =>
  api.download('/payment-plans/bank-return-template.xlsx', {}, '银行回单模板.xlsx');
