import { type Answer, type Body, dataOf, typedApi } from '../../app/api/typed-client';

export const caseTypeSettingsKey = ['case-types', 'settings'] as const;

/** `PUT /case-types/:id`: the settings an administrator changes, with the type's `version`. */
export type CaseTypeSettingsBody = Body<'/api/case-types/{id}', 'put'>;

/** `GET /case-types` as the settings page edits it: the type with its settings in force. */
export type CaseTypeSettings = Answer<'/api/case-types', 'get'>[number];

/** A time limit of a case type: the policy's own, the bureau's default step limit, or an administrator's. */
export type CaseTypeTimeLimit = CaseTypeSettings['timeLimits'][number];

export const fetchCaseTypeSettings = () => dataOf(typedApi.GET('/api/case-types'));

export const saveCaseTypeSettings = (id: string, body: CaseTypeSettingsBody) =>
  dataOf(typedApi.PUT('/api/case-types/{id}', { params: { path: { id } }, body }));
