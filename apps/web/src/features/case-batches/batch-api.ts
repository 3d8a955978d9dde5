import { type Answer, dataOf, typedApi } from '../../app/api/typed-client';
import { api } from '../../app/api-client';
import type { PageParams } from '../../app/paging';

export type CaseTypeOption = Answer<'/api/case-types', 'get'>[number];

export type BatchItem = Answer<'/api/case-batches', 'get'>['items'][number];
export type BatchStatus = BatchItem['status'];
export type BatchDetail = Answer<'/api/case-batches/{id}', 'get'>;
export type BatchRow = BatchDetail['rows'][number];

export const batchesKey = ['case-batches'] as const;

export const batchStatusLabels: Record<BatchStatus, string> = {
  uploaded: '已上传',
  processed: '已处理（未提交）',
  submitted: '已提交',
  failed: '处理失败',
};

/** Case types a training institution can file rosters for: enabled, taking 机构代个人申领. */
export async function fetchRosterCaseTypes(): Promise<CaseTypeOption[]> {
  const types = await dataOf(typedApi.GET('/api/case-types'));
  return types.filter((t) => t.enabled && t.applicantKinds.includes('institution_on_behalf'));
}

export const fetchBatches = (_filters: object, paging: PageParams) =>
  dataOf(typedApi.GET('/api/case-batches', { params: { query: { ...paging } } }));

export const fetchBatch = (id: string) =>
  dataOf(typedApi.GET('/api/case-batches/{id}', { params: { path: { id } } }));

export const downloadRosterTemplate = () =>
  api.download('/case-batches/template.xlsx', {}, '花名册模板.xlsx');

/** multipart upload: stays on `api` (the typed client sends JSON bodies). */
export function uploadRoster(caseTypeId: string, file: File) {
  const form = new FormData();
  form.append('caseTypeId', caseTypeId);
  form.append('file', file, file.name);
  return api.upload<Answer<'/api/case-batches', 'post'>>('/case-batches', form);
}
