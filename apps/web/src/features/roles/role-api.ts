import { api } from '../../app/api-client';
import type { OrgId } from '../orgs/org-types';
import type { DataScope, Permission, Role } from './role-types';

export const rolesKey = ['roles'] as const;

export const fetchRoles = () => api.get<Role[]>('/roles');

export const fetchPermissions = () => api.get<Permission[]>('/permissions');

export interface RoleBody {
  code: string;
  name: string;
  permissions: string[];
  dataScope: DataScope;
  customOrgIds: OrgId[];
}

export const createRole = (body: RoleBody) => api.post<Role>('/roles', body);

export const updateRole = (id: number, body: Partial<RoleBody>) => api.patch<Role>(`/roles/${id}`, body);
