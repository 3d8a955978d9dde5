import type { OrgId } from '../orgs/org-types';

export type UserStatus = 'active' | 'disabled';

export interface UserItem {
  id: string;
  username: string;
  displayName: string;
  org: { id: OrgId; name: string };
  roles: { id: number; code: string; name: string }[];
  status: UserStatus;
  lockedUntil: string | null;
  lastLoginAt: string | null;
}

export interface UserFilters {
  orgId?: OrgId;
  q?: string;
}
