import { EXCLUDED_INDUSTRY_LABELS } from '@minsheng/rules/policies/county-city/guaranteed-loan/industries.ts';
import { type Answer, type Body, dataOf, typedApi } from '../../../app/api/typed-client';

export type FileItem = Answer<'/api/entrepreneurship/files', 'get'>[number];
export type FileDetail = Answer<'/api/entrepreneurship/files/{id}', 'get'>;
export type PlanItem = FileDetail['plans'][number];
export type RegisterBody = Body<'/api/entrepreneurship/files', 'post'>;
export type PlanBody = Body<'/api/entrepreneurship/files/{id}/plans', 'post'>;
export type FollowUpBody = Body<'/api/entrepreneurship/files/{id}/follow-ups', 'post'>;
export type InternshipBody = Body<'/api/entrepreneurship/files/{id}/internships', 'post'>;
export type AssignedPlan = Answer<'/api/entrepreneurship/reviews', 'get'>[number];

export const filesKey = ['entrepreneurship', 'files'] as const;
export const PLAN_OWNER_KIND = 'entrepreneurship.plan';

export const planStatusLabels: Record<PlanItem['status'], string> = {
  submitted: '待评审',
  approved: '评审通过',
  revise: '需修改',
};
export const planStatusColors: Record<PlanItem['status'], string> = {
  submitted: 'processing',
  approved: 'success',
  revise: 'warning',
};
export const industryLabels: Record<string, string> = { ...EXCLUDED_INDUSTRY_LABELS, other: '其他行业' };
export const followUpKindLabels = { visit: '走访', phone: '电话回访', guidance: '指导' } as const;
export const businessStateLabels = {
  not_started: '未启动',
  preparing: '筹备中',
  operating: '经营中',
  closed: '已停业',
} as const;
export const timelineKindLabels: Record<string, string> = {
  file: '建档',
  training: '培训',
  plan: '计划书',
  review: '专家评审',
  guidance: '跟踪指导',
  internship: '见习',
  association: '联谊会',
  rating: '评价',
  project: '项目',
  loan: '贷款',
  business: '开业',
  incubation: '孵化',
};

export const fetchFiles = (q: string | undefined, page: number) =>
  dataOf(typedApi.GET('/api/entrepreneurship/files', { params: { query: { q, page, pageSize: 20 } } }));
export const fetchFile = (id: string) =>
  dataOf(typedApi.GET('/api/entrepreneurship/files/{id}', { params: { path: { id } } }));
export const registerFile = (body: RegisterBody) =>
  dataOf(typedApi.POST('/api/entrepreneurship/files', { body }));
export const filesFromClass = (id: string) =>
  dataOf(typedApi.POST('/api/entrepreneurship/files/from-class/{id}', { params: { path: { id } } }));
export const submitPlan = (id: string, body: PlanBody) =>
  dataOf(typedApi.POST('/api/entrepreneurship/files/{id}/plans', { params: { path: { id } }, body }));
export const assignExperts = (id: string, expertIds: string[]) =>
  dataOf(
    typedApi.POST('/api/entrepreneurship/plans/{id}/experts', {
      params: { path: { id } },
      body: { expertIds },
    }),
  );
export const setMentor = (id: string, body: { expertId: string; version: number }) =>
  dataOf(typedApi.POST('/api/entrepreneurship/files/{id}/mentor', { params: { path: { id } }, body }));
export const addFollowUp = (id: string, body: FollowUpBody) =>
  dataOf(typedApi.POST('/api/entrepreneurship/files/{id}/follow-ups', { params: { path: { id } }, body }));
export const addInternship = (id: string, body: InternshipBody) =>
  dataOf(typedApi.POST('/api/entrepreneurship/files/{id}/internships', { params: { path: { id } }, body }));
export const setAssociation = (id: string, body: { action: 'join' | 'leave'; on: string; version: number }) =>
  dataOf(typedApi.POST('/api/entrepreneurship/files/{id}/association', { params: { path: { id } }, body }));
export const rateExpert = (id: string, body: { expertId: string; score: number }) =>
  dataOf(typedApi.POST('/api/entrepreneurship/files/{id}/ratings', { params: { path: { id } }, body }));

export const fetchAssignedPlans = () => dataOf(typedApi.GET('/api/entrepreneurship/reviews'));
export const reviewPlan = (id: string, body: { feasible: boolean; score: number; opinion: string }) =>
  dataOf(typedApi.POST('/api/entrepreneurship/reviews/{id}', { params: { path: { id } }, body }));
