import { type Answer, type Body, dataOf, typedApi } from '../../../app/api/typed-client';

export type Expert = Answer<'/api/entrepreneurship/experts', 'get'>[number];
export type ExpertBody = Body<'/api/entrepreneurship/experts', 'post'>;
export type LinkableAccount = Answer<'/api/entrepreneurship/experts/accounts', 'get'>[number];
export type Teacher = Answer<'/api/entrepreneurship/teachers', 'get'>[number];
export type TeacherBody = Body<'/api/entrepreneurship/teachers', 'post'>;

export const expertsKey = ['entrepreneurship', 'experts'] as const;
export const teachersKey = ['entrepreneurship', 'teachers'] as const;

export const teacherStatusLabels: Record<Teacher['status'], string> = {
  active: '有效',
  suspended: '暂停',
  revoked: '撤销',
};

export const fetchExperts = () => dataOf(typedApi.GET('/api/entrepreneurship/experts'));
export const createExpert = (body: ExpertBody) =>
  dataOf(typedApi.POST('/api/entrepreneurship/experts', { body }));
export const updateExpert = (id: string, body: Body<'/api/entrepreneurship/experts/{id}', 'put'>) =>
  dataOf(typedApi.PUT('/api/entrepreneurship/experts/{id}', { params: { path: { id } }, body }));
export const fetchExpertAccounts = () => dataOf(typedApi.GET('/api/entrepreneurship/experts/accounts'));
export const setExpertStatus = (
  id: string,
  body: { status: Expert['status']; reason: string | null; version: number },
) => dataOf(typedApi.POST('/api/entrepreneurship/experts/{id}/status', { params: { path: { id } }, body }));

export const fetchTeachers = () =>
  dataOf(typedApi.GET('/api/entrepreneurship/teachers', { params: { query: {} } }));
export const createTeacher = (body: TeacherBody) =>
  dataOf(typedApi.POST('/api/entrepreneurship/teachers', { body }));
export const setTeacherStatus = (
  id: string,
  body: { status: Teacher['status']; reason: string | null; version: number },
) => dataOf(typedApi.POST('/api/entrepreneurship/teachers/{id}/status', { params: { path: { id } }, body }));
