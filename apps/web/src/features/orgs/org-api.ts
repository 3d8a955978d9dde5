import { type Body, byId, dataOf, typedApi } from '../../app/api/typed-client';
import type { OrgId } from './org-types';

export const fetchOrgRoots = () => dataOf(typedApi.GET('/api/orgs/roots'));

export const fetchOrgChildren = (id: OrgId) => dataOf(typedApi.GET('/api/orgs/{id}/children', byId(id)));

export const fetchOrg = (id: OrgId) => dataOf(typedApi.GET('/api/orgs/{id}', byId(id)));

export type OrgCreateBody = Body<'/api/orgs', 'post'>;

export const createOrg = (body: OrgCreateBody) => dataOf(typedApi.POST('/api/orgs', { body }));

export const updateOrg = (id: OrgId, body: Body<'/api/orgs/{id}', 'patch'>) =>
  dataOf(typedApi.PATCH('/api/orgs/{id}', { ...byId(id), body }));
