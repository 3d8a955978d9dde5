import { byId, dataOf, typedApi } from '../../app/api/typed-client';
import type { PageParams } from '../../app/paging';
import type { NoticeCreateBody, NoticeFilters, ObjectionBody, ResolutionBody } from './notice-types';

export const noticesKey = ['public-notices'] as const;

export const fetchNotices = (filters: NoticeFilters, paging: PageParams) =>
  dataOf(typedApi.GET('/api/public-notices', { params: { query: { ...filters, ...paging } } }));

export const fetchNotice = (id: string) => dataOf(typedApi.GET('/api/public-notices/{id}', byId(id)));

export const createNotice = (body: NoticeCreateBody) =>
  dataOf(typedApi.POST('/api/public-notices', { body }));

export const fetchNoticeCaseTypes = () => dataOf(typedApi.GET('/api/case-types'));

export const fetchApprovedCases = (caseTypeId: string) =>
  dataOf(
    typedApi.GET('/api/cases', {
      params: { query: { status: 'approved', caseTypeId, page: 1, pageSize: 100 } },
    }),
  );

export const addObjection = (noticeId: string, body: ObjectionBody) =>
  dataOf(typedApi.POST('/api/public-notices/{id}/objections', { ...byId(noticeId), body }));

export const resolveObjection = (id: string, body: ResolutionBody) =>
  dataOf(typedApi.POST('/api/objections/{id}/resolve', { ...byId(id), body }));

export const closeNotice = (id: string, version: number) =>
  dataOf(typedApi.POST('/api/public-notices/{id}/close', { ...byId(id), body: { version } }));
