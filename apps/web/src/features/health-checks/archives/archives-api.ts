import { type Answer, type Body, byId, dataOf, typedApi } from '../../../app/api/typed-client';

export type ArchivePage = Answer<'/api/health-checks/archives', 'get'>;
export type ArchiveItem = ArchivePage['items'][number];
export type ArchiveTab = 'pending' | 'returned_for_fix' | 'to_return' | 'returned' | 'overdue';
export type ReviewBody = Body<'/api/health-checks/archives/{id}/review', 'post'>;
export type ReturnBody = Body<'/api/health-checks/archives/{id}/return', 'post'>;
export type ReturnRegister = Answer<'/api/health-checks/archives/register', 'get'>;

export const archivesKey = ['health-checks', 'archives'] as const;

export const fetchArchives = (tab: ArchiveTab, paging: { page: number; pageSize: number }) =>
  dataOf(typedApi.GET('/api/health-checks/archives', { params: { query: { tab, ...paging } } }));
export const reviewArchive = (id: string, body: ReviewBody) =>
  dataOf(typedApi.POST('/api/health-checks/archives/{id}/review', { ...byId(id), body }));
export const approveArchives = (ids: string[]) =>
  dataOf(typedApi.POST('/api/health-checks/archives/approve', { body: { ids } }));
export const returnArchive = (id: string, body: ReturnBody) =>
  dataOf(typedApi.POST('/api/health-checks/archives/{id}/return', { ...byId(id), body }));
export const fetchReturnRegister = (month: string, hospitalId?: string) =>
  dataOf(typedApi.GET('/api/health-checks/archives/register', { params: { query: { month, hospitalId } } }));
