import type { paths } from '../../app/api/openapi';
import type { Answer, Body } from '../../app/api/typed-client';

export type NoticeItem = Answer<'/api/public-notices', 'get'>['items'][number];
export type NoticeStatus = NoticeItem['status'];

type NoticeQuery = NonNullable<paths['/api/public-notices']['get']['parameters']['query']>;

/** The list filters on a notice's status: published or closed (drafts are not listed by status). */
export type NoticeFilters = Pick<NoticeQuery, 'status'>;

/** `institutions`: on a notice of training institutions (no case type), the institutions it lists. */
export type NoticeDetail = Answer<'/api/public-notices/{id}', 'get'>;
export type Objection = NoticeDetail['objections'][number];
export type ObjectionStatus = Objection['status'];

/** A notice without a case type lists training institutions, not cases. */
export const isInstitutionNotice = (n: Pick<NoticeItem, 'caseTypeId'>) => n.caseTypeId === null;

/** An approved case that can go on a notice (from GET /cases). */
export type ApprovedCase = Answer<'/api/cases', 'get'>['items'][number];

export type NoticeCreateBody = Body<'/api/public-notices', 'post'>;
export type ObjectionBody = Body<'/api/public-notices/{id}/objections', 'post'>;
export type ResolutionBody = Body<'/api/objections/{id}/resolve', 'post'>;

export const noticeStatusLabels: Record<NoticeStatus, string> = {
  draft: '草稿',
  published: '公示中',
  closed: '已结束',
};

export const objectionStatusLabels: Record<ObjectionStatus, string> = {
  open: '待处理',
  upheld: '异议成立',
  dismissed: '异议不成立',
};
