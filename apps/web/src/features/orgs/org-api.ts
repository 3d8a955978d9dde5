import { api } from '../../app/api-client';
import type { OrgDetail, OrgId, OrgLevel, OrgNode } from './org-types';

export const fetchOrgRoots = () => api.get<OrgNode[]>('/orgs/roots');

export const fetchOrgChildren = (id: OrgId) => api.get<OrgNode[]>(`/orgs/${id}/children`);

export const fetchOrg = (id: OrgId) => api.get<OrgDetail>(`/orgs/${id}`);

export interface OrgCreateBody {
  parentId: OrgId;
  name: string;
  level: OrgLevel;
  regionCode: string;
}

export const createOrg = (body: OrgCreateBody) => api.post<OrgNode>('/orgs', body);

export const updateOrg = (id: OrgId, body: { name?: string }) => api.patch<OrgNode>(`/orgs/${id}`, body);
