import { LOAN_STATUS_LABELS } from '@minsheng/rules/policies/county-city/guaranteed-loan/loan-statuses.ts';
import { type Answer, type Body, byId, dataOf, typedApi } from '../../../app/api/typed-client';
import { api } from '../../../app/api-client';

export type LoanPage = Answer<'/api/entrepreneurship/loans', 'get'>;
export type LoanItem = LoanPage['items'][number];
export type LoanStatus = LoanItem['status'];
export type LoanDetail = Answer<'/api/entrepreneurship/loans/{id}', 'get'>;
export type LoanApplicationBody = Body<'/api/entrepreneurship/loans', 'post'>;
export type GuaranteeBody = Body<'/api/entrepreneurship/loans/{id}/guarantee', 'post'>;
export type DisburseBody = Body<'/api/entrepreneurship/loans/{id}/disburse', 'post'>;
export type ImportOutcome = Answer<'/api/entrepreneurship/loan-imports', 'post'>;
export type Bank = Answer<'/api/entrepreneurship/banks', 'get'>[number];
export type BankBody = Body<'/api/entrepreneurship/banks', 'post'>;

export const loansKey = ['entrepreneurship', 'loans'] as const;
export const banksKey = [...loansKey, 'banks'] as const;

/** The server's labels (lists carry `statusLabel`), for the status filter and the timeline. */
export const loanStatusLabels: Record<LoanStatus, string> = LOAN_STATUS_LABELS;

export const borrowerGroupLabels: Record<LoanDetail['borrowerGroup'], string> = {
  job_loser: '就业转失业人员',
  certificate_holder: '持《再就业优惠证》人员',
  urban_veteran: '城镇复退军人',
  other_unemployed: '其他失业人员',
};

export const counterGuaranteeLabels: Record<LoanDetail['counterGuarantee'], string> = {
  guarantee_fund: '贷款担保基金直接担保',
  civil_servant: '机关事业单位人员担保',
  stable_job_insured_1y: '有稳定职业且缴纳养老保险一年以上人员担保',
  real_estate: '房产等不动产反担保',
  none: '无（信用社区免除）',
};

export const eventLabels: Record<string, string> = {
  apply: '受理申请',
  review: '审核',
  guarantee: '落实担保',
  disburse: '放款',
  repayment: '还款入账',
  extend: '展期',
  overdue: '转为逾期',
  overdue_cured: '逾期已还清',
  compensate: '担保基金代偿',
  recover: '追偿',
  repaid: '结清',
  write_off: '核销',
};

export const fetchLoans = (
  filters: { status?: LoanStatus; bankId?: string },
  paging: { page: number; pageSize: number },
) => dataOf(typedApi.GET('/api/entrepreneurship/loans', { params: { query: { ...filters, ...paging } } }));
export const fetchLoan = (id: string) => dataOf(typedApi.GET('/api/entrepreneurship/loans/{id}', byId(id)));
export const fetchBanks = () => dataOf(typedApi.GET('/api/entrepreneurship/banks'));
export const fetchBank = (id: string) => dataOf(typedApi.GET('/api/entrepreneurship/banks/{id}', byId(id)));
export const fetchBankAccounts = () => dataOf(typedApi.GET('/api/entrepreneurship/banks/accounts'));
export const registerBank = (body: BankBody) =>
  dataOf(typedApi.POST('/api/entrepreneurship/banks', { body }));
export const linkBankStaff = (id: string, userId: string) =>
  dataOf(typedApi.POST('/api/entrepreneurship/banks/{id}/staff', { ...byId(id), body: { userId } }));
export const fetchImports = () => dataOf(typedApi.GET('/api/entrepreneurship/loan-imports'));

export const applyLoan = (body: LoanApplicationBody) =>
  dataOf(typedApi.POST('/api/entrepreneurship/loans', { body }));
export const reviewLoan = (id: string, body: Body<'/api/entrepreneurship/loans/{id}/review', 'post'>) =>
  dataOf(typedApi.POST('/api/entrepreneurship/loans/{id}/review', { ...byId(id), body }));
export const guaranteeLoan = (id: string, body: GuaranteeBody) =>
  dataOf(typedApi.POST('/api/entrepreneurship/loans/{id}/guarantee', { ...byId(id), body }));
export const disburseLoan = (id: string, body: DisburseBody) =>
  dataOf(typedApi.POST('/api/entrepreneurship/loans/{id}/disburse', { ...byId(id), body }));
export const extendLoan = (id: string, body: Body<'/api/entrepreneurship/loans/{id}/extend', 'post'>) =>
  dataOf(typedApi.POST('/api/entrepreneurship/loans/{id}/extend', { ...byId(id), body }));
export const compensateLoan = (id: string, body: { on: string }) =>
  dataOf(typedApi.POST('/api/entrepreneurship/loans/{id}/compensate', { ...byId(id), body }));
export const recoverLoan = (id: string, body: { on: string; amount: string }) =>
  dataOf(typedApi.POST('/api/entrepreneurship/loans/{id}/recover', { ...byId(id), body }));
export const writeOffLoan = (id: string, body: { on: string; reason: string }) =>
  dataOf(typedApi.POST('/api/entrepreneurship/loans/{id}/write-off', { ...byId(id), body }));
export const checkOverdue = () => dataOf(typedApi.POST('/api/entrepreneurship/loans/overdue-check'));

export const downloadRepaymentTemplate = () =>
  api.download('/entrepreneurship/loan-imports/template.xlsx', {}, '还款明细模板.xlsx');

export function uploadRepayments(file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<ImportOutcome>('/entrepreneurship/loan-imports', form);
}
