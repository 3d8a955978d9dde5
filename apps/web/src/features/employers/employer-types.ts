import type { OrgId } from '../orgs/org-types';

export interface EmployerItem {
  id: string;
  creditCode: string;
  name: string;
  type: string;
  industry: string;
  size: string | null;
  phoneMasked: string | null;
  org: { id: OrgId; name: string };
}

export interface EmployerDetail extends EmployerItem {
  address: string | null;
  createdAt: string;
  updatedAt: string;
  /** Optimistic-lock version: sent back with an edit so a concurrent change is not overwritten. */
  version: number;
}

export type EmployerSort = 'name' | '-name' | 'createdAt' | '-createdAt';

export interface EmployerFilters {
  q?: string;
  orgId?: OrgId;
  type?: string;
  industry?: string;
}

export interface EmployerBody {
  creditCode: string;
  name: string;
  type: string;
  industry: string;
  size?: string;
  address?: string;
  phone?: string;
  orgId: OrgId;
}

/** Dictionary codes (server `dictionary-seed.ts`) behind the coded employer fields. */
export const employerDicts = {
  type: 'employer_type',
  industry: 'industry',
  size: 'employer_size',
} as const;
