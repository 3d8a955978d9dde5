import { type Answer, type Body, dataOf, typedApi } from '../../../app/api/typed-client';

export type RecruitmentUnits = Answer<'/api/assessment/recruitment/years/{year}/units', 'get'>;
export type RecruitmentUnit = RecruitmentUnits['items'][number];
export type RecruitmentLedger = Answer<'/api/assessment/recruitment/units/{id}/workers', 'get'>;
export type LedgerEntry = RecruitmentLedger['items'][number];
export type RecruitmentResults = Answer<'/api/assessment/recruitment/years/{year}/results', 'get'>;

export const recruitmentKey = ['assessment', 'recruitment'] as const;
export const WORKER_OWNER_KIND = 'assessment.recruitment.worker';

/** The five matching documents (五符合), in the seed's order. */
export const evidenceLabels: Record<string, string> = {
  referralReceipt: '介绍信回执',
  enterpriseRoster: '企业用工花名册',
  monthlyPayroll: '企业每月发放工资名册',
  employeeCard: '员工卡',
  idCopy: '员工身份证复印件',
};

export const workerStatusLabels: Record<LedgerEntry['status'], string> = {
  draft: '待提交',
  submitted: '待核查',
  verified: '已认定',
  rejected: '不予认定',
};

export const unitKindLabels: Record<RecruitmentUnit['kind'], string> = { town: '乡镇', department: '单位' };

export const fetchUnits = (year: number) =>
  dataOf(typedApi.GET('/api/assessment/recruitment/years/{year}/units', { params: { path: { year } } }));

export const fetchLedger = (id: string) =>
  dataOf(typedApi.GET('/api/assessment/recruitment/units/{id}/workers', { params: { path: { id } } }));

export const fetchResults = (year: number) =>
  dataOf(typedApi.GET('/api/assessment/recruitment/years/{year}/results', { params: { path: { year } } }));

export const addWorker = (
  id: string,
  body: { personId: string; employerId: string; hiredOn: string; forSpecialTask: boolean },
) =>
  dataOf(typedApi.POST('/api/assessment/recruitment/units/{id}/workers', { params: { path: { id } }, body }));

export const submitWorker = (id: string) =>
  dataOf(typedApi.POST('/api/assessment/recruitment/workers/{id}/submit', { params: { path: { id } } }));

export const checkWorker = (id: string, body: { verdict: 'verified' | 'rejected'; note?: string }) =>
  dataOf(typedApi.POST('/api/assessment/recruitment/workers/{id}/check', { params: { path: { id } }, body }));

export const scoreYear = (year: number) =>
  dataOf(typedApi.POST('/api/assessment/recruitment/years/{year}/score', { params: { path: { year } } }));

export const publishYear = (year: number) =>
  dataOf(typedApi.POST('/api/assessment/recruitment/years/{year}/publish', { params: { path: { year } } }));

export type UnitBody = Body<'/api/assessment/recruitment/years/{year}/units', 'post'>;

export const createUnit = (year: number, body: UnitBody) =>
  dataOf(
    typedApi.POST('/api/assessment/recruitment/years/{year}/units', { params: { path: { year } }, body }),
  );
