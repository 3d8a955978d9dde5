import { TRAINEE_GROUP_LABELS } from '@minsheng/rules/policies/fujian/trainee-eligibility/groups.ts';
import { type Answer, type Body, byId, dataOf, typedApi } from '../../../app/api/typed-client';
import { api } from '../../../app/api-client';

export type ClassTrainees = Answer<'/api/training/classes/{id}/trainees', 'get'>;
export type Trainee = ClassTrainees['items'][number];
export type ImportAnswer = Answer<'/api/training/classes/{id}/trainees/import', 'post'>;
export type ResultBody = Body<'/api/training/classes/{id}/trainees/{traineeId}/result', 'put'>;

export const traineesKey = (classId: string) => ['training', 'classes', classId, 'trainees'] as const;

export const groupLabels: Record<Trainee['group'], string> = TRAINEE_GROUP_LABELS;
export const statusLabels: Record<Trainee['status'], string> = {
  enrolled: '在读',
  withdrawn: '已退学',
  completed: '已结业',
  not_completed: '未结业',
};
export const resultLabels: Record<NonNullable<Trainee['result']>, string> = {
  passed: '合格',
  failed: '不合格',
  absent: '缺考',
};

export const fetchTrainees = (id: string) =>
  dataOf(typedApi.GET('/api/training/classes/{id}/trainees', byId(id)));

export const enrolTrainee = (id: string, idNumber: string) =>
  dataOf(typedApi.POST('/api/training/classes/{id}/trainees', { ...byId(id), body: { idNumber } }));

export const withdrawTrainee = (id: string, traineeId: string, withdrawnOn: string) =>
  dataOf(
    typedApi.POST('/api/training/classes/{id}/trainees/{traineeId}/withdraw', {
      params: { path: { id, traineeId } },
      body: { withdrawnOn },
    }),
  );

export const fetchAttendance = (id: string, onDate: string) =>
  dataOf(
    typedApi.GET('/api/training/classes/{id}/attendance', {
      params: { path: { id }, query: { onDate } },
    }),
  );

export const saveRollCall = (id: string, onDate: string, presentTraineeIds: string[]) =>
  dataOf(
    typedApi.PUT('/api/training/classes/{id}/attendance', {
      ...byId(id),
      body: { onDate, presentTraineeIds },
    }),
  );

export const saveResult = (id: string, traineeId: string, body: ResultBody) =>
  dataOf(
    typedApi.PUT('/api/training/classes/{id}/trainees/{traineeId}/result', {
      params: { path: { id, traineeId } },
      body,
    }),
  );

/** The two sheets an institution uploads: the enrolment roster and the sign-in list. */
export const sheets = {
  enrol: {
    title: '导入学员报名表',
    template: '/training/trainees/enrol-template.xlsx',
    templateName: '学员报名模板.xlsx',
    upload: (id: string) => `/training/classes/${id}/trainees/import`,
    hint: '每行一名学员：公民身份号码（必填）、姓名（核对用）；学员须已在人员登记中，按规则判定培训对象类别。',
    accepted: '报名',
  },
  attendance: {
    title: '导入签到表',
    template: '/training/trainees/attendance-template.xlsx',
    templateName: '学员签到模板.xlsx',
    upload: (id: string) => `/training/classes/${id}/attendance/import`,
    hint: '每行一次签到：公民身份号码、签到日期（须在培训期间内，同一学员同一天只记一次）。',
    accepted: '签到',
  },
} as const;
export type SheetKind = keyof typeof sheets;

export const downloadTemplate = (kind: SheetKind) =>
  api.download(sheets[kind].template, {}, sheets[kind].templateName);

export function uploadSheet(kind: SheetKind, classId: string, file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<ImportAnswer>(sheets[kind].upload(classId), form);
}
