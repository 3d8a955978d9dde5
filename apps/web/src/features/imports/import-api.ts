import { api } from '../../app/api-client';

export interface ImportKindInfo {
  kind: string;
  label: string;
  columns: string[];
}

export interface ImportErrorItem {
  row: number;
  column: string;
  value: string;
  message: string;
}

export interface ImportResult {
  kind: string;
  total: number;
  imported: number;
  unchanged: number;
  errors: number;
  errorList: ImportErrorItem[];
}

export interface ImportJob {
  id: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  progress: number;
  total: number | null;
  message: string | null;
  result: ImportResult | null;
}

export const importKindsKey = ['imports', 'kinds'] as const;

export const fetchImportKinds = () => api.get<{ items: ImportKindInfo[] }>('/imports/kinds');

export const downloadTemplate = (kind: string, label: string) =>
  api.download(`/imports/${kind}/template.xlsx`, {}, `${label}导入模板.xlsx`);

export function startImport(kind: string, file: File, orgId?: number) {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<{ id: string }>(`/imports/${kind}`, form, { orgId });
}

export const fetchImportJob = (id: string) => api.get<ImportJob>(`/jobs/${id}`);

export const downloadErrors = (jobId: string) =>
  api.download(`/imports/${jobId}/errors.xlsx`, {}, '导入错误清单.xlsx');
