import { type Body, dataOf, typedApi } from '../../app/api/typed-client';

export const rolesKey = ['roles'] as const;

export const fetchRoles = () => dataOf(typedApi.GET('/api/roles'));

export const fetchPermissions = () => dataOf(typedApi.GET('/api/permissions'));

/** The role form's values: `POST /roles` takes them all, `PATCH /roles/:id` any of them. */
export type RoleBody = Required<Body<'/api/roles', 'post'>>;

export const createRole = (body: RoleBody) => dataOf(typedApi.POST('/api/roles', { body }));

export const updateRole = (id: number, body: Body<'/api/roles/{id}', 'patch'>) =>
  dataOf(typedApi.PATCH('/api/roles/{id}', { params: { path: { id } }, body }));
