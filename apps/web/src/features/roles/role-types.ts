import type { OrgId } from '../orgs/org-types';

export type DataScope = 'subtree' | 'own' | 'self' | 'custom' | 'all';

export interface Role {
  id: number;
  code: string;
  name: string;
  permissions: string[];
  dataScope: DataScope;
  customOrgIds: OrgId[];
  builtin: boolean;
  adminClass: string | null;
}

export interface Permission {
  code: string;
  label: string;
  group: string;
}

export const dataScopeLabels: Record<DataScope, string> = {
  subtree: '本机构及下级',
  own: '仅本机构',
  self: '仅本人',
  custom: '自定义机构',
  all: '全部',
};
