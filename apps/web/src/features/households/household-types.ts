export type ZeroEmploymentStatus = 'active' | 'eliminated';
export type ZeroEmploymentFilter = ZeroEmploymentStatus | 'never';

export interface HouseholdItem {
  id: string;
  number: string;
  address: string | null;
  head: { id: string; name: string } | null;
  memberCount: number;
  zeroEmploymentStatus: ZeroEmploymentStatus | null;
  org: { id: number; name: string };
}

export interface HouseholdMember {
  personId: string;
  name: string;
  idNumberMasked: string;
  gender: '1' | '2';
  birthDate: string;
  hukouType: string;
  relation: string;
  age: number;
  workingAge: boolean;
}

export interface HouseholdDetail extends HouseholdItem {
  createdAt: string;
  updatedAt: string;
  version: number;
  members: HouseholdMember[];
}

export interface HouseholdFilters {
  q?: string | undefined;
  orgId?: number | undefined;
  zeroEmployment?: ZeroEmploymentFilter | undefined;
}

export interface HouseholdBody {
  number: string;
  address?: string | null;
  orgId: number;
  headPersonId: string;
}

export interface AssistanceAction {
  id: string;
  actedOn: string;
  kind: string;
  description: string;
  personId: string | null;
  personName: string | null;
  recordedBy: string;
  createdAt: string;
}

export interface Recognition {
  id: string;
  householdId: string;
  recognisedOn: string;
  basis: string;
  status: ZeroEmploymentStatus;
  eliminatedOn: string | null;
  eliminationReason: string | null;
  eliminationNote: string | null;
  createdAt: string;
  version: number;
  assistance: AssistanceAction[];
}

export interface ZeroEmploymentSummary {
  from: string;
  to: string;
  recognised: number;
  assistedHouseholds: number;
  assistanceActions: number;
  eliminated: number;
  active: number;
  unassisted: {
    recognitionId: string;
    householdId: string;
    number: string;
    headName: string | null;
    recognisedOn: string;
    daysSinceRecognition: number;
  }[];
}

export const householdDicts = {
  relation: 'household_relation',
  assistanceKind: 'zero_employment_assistance_kind',
  eliminationReason: 'zero_employment_elimination_reason',
} as const;

export const zeroEmploymentLabels: Record<ZeroEmploymentStatus, string> = {
  active: '零就业家庭（在册）',
  eliminated: '已消除',
};
