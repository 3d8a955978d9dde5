import { api } from '../../app/api-client';
import type { CaseTypeMaterial } from '../cases/case-types';
import type { ApplicantKind } from '../policies/policy-types';

export const caseTypeSettingsKey = ['case-types', 'settings'] as const;

/** A time limit of a case type: the policy's own, the bureau's default step limit, or an administrator's. */
export interface CaseTypeTimeLimit {
  id: string;
  label: string;
  unit: 'days' | 'working_days' | 'day_of_month';
  amount: number;
  from: string;
  clause: string;
  holidayPostponement: boolean;
  source: 'policy' | 'default' | 'admin';
}

/** `GET /case-types/:id` as the settings page edits it. */
export interface CaseTypeSettings {
  id: string;
  policyId: string;
  name: string;
  /** whether it accepts applications now */
  enabled: boolean;
  /** the administrator's choice; null: as the deployment's jurisdictions decide */
  enabledSetting: boolean | null;
  jurisdiction: { code: string; name: string };
  /** the local name of its policy's jurisdiction when it is the deployment's own, else null */
  localJurisdiction: string | null;
  applicantKinds: ApplicantKind[];
  policyApplicantKinds: ApplicantKind[];
  materials: CaseTypeMaterial[];
  timeLimits: CaseTypeTimeLimit[];
  requiresPublicNotice: boolean;
  publicNoticeDays: number;
  paysMoney: boolean;
  approvalChain: { distinctApprover: boolean; raiseCeilingPercent: number };
  version: number;
  updatedAt: string;
}

export type CaseTypeSettingsBody = Partial<{
  enabled: boolean | null;
  applicantKinds: ApplicantKind[];
  materials: {
    code?: string;
    label: string;
    applicantKind: ApplicantKind;
    group: string;
    clause?: string;
    required: boolean;
  }[];
  timeLimits: Omit<CaseTypeTimeLimit, 'source'>[];
  requiresPublicNotice: boolean;
  publicNoticeDays: number;
  distinctApprover: boolean;
  raiseCeilingPercent: number;
}> & { version: number };

export const fetchCaseTypeSettings = () => api.get<CaseTypeSettings[]>('/case-types');

export const saveCaseTypeSettings = (id: string, body: CaseTypeSettingsBody) =>
  api.put<CaseTypeSettings>(`/case-types/${encodeURIComponent(id)}`, body);
