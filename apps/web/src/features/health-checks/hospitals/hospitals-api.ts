import { type Answer, type Body, byId, dataOf, typedApi } from '../../../app/api/typed-client';

export type HospitalItem = Answer<'/api/health-checks/hospitals', 'get'>[number];
export type HospitalDetail = Answer<'/api/health-checks/hospitals/{id}', 'get'>;
export type HospitalStatus = HospitalItem['status'];
export type RegisterBody = Body<'/api/health-checks/hospitals', 'post'>;
export type UpdateBody = Body<'/api/health-checks/hospitals/{id}', 'put'>;
export type DecisionBody = Body<'/api/health-checks/hospitals/{id}/decision', 'post'>;
export type ExaminerTitle = NonNullable<HospitalDetail['chiefExaminerTitle']>;

export const hospitalsKey = ['health-checks', 'hospitals'] as const;
export const myHospitalKey = ['health-checks', 'my-hospital'] as const;

export const statusColors: Record<HospitalStatus, string> = {
  applied: 'processing',
  designated: 'success',
  refused: 'error',
  revoked: 'default',
};

export const gradeLabels: Record<number, string> = { 1: '一级', 2: '二级', 3: '三级' };

export const examinerTitleLabels: Record<ExaminerTitle, string> = {
  chief: '主任医师',
  associate_chief: '副主任医师',
  attending: '主治医师',
  resident: '住院医师',
};

export const fetchHospitals = (status?: HospitalStatus) =>
  dataOf(typedApi.GET('/api/health-checks/hospitals', { params: { query: status ? { status } : {} } }));
export const fetchHospital = (id: string) =>
  dataOf(typedApi.GET('/api/health-checks/hospitals/{id}', byId(id)));
export const fetchMyHospital = () => dataOf(typedApi.GET('/api/health-checks/my-hospital'));
export const fetchHospitalAccounts = () => dataOf(typedApi.GET('/api/health-checks/hospitals/accounts'));
export const registerHospital = (body: RegisterBody) =>
  dataOf(typedApi.POST('/api/health-checks/hospitals', { body }));
export const updateHospital = (id: string, body: UpdateBody) =>
  dataOf(typedApi.PUT('/api/health-checks/hospitals/{id}', { ...byId(id), body }));
export const decideHospital = (id: string, body: DecisionBody) =>
  dataOf(typedApi.POST('/api/health-checks/hospitals/{id}/decision', { ...byId(id), body }));
export const linkHospitalStaff = (id: string, userId: string) =>
  dataOf(typedApi.POST('/api/health-checks/hospitals/{id}/staff', { ...byId(id), body: { userId } }));
export const unlinkHospitalStaff = (id: string, userId: string) =>
  dataOf(
    typedApi.DELETE('/api/health-checks/hospitals/{id}/staff/{userId}', {
      params: { path: { id, userId } },
    }),
  );
