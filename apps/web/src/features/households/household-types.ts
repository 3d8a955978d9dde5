import type { paths } from '../../app/api/openapi';
import type { Answer, Body } from '../../app/api/typed-client';

export type HouseholdItem = Answer<'/api/households', 'get'>['items'][number];

export type ZeroEmploymentStatus = NonNullable<HouseholdItem['zeroEmploymentStatus']>;

type HouseholdQuery = NonNullable<paths['/api/households']['get']['parameters']['query']>;

/** The list's zero-employment filter: in the register, eliminated, or never recognised. */
export type ZeroEmploymentFilter = NonNullable<HouseholdQuery['zeroEmployment']>;

export type HouseholdFilters = Pick<HouseholdQuery, 'q' | 'orgId' | 'zeroEmployment'>;

/** `version` is the optimistic lock: sent back with an edit so a concurrent change is not overwritten. */
export type HouseholdDetail = Answer<'/api/households/{id}', 'get'>;
export type HouseholdMember = HouseholdDetail['members'][number];

export type HouseholdBody = Body<'/api/households', 'post'>;
export type HouseholdPatch = Body<'/api/households/{id}', 'patch'>;
export type MemberBody = Body<'/api/households/{id}/members', 'post'>;

export type Recognition = Answer<'/api/households/{id}/zero-employment', 'get'>['items'][number];
export type AssistanceAction = Recognition['assistance'][number];

export type RecognitionBody = Body<'/api/households/{id}/zero-employment', 'post'>;
export type AssistanceBody = Body<'/api/zero-employment/{id}/assistance', 'post'>;
export type EliminationBody = Body<'/api/zero-employment/{id}/eliminate', 'post'>;

export type ZeroEmploymentSummaryQuery = paths['/api/zero-employment/summary']['get']['parameters']['query'];
export type ZeroEmploymentSummary = Answer<'/api/zero-employment/summary', 'get'>;

export const householdDicts = {
  relation: 'household_relation',
  assistanceKind: 'zero_employment_assistance_kind',
  eliminationReason: 'zero_employment_elimination_reason',
} as const;

export const zeroEmploymentLabels: Record<ZeroEmploymentStatus, string> = {
  active: '零就业家庭（在册）',
  eliminated: '已消除',
};
