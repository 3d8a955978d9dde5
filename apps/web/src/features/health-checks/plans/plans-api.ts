import { type Answer, type Body, byId, dataOf, typedApi } from '../../../app/api/typed-client';

export type PlanPage = Answer<'/api/health-checks/plans', 'get'>;
export type PlanItem = PlanPage['items'][number];
export type PlanDetail = Answer<'/api/health-checks/plans/{id}', 'get'>;
export type PackageItem = PlanDetail['items'][number];
export type PlanBody = Body<'/api/health-checks/plans', 'post'>;
export type PlanPatch = Body<'/api/health-checks/plans/{id}', 'patch'>;
export type ExamineePage = Answer<'/api/health-checks/plans/{id}/examinees', 'get'>;
export type Examinee = ExamineePage['items'][number];
export type ExamineeStatus = Examinee['status'];
export type DayExaminee = Answer<'/api/health-checks/examinees', 'get'>['items'][number];
export type PlanEmployer = Answer<'/api/health-checks/plans/{id}/employers', 'get'>[number];
export type AllocateBody = Body<'/api/health-checks/plans/{id}/allocate', 'post'>;
export type NotifyTarget = Body<'/api/health-checks/plans/{id}/notify', 'post'>['target'];
export type VisitBody = Body<'/api/health-checks/examinees/{id}/visit', 'post'>;

export const plansKey = ['health-checks', 'plans'] as const;
export const dayKey = ['health-checks', 'examinees'] as const;

export const examineeStatusLabels: Record<ExamineeStatus, string> = {
  eligible: '待分配',
  allocated: '已安排',
  examined: '已体检',
  absent: '未到检',
};

/** The employer filter's value for the flexible workers (no employer). */
export const FLEXIBLE = 'none';
/** An employer's key as the API takes it. */
export const employerRef = (e: { employerId: string | null }) => e.employerId ?? FLEXIBLE;

export const fetchPlans = (paging: { page: number; pageSize: number }) =>
  dataOf(typedApi.GET('/api/health-checks/plans', { params: { query: paging } }));
export const fetchPlan = (id: string) => dataOf(typedApi.GET('/api/health-checks/plans/{id}', byId(id)));
export const createPlan = (body: PlanBody) => dataOf(typedApi.POST('/api/health-checks/plans', { body }));
export const updatePlan = (id: string, body: PlanPatch) =>
  dataOf(typedApi.PATCH('/api/health-checks/plans/{id}', { ...byId(id), body }));
export const openPlan = (id: string, version: number) =>
  dataOf(typedApi.POST('/api/health-checks/plans/{id}/open', { ...byId(id), body: { version } }));
export const closePlan = (id: string, version: number) =>
  dataOf(typedApi.POST('/api/health-checks/plans/{id}/close', { ...byId(id), body: { version } }));
export const generateExaminees = (id: string) =>
  dataOf(typedApi.POST('/api/health-checks/plans/{id}/examinees/generate', byId(id)));

export type ExamineeFilters = {
  hospitalId?: string;
  date?: string;
  status?: ExamineeStatus;
  employerId?: string;
  homeVisit?: 'true';
};
export const fetchExaminees = (
  id: string,
  filters: ExamineeFilters,
  paging: { page: number; pageSize: number },
) =>
  dataOf(
    typedApi.GET('/api/health-checks/plans/{id}/examinees', {
      params: { path: { id }, query: { ...filters, ...paging } },
    }),
  );
export const fetchPlanEmployers = (id: string) =>
  dataOf(typedApi.GET('/api/health-checks/plans/{id}/employers', byId(id)));
export const allocateExaminees = (id: string, body: AllocateBody) =>
  dataOf(typedApi.POST('/api/health-checks/plans/{id}/allocate', { ...byId(id), body }));
export const notifyExaminees = (id: string, target: NotifyTarget) =>
  dataOf(typedApi.POST('/api/health-checks/plans/{id}/notify', { ...byId(id), body: { target } }));
export const fetchNotice = (id: string, employerId: string) =>
  dataOf(
    typedApi.GET('/api/health-checks/plans/{id}/notice', { params: { path: { id }, query: { employerId } } }),
  );

export const fetchDay = (date: string, paging: { page: number; pageSize: number }) =>
  dataOf(typedApi.GET('/api/health-checks/examinees', { params: { query: { date, ...paging } } }));
export const setVisit = (id: string, body: VisitBody) =>
  dataOf(typedApi.POST('/api/health-checks/examinees/{id}/visit', { ...byId(id), body }));
export const markAbsent = (id: string, version: number) =>
  dataOf(typedApi.POST('/api/health-checks/examinees/{id}/absent', { ...byId(id), body: { version } }));

/** The notice's print page (opened in a new tab). */
export const noticeHref = (planId: string, employerId: string) =>
  `/print/health-checks/plans/${planId}/notice?employerId=${encodeURIComponent(employerId)}`;
