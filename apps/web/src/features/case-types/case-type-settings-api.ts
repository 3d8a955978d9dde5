import { type Answer, type Body, dataOf, typedApi } from '../../app/api/typed-client';
import { api } from '../../app/api-client';

export const caseTypeSettingsKey = ['case-types', 'settings'] as const;

/** `PUT /case-types/:id`: the settings an administrator changes, with the type's `version`. */
export type CaseTypeSettingsBody = Body<'/api/case-types/{id}', 'put'>;

/** A time limit of a case type: the policy's own, the bureau's default step limit, or an administrator's. */
export type CaseTypeTimeLimit = NonNullable<CaseTypeSettingsBody['timeLimits']>[number] & {
  source: 'policy' | 'default' | 'admin';
};

type CaseTypeDef = Answer<'/api/case-types', 'get'>[number];

/**
 * `GET /case-types` as the settings page edits it. The OpenAPI document's case type is a loose
 * schema naming the fields most callers read; the settings the page also reads (time limits,
 * notice days, approval chain, the policy's applicant kinds) are not in it and are written here,
 * so this list stays on `api`.
 */
export type CaseTypeSettings = CaseTypeDef & {
  policyApplicantKinds: CaseTypeDef['applicantKinds'];
  timeLimits: CaseTypeTimeLimit[];
  publicNoticeDays: number;
  approvalChain: { distinctApprover: boolean; raiseCeilingPercent: number };
  updatedAt: string;
};

export const fetchCaseTypeSettings = () => api.get<CaseTypeSettings[]>('/case-types');

export const saveCaseTypeSettings = (id: string, body: CaseTypeSettingsBody) =>
  dataOf(typedApi.PUT('/api/case-types/{id}', { params: { path: { id } }, body }));
