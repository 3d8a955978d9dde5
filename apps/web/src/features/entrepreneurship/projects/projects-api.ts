import { type Answer, type Body, byId, dataOf, typedApi } from '../../../app/api/typed-client';

export type Project = Answer<'/api/entrepreneurship/projects', 'get'>[number];
export type ProjectDetail = Answer<'/api/entrepreneurship/projects/{id}', 'get'>;
export type ProjectBody = Body<'/api/entrepreneurship/projects', 'post'>;
export type PublicProjects = Answer<'/api/public/entrepreneurship-projects', 'get'>;

export const projectsKey = ['entrepreneurship', 'projects'] as const;

export const projectSourceLabels: Record<Project['source'], string> = {
  government: '政府开发',
  public_call: '社会征集',
  individual: '个人提供',
  commissioned: '有偿设计',
};
export const projectStatusLabels: Record<Project['status'], string> = {
  collected: '待论证',
  feasible: '论证可行',
  unfeasible: '论证不可行',
  published: '已发布',
  withdrawn: '已下架',
};
export const projectStatusColors: Record<Project['status'], string> = {
  collected: 'processing',
  feasible: 'cyan',
  unfeasible: 'error',
  published: 'success',
  withdrawn: 'default',
};

export const fetchProjects = () =>
  dataOf(typedApi.GET('/api/entrepreneurship/projects', { params: { query: {} } }));
export const fetchProject = (id: string) =>
  dataOf(typedApi.GET('/api/entrepreneurship/projects/{id}', byId(id)));
export const createProject = (body: ProjectBody) =>
  dataOf(typedApi.POST('/api/entrepreneurship/projects', { body }));
export const assignProjectExpert = (id: string, body: { expertId: string; version: number }) =>
  dataOf(typedApi.POST('/api/entrepreneurship/projects/{id}/expert', { ...byId(id), body }));
export const publishProject = (id: string, version: number) =>
  dataOf(typedApi.POST('/api/entrepreneurship/projects/{id}/publish', { ...byId(id), body: { version } }));
export const withdrawProject = (id: string, body: { reason: string; version: number }) =>
  dataOf(typedApi.POST('/api/entrepreneurship/projects/{id}/withdraw', { ...byId(id), body }));
export const recommendProject = (id: string, fileId: string) =>
  dataOf(
    typedApi.POST('/api/entrepreneurship/projects/{id}/recommendations', { ...byId(id), body: { fileId } }),
  );
export const recordProjectChoice = (id: string, body: { status: 'taken' | 'declined'; on: string }) =>
  dataOf(typedApi.POST('/api/entrepreneurship/project-recommendations/{id}', { ...byId(id), body }));
export const fetchAssignedProjects = () => dataOf(typedApi.GET('/api/entrepreneurship/project-reviews'));
export const reviewProject = (id: string, body: { feasible: boolean; opinion: string; version: number }) =>
  dataOf(typedApi.POST('/api/entrepreneurship/project-reviews/{id}', { ...byId(id), body }));
export const fetchPublicProjects = () => dataOf(typedApi.GET('/api/public/entrepreneurship-projects'));
