export type NoticeStatus = 'draft' | 'published' | 'closed';
export type ObjectionStatus = 'open' | 'upheld' | 'dismissed';

export interface NoticeItem {
  id: string;
  number: string;
  title: string;
  caseTypeId: string | null;
  status: NoticeStatus;
  startsOn: string | null;
  endsOn: string | null;
  createdAt: string;
  version: number;
}

export interface Objection {
  id: string;
  noticeId: string;
  caseId: string | null;
  receivedOn: string;
  objector: string | null;
  content: string;
  status: ObjectionStatus;
  resolution: string | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
  createdAt: string;
  version: number;
}

export interface NoticeDetail extends NoticeItem {
  body: string | null;
  orgId: number;
  publishedAt: string | null;
  closedAt: string | null;
  items: {
    caseId: string;
    caseNumber: string;
    status: string;
    statusLabel: string;
    maskedName: string;
    maskedIdNumber: string | null;
    amount: string | null;
  }[];
  /** on a notice of training institutions (no case type): the institutions it lists */
  institutions: {
    id: string;
    number: string;
    name: string;
    address: string;
    occupations: { occupation: string; levels: number[] }[];
    status: string;
  }[];
  objections: Objection[];
}

/** A notice without a case type lists training institutions, not cases. */
export const isInstitutionNotice = (n: Pick<NoticeItem, 'caseTypeId'>) => n.caseTypeId === null;

export interface NoticeCaseType {
  id: string;
  name: string;
  enabled: boolean;
  requiresPublicNotice: boolean;
  publicNoticeDays: number | null;
}

/** An approved case that can go on a notice (from GET /cases). */
export interface ApprovedCase {
  id: string;
  number: string;
  applicantName: string;
  approvedAmountFen: number | null;
  org: { id: number; name: string };
  version: number;
}

export interface NoticeCreateBody {
  caseTypeId: string;
  title: string;
  body?: string | null;
  startsOn: string;
  endsOn: string;
  cases: { id: string; version: number }[];
}

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
