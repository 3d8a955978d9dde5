import { api } from '../../app/api-client';
import type { Page, PageParams } from '../../app/paging';
import type { OrgId } from '../orgs/org-types';
import type { UserFilters, UserItem, UserStatus } from './user-types';

export const usersKey = ['users'] as const;

export const fetchUsers = (filters: UserFilters, paging: PageParams) =>
  api.get<Page<UserItem>>('/users', { ...filters, ...paging });

export interface UserCreateBody {
  username: string;
  displayName: string;
  orgId: OrgId;
  roleIds: number[];
}

export const createUser = (body: UserCreateBody) =>
  api.post<{ user: UserItem; initialPassword: string }>('/users', body);

export const updateUser = (
  id: string,
  body: { displayName?: string; orgId?: OrgId; roleIds?: number[]; status?: UserStatus },
) => api.patch<UserItem>(`/users/${id}`, body);

export const resetUserPassword = (id: string) =>
  api.post<{ initialPassword: string }>(`/users/${id}/reset-password`);

export const unlockUser = (id: string) => api.post<{ ok: true }>(`/users/${id}/unlock`);
