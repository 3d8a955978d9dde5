import type { paths } from '../../app/api/openapi';
import type { Answer, Body } from '../../app/api/typed-client';

export type Contract = Answer<'/api/persons/{id}/contracts', 'get'>['items'][number];

/** 劳动合同期限类型 (劳动合同法 第十二条). */
export type ContractTermKind = Contract['termKind'];
export const termKindLabels: Record<ContractTermKind, string> = {
  fixed: '固定期限',
  open_ended: '无固定期限',
  task: '以完成一定工作任务为期限',
};

/** An employer's workforce: its contracts with the person each is with, and how many are out of scope. */
export type WorkforcePage = Answer<'/api/employers/{id}/contracts', 'get'>;
export type WorkforceItem = WorkforcePage['items'][number];

export type ContractBody = Body<'/api/persons/{id}/contracts', 'post'>;

export type ContractPatch = Body<'/api/contracts/{id}', 'patch'>;

export type ContributionPage = Answer<'/api/persons/{id}/contributions', 'get'>;
export type Contribution = ContributionPage['items'][number];

export type ContributionStatus = Contribution['status'];
export const contributionStatusLabels: Record<ContributionStatus, string> = { paid: '已缴', arrears: '欠缴' };
export const insuranceKindDict = 'insurance_kind';

type ContributionQuery = NonNullable<paths['/api/persons/{id}/contributions']['get']['parameters']['query']>;

/** `from` and `to` are months ('YYYY-MM'). */
export type ContributionFilters = Pick<ContributionQuery, 'kind' | 'from' | 'to'>;

export type ContributionBody = Body<'/api/persons/{id}/contributions', 'post'>;

export type InsuranceSummary = Answer<'/api/persons/{id}/insurance-summary', 'get'>;
export type KindSummary = InsuranceSummary['kinds'][number];
