import { type Answer, type Body, byId, dataOf, typedApi } from '../../../app/api/typed-client';

export type ExaminationPage = Answer<'/api/health-checks/examinees/{id}/examination', 'get'>;
export type PackageItem = ExaminationPage['items'][number];
export type FindingCodeOption = ExaminationPage['findingCodes'][number];
export type ResultsBody = Body<'/api/health-checks/examinations/{id}/results', 'put'>;
export type ItemEntry = ResultsBody['items'][number];
export type ExaminationList = Answer<'/api/health-checks/examinations', 'get'>;
export type ExaminationItem = ExaminationList['items'][number];
export type HealthView = Answer<'/api/health-checks/examinations/{id}/view', 'post'>;
export type FindingList = Answer<'/api/health-checks/findings', 'get'>;
export type FindingItem = FindingList['items'][number];
export type NotifiedBody = Body<'/api/health-checks/findings/{id}/notified', 'post'>;

/** Every health-check query starts with this key. */
export const healthChecksKey = ['health-checks'] as const;
export const examinationsKey = [...healthChecksKey, 'examinations'] as const;
export const findingsKey = ['health-checks', 'findings'] as const;

export const notifyMethodLabels: Record<NotifiedBody['method'], string> = {
  phone: '电话',
  in_person: '当面',
  written: '书面',
};

export const fetchExaminationPage = (examineeId: string) =>
  dataOf(typedApi.GET('/api/health-checks/examinees/{id}/examination', byId(examineeId)));
export const verifyIdentity = (examineeId: string, idNumber: string) =>
  dataOf(
    typedApi.POST('/api/health-checks/examinees/{id}/verify-identity', {
      ...byId(examineeId),
      body: { idNumber, source: 'typed' },
    }),
  );
export const saveResults = (id: string, body: ResultsBody) =>
  dataOf(typedApi.PUT('/api/health-checks/examinations/{id}/results', { ...byId(id), body }));
export const concludeExamination = (id: string, body: ResultsBody) =>
  dataOf(typedApi.POST('/api/health-checks/examinations/{id}/conclude', { ...byId(id), body }));
export const fetchExaminations = (
  filters: { status?: ExaminationItem['status'] },
  paging: { page: number; pageSize: number },
) =>
  dataOf(typedApi.GET('/api/health-checks/examinations', { params: { query: { ...filters, ...paging } } }));
export const viewExamination = (id: string, purpose: string) =>
  dataOf(typedApi.POST('/api/health-checks/examinations/{id}/view', { ...byId(id), body: { purpose } }));
export const fetchFindings = (
  filters: { status?: FindingItem['status']; overdue?: 'true' },
  paging: { page: number; pageSize: number },
) => dataOf(typedApi.GET('/api/health-checks/findings', { params: { query: { ...filters, ...paging } } }));
export const recordNotified = (id: string, body: NotifiedBody) =>
  dataOf(typedApi.POST('/api/health-checks/findings/{id}/notified', { ...byId(id), body }));
export const viewFinding = (id: string, purpose: string) =>
  dataOf(typedApi.POST('/api/health-checks/findings/{id}/view', { ...byId(id), body: { purpose } }));
