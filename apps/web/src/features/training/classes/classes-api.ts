import { TRAINEE_GROUP_LABELS } from '@minsheng/rules/policies/fujian/trainee-eligibility/groups.ts';
import { type Answer, type Body, dataOf, typedApi } from '../../../app/api/typed-client';
import type { PageParams } from '../../../app/paging';

export type ClassList = Answer<'/api/training/classes', 'get'>;
export type ClassItem = ClassList['items'][number];
export type ClassView = Answer<'/api/training/classes/{id}', 'get'>;
export type ClassBody = Body<'/api/training/classes', 'post'>;
export type FormOptions = Answer<'/api/training/classes/form-options', 'get'>;
export type RosterPreview = Answer<'/api/training/classes/{id}/roster/preview', 'post'>;
export type RosterLine = RosterPreview['lines'][number];
export type Roster = Answer<'/api/training/classes/{id}/rosters', 'get'>[number];
export type ClassStatus = ClassItem['status'];
export type Programme = ClassItem['programme'];

export const classesKey = ['training', 'classes'] as const;

export const programmeLabels: Record<Programme, string> = {
  skills_reemployment: '技能再就业培训',
  entrepreneurship: '创业培训',
  labour_preparation: '劳动预备制培训',
  order_training: '订单（定向）培训',
};

export const classStatusLabels: Record<ClassStatus, string> = {
  applied: '待审批',
  rejected: '不予开班',
  approved: '已批准',
  running: '培训中',
  closed: '已结业',
};

export const classStatusColors: Record<ClassStatus, string> = {
  applied: 'processing',
  rejected: 'error',
  approved: 'cyan',
  running: 'blue',
  closed: 'success',
};

export { levelLabels } from '../institutions/institutions-api';

export const traineeGroupLabels: Record<RosterLine['group'], string> = TRAINEE_GROUP_LABELS;

export const subsidyKindLabels: Record<string, string> = {
  entrepreneurship: '创业培训补助',
  skills: '职业技能培训补助',
  migrant_certificate: '农村劳动者职业技能等级证书补助',
  completion_certificate: '培训结业证书补助',
};

export interface ClassFilters {
  status?: ClassStatus;
  institutionId?: string;
  programme?: Programme;
  from?: string;
  to?: string;
}

export const fetchClasses = (filters: ClassFilters, paging: PageParams) =>
  dataOf(typedApi.GET('/api/training/classes', { params: { query: { ...filters, ...paging } } }));

export const fetchClass = (id: string) =>
  dataOf(typedApi.GET('/api/training/classes/{id}', { params: { path: { id } } }));

export const fetchFormOptions = () => dataOf(typedApi.GET('/api/training/classes/form-options'));

export const findOrderEmployer = (creditCode: string) =>
  dataOf(typedApi.GET('/api/training/classes/order-employer', { params: { query: { creditCode } } }));

export const applyClass = (body: ClassBody) => dataOf(typedApi.POST('/api/training/classes', { body }));

export const updateClass = (id: string, body: ClassBody & { version: number }) =>
  dataOf(typedApi.PUT('/api/training/classes/{id}', { params: { path: { id } }, body }));

export const reviewClass = (id: string, body: { version: number; approve: boolean; note?: string }) =>
  dataOf(typedApi.POST('/api/training/classes/{id}/review', { params: { path: { id } }, body }));

export const startClass = (id: string, version: number) =>
  dataOf(typedApi.POST('/api/training/classes/{id}/start', { params: { path: { id } }, body: { version } }));

export const closeClass = (id: string, body: { version: number; report: string }) =>
  dataOf(typedApi.POST('/api/training/classes/{id}/close', { params: { path: { id } }, body }));

export const previewRoster = (id: string, businessPlanTraineeIds: string[] | null) =>
  dataOf(
    typedApi.POST('/api/training/classes/{id}/roster/preview', {
      params: { path: { id } },
      // null: the server counts the trainees whose file has an approved business plan
      body: businessPlanTraineeIds === null ? {} : { businessPlanTraineeIds },
    }),
  );

export const submitRoster = (id: string, businessPlanTraineeIds: string[] | null) =>
  dataOf(
    typedApi.POST('/api/training/classes/{id}/roster', {
      params: { path: { id } },
      // null: the server counts the trainees whose file has an approved business plan
      body: businessPlanTraineeIds === null ? {} : { businessPlanTraineeIds },
    }),
  );

export const fetchRosters = (id: string) =>
  dataOf(typedApi.GET('/api/training/classes/{id}/rosters', { params: { path: { id } } }));
