import type { Answer } from '../../app/api/typed-client';

/** A role of `GET /roles`. */
export type Role = Answer<'/api/roles', 'get'>[number];
export type DataScope = Role['dataScope'];
/** An entry of the permission catalogue (`GET /permissions`). */
export type Permission = Answer<'/api/permissions', 'get'>[number];

export const dataScopeLabels: Record<DataScope, string> = {
  subtree: '本机构及下级',
  own: '仅本机构',
  self: '仅本人',
  custom: '自定义机构',
  all: '全部',
};
