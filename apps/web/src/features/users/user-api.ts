import { type Body, byId, dataOf, typedApi } from '../../app/api/typed-client';
import type { PageParams } from '../../app/paging';
import type { UserFilters } from './user-types';

export const usersKey = ['users'] as const;

export const fetchUsers = (filters: UserFilters, paging: PageParams) =>
  dataOf(typedApi.GET('/api/users', { params: { query: { ...filters, ...paging } } }));

export type UserCreateBody = Body<'/api/users', 'post'>;
export type UserUpdateBody = Body<'/api/users/{id}', 'patch'>;

export const createUser = (body: UserCreateBody) => dataOf(typedApi.POST('/api/users', { body }));

export const updateUser = (id: string, body: UserUpdateBody) =>
  dataOf(typedApi.PATCH('/api/users/{id}', { ...byId(id), body }));

export const resetUserPassword = (id: string) =>
  dataOf(typedApi.POST('/api/users/{id}/reset-password', byId(id)));

export const unlockUser = (id: string) => dataOf(typedApi.POST('/api/users/{id}/unlock', byId(id)));
