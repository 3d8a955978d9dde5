import { type Answer, dataOf, typedApi } from '../../app/api/typed-client';
import { api } from '../../app/api-client';

/**
 * What an import job leaves as its result. The OpenAPI document cannot say it: `GET /api/jobs/{id}`
 * answers every kind of job and declares `result` as unknown, so this one shape stays written here.
 */
interface ImportResult {
  kind: string;
  total: number;
  imported: number;
  unchanged: number;
  errors: number;
  errorList: { row: number; column: string; value: string; message: string }[];
}

/** A background import job: the job as the document gives it, its result as above. */
export type ImportJob = Omit<Answer<'/api/jobs/{id}', 'get'>, 'result'> & { result: ImportResult | null };

export const importKindsKey = ['imports', 'kinds'] as const;

export const fetchImportKinds = () => dataOf(typedApi.GET('/api/imports/kinds'));

/** A file download: stays on `api` (it saves the answer under the server's file name). */
export const downloadTemplate = (kind: string, label: string) =>
  api.download(`/imports/${kind}/template.xlsx`, {}, `${label}导入模板.xlsx`);

/** multipart upload: stays on `api` (the typed client sends JSON bodies). */
export function startImport(kind: string, file: File, orgId?: number) {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<Answer<'/api/imports/{kind}', 'post'>>(`/imports/${kind}`, form, { orgId });
}

/** Stays on `api`: the document's job answer has an untyped `result` (see ImportResult). */
export const fetchImportJob = (id: string) => api.get<ImportJob>(`/jobs/${id}`);

/** A file download: stays on `api` (it saves the answer under the server's file name). */
export const downloadErrors = (jobId: string) =>
  api.download(`/imports/${jobId}/errors.xlsx`, {}, '导入错误清单.xlsx');
