import { api } from '../../app/api-client';
import type { Page, PageParams } from '../../app/paging';

export interface CaseTypeOption {
  id: string;
  name: string;
  enabled: boolean;
  applicantKinds: string[];
}

export type BatchStatus = 'uploaded' | 'processed' | 'submitted' | 'failed';

export interface BatchItem {
  id: string;
  number: string;
  caseTypeId: string;
  applicantOrgId: number | null;
  applicantName: string | null;
  fileName: string;
  status: BatchStatus;
  totalRows: number;
  createdCount: number;
  errorCount: number;
  createdAt: string;
}

export interface BatchRow {
  row: number;
  outcome: 'created' | 'error';
  caseId: string | null;
  caseNumber: string | null;
  name: string | null;
  status: string | null;
  statusLabel: string | null;
  amount: string | null;
  paidAmount: string | null;
  messages: string[];
}

export interface BatchDetail extends BatchItem {
  totals: {
    rows: number;
    cases: number;
    errors: number;
    accepted: number;
    returned: number;
    approved: number;
    rejected: number;
    approvedAmount: string;
    paidAmount: string;
  };
  rows: BatchRow[];
}

export const batchesKey = ['case-batches'] as const;

export const batchStatusLabels: Record<BatchStatus, string> = {
  uploaded: '已上传',
  processed: '已处理（未提交）',
  submitted: '已提交',
  failed: '处理失败',
};

/** Case types a training institution can file rosters for: enabled, taking 机构代个人申领. */
export async function fetchRosterCaseTypes(): Promise<CaseTypeOption[]> {
  const types = await api.get<CaseTypeOption[]>('/case-types');
  return types.filter((t) => t.enabled && t.applicantKinds.includes('institution_on_behalf'));
}

export const fetchBatches = (_filters: object, paging: PageParams) =>
  api.get<Page<BatchItem>>('/case-batches', { ...paging });

export const fetchBatch = (id: string) => api.get<BatchDetail>(`/case-batches/${id}`);

export const downloadRosterTemplate = () =>
  api.download('/case-batches/template.xlsx', {}, '花名册模板.xlsx');

export function uploadRoster(caseTypeId: string, file: File) {
  const form = new FormData();
  form.append('caseTypeId', caseTypeId);
  form.append('file', file, file.name);
  return api.upload<BatchDetail>('/case-batches', form);
}
