import type { OrgId } from '../orgs/org-types';

export interface PersonItem {
  id: string;
  name: string;
  idNumberMasked: string;
  gender: string;
  birthDate: string;
  hukouType: string;
  phoneMasked: string | null;
  org: { id: OrgId; name: string };
}

export interface PersonDetail extends PersonItem {
  ethnicity: string | null;
  education: string | null;
  hukouPlace: string;
  address: string | null;
  createdAt: string;
  updatedAt: string;
  /** Optimistic-lock version: sent back with an edit so a concurrent change is not overwritten. */
  version: number;
}

export type PersonSort = 'name' | '-name' | 'birthDate' | '-birthDate' | 'createdAt' | '-createdAt';

export interface PersonFilters {
  q?: string;
  orgId?: OrgId;
  /** GB/T 2261.1: `1` 男, `2` 女. */
  gender?: string;
  hukouType?: string;
  /** Open employment (`employed`) or unemployment (`unemployed`) registration. */
  employment?: string;
  /** Open difficulty determination of this category. */
  difficultyCategory?: string;
  /** Works at this employer now (from the employer page). */
  employerId?: string;
}

export interface PersonBody {
  idNumber: string;
  name: string;
  ethnicity?: string;
  education?: string;
  hukouType: string;
  hukouPlace: string;
  address?: string;
  phone?: string;
  orgId: OrgId;
}

/** Dictionary codes (server `dictionary-seed.ts`) behind the coded person fields. */
export const personDicts = {
  gender: 'gender',
  ethnicity: 'ethnicity',
  education: 'education',
  hukouType: 'hukou_type',
  hukouPlace: 'hukou_place',
} as const;

/** One dated fact of the person's history (GET /persons/:id/timeline), newest first. */
export interface TimelineEvent {
  date: string;
  at?: string;
  kind: string;
  title: string;
  detail?: string;
  ref?: { type: string; id: string };
}
