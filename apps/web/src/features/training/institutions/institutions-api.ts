import { type Answer, type Body, byId, dataOf, typedApi } from '../../../app/api/typed-client';

export type InstitutionPage = Answer<'/api/training/institutions', 'get'>;
export type InstitutionItem = InstitutionPage['items'][number];
export type InstitutionDetail = Answer<'/api/training/institutions/{id}', 'get'>;
export type InstitutionStatus = InstitutionItem['status'];
export type Teacher = InstitutionDetail['teachers'][number];
export type Site = InstitutionDetail['sites'][number];
export type InstitutionEvent = InstitutionDetail['events'][number];
export type ApplicationBody = Body<'/api/training/institutions/apply', 'post'>;
export type ProfileBody = Omit<ApplicationBody, 'teachers' | 'sites'>;
export type TeacherBody = Body<'/api/training/institutions/{id}/teachers', 'post'>;
export type SiteBody = Body<'/api/training/institutions/{id}/sites', 'post'>;
export type SuperviseBody = Body<'/api/training/institutions/{id}/supervise', 'post'>;
export type PublicInstitutions = Answer<'/api/public/training-institutions', 'get'>;
export type InstitutionSettings = Answer<'/api/training/institution-settings', 'get'>;

export const institutionsKey = ['training', 'institutions'] as const;

export const fetchInstitutions = (
  filters: { status?: InstitutionStatus; q?: string },
  paging: { page: number; pageSize: number },
) => dataOf(typedApi.GET('/api/training/institutions', { params: { query: { ...filters, ...paging } } }));

export const fetchInstitution = (id: string) =>
  dataOf(typedApi.GET('/api/training/institutions/{id}', byId(id)));
export const fetchMine = () => dataOf(typedApi.GET('/api/training/institutions/mine'));
export const fetchSettings = () => dataOf(typedApi.GET('/api/training/institution-settings'));
export const saveSettings = (body: InstitutionSettings) =>
  dataOf(typedApi.PUT('/api/training/institution-settings', { body }));
export const fetchAccounts = () => dataOf(typedApi.GET('/api/training/institution-accounts'));
export const fetchPublicInstitutions = () => dataOf(typedApi.GET('/api/public/training-institutions'));

export const apply = (body: ApplicationBody) =>
  dataOf(typedApi.POST('/api/training/institutions/apply', { body }));
export const registerPaper = (body: ApplicationBody) =>
  dataOf(typedApi.POST('/api/training/institutions', { body }));
export const updateApplication = (id: string, body: ProfileBody & { version: number }) =>
  dataOf(typedApi.PUT('/api/training/institutions/{id}', { ...byId(id), body }));

export const reapply = (id: string, body: ProfileBody & { version: number }) =>
  dataOf(typedApi.POST('/api/training/institutions/{id}/reapply', { ...byId(id), body }));

export const addTeacher = (id: string, body: TeacherBody) =>
  dataOf(typedApi.POST('/api/training/institutions/{id}/teachers', { ...byId(id), body }));
export const updateTeacher = (
  id: string,
  teacherId: string,
  body: Body<'/api/training/institutions/{id}/teachers/{teacherId}', 'put'>,
) =>
  dataOf(
    typedApi.PUT('/api/training/institutions/{id}/teachers/{teacherId}', {
      params: { path: { id, teacherId } },
      body,
    }),
  );
export const addSite = (id: string, body: SiteBody) =>
  dataOf(typedApi.POST('/api/training/institutions/{id}/sites', { ...byId(id), body }));
export const updateSite = (
  id: string,
  siteId: string,
  body: Body<'/api/training/institutions/{id}/sites/{siteId}', 'put'>,
) =>
  dataOf(
    typedApi.PUT('/api/training/institutions/{id}/sites/{siteId}', {
      params: { path: { id, siteId } },
      body,
    }),
  );

export const pass = (id: string, body: Body<'/api/training/institutions/{id}/pass', 'post'>) =>
  dataOf(typedApi.POST('/api/training/institutions/{id}/pass', { ...byId(id), body }));
export const reject = (id: string, body: { reason: string; version: number }) =>
  dataOf(typedApi.POST('/api/training/institutions/{id}/reject', { ...byId(id), body }));
export const designate = (id: string, body: { validFrom?: string; version: number }) =>
  dataOf(typedApi.POST('/api/training/institutions/{id}/designate', { ...byId(id), body }));
export const supervise = (id: string, body: SuperviseBody) =>
  dataOf(typedApi.POST('/api/training/institutions/{id}/supervise', { ...byId(id), body }));
export const linkStaff = (id: string, userId: string) =>
  dataOf(typedApi.POST('/api/training/institutions/{id}/staff', { ...byId(id), body: { userId } }));
export const unlinkStaff = (id: string, userId: string) =>
  dataOf(
    typedApi.DELETE('/api/training/institutions/{id}/staff/{userId}', { params: { path: { id, userId } } }),
  );

export const institutionStatusLabels: Record<InstitutionStatus, string> = {
  applied: '已申请，待审核',
  rejected: '审核未通过',
  in_notice: '公示中',
  designated: '已认定',
  rectifying: '限期整改',
  suspended: '暂停',
  withdrawn: '已取消定点资格',
};

export const eventLabels: Record<string, string> = {
  apply: '提交申请',
  edit: '修改申请',
  review_pass: '审核通过，发布公示',
  review_reject: '不予认定',
  designate: '认定为定点培训机构',
  order_rectify: '责令限期整改',
  rectified: '整改完成',
  suspend: '暂停定点资格',
  reinstate: '恢复定点资格',
  withdraw: '取消定点资格',
  teacher_add: '增加教师',
  teacher_update: '修改教师',
  site_add: '增加场地',
  site_update: '修改场地',
  staff_link: '关联机构账号',
  staff_unlink: '解除机构账号关联',
};

/** 1 高级技师 … 5 初级工 (国家职业资格等级). */
export const levelLabels: Record<number, string> = {
  1: '一级/高级技师',
  2: '二级/技师',
  3: '三级/高级工',
  4: '四级/中级工',
  5: '五级/初级工',
};

export const occupationsText = (occupations: { occupation: string; levels: number[] }[]) =>
  occupations
    .map((o) =>
      o.levels.length
        ? `${o.occupation}（${o.levels.map((l) => levelLabels[l] ?? `${l}级`).join('、')}）`
        : o.occupation,
    )
    .join('；');
