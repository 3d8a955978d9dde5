import { api } from '../../app/api-client';
import type { Page, PageParams } from '../../app/paging';
import type {
  ApprovedCase,
  NoticeCaseType,
  NoticeCreateBody,
  NoticeDetail,
  NoticeItem,
  NoticeStatus,
  Objection,
} from './notice-types';

export const noticesKey = ['public-notices'] as const;

export const fetchNotices = (filters: { status?: NoticeStatus }, paging: PageParams) =>
  api.get<Page<NoticeItem>>('/public-notices', { ...filters, ...paging });

export const fetchNotice = (id: string) => api.get<NoticeDetail>(`/public-notices/${id}`);

export const createNotice = (body: NoticeCreateBody) => api.post<NoticeDetail>('/public-notices', body);

export const fetchNoticeCaseTypes = () => api.get<NoticeCaseType[]>('/case-types');

export const fetchApprovedCases = (caseTypeId: string) =>
  api.get<Page<ApprovedCase>>('/cases', { status: 'approved', caseTypeId, page: 1, pageSize: 100 });

export const addObjection = (
  noticeId: string,
  body: { caseId?: string | null; receivedOn: string; objector?: string | null; content: string },
) => api.post<Objection>(`/public-notices/${noticeId}/objections`, body);

export const resolveObjection = (
  id: string,
  body: { outcome: 'upheld' | 'dismissed'; resolution: string; version: number },
) => api.post<NoticeDetail>(`/objections/${id}/resolve`, body);

export const closeNotice = (id: string, version: number) =>
  api.post<NoticeDetail>(`/public-notices/${id}/close`, { version });
