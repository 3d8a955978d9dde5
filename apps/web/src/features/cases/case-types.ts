import type { paths } from '../../app/api/openapi';
import type { Answer, Body } from '../../app/api/typed-client';

// The case types are the server's own response schemas (apps/server/src/modules/cases/
// cases.views.ts), read from the OpenAPI document (`npm run api:types`), so a field renamed or
// retyped on the server fails the web app's type check instead of the page.

/** `GET /cases` and `GET /cases/my-tasks`: a page of cases, with the server's "today". */
export type CasePage = Answer<'/api/cases', 'get'>;
/** One row of the case lists. Amounts in integer fen. */
export type CaseItem = CasePage['items'][number];
/** Case statuses (经办状态), as the server's `status`. */
export type CaseStatus = CaseItem['status'];
export type Awaiting = NonNullable<CaseItem['awaiting']>;
export type CaseActor = Awaiting['actor'];

/** The list filters, as `GET /cases` takes them (the two flags as booleans here). */
type ListQuery = NonNullable<paths['/api/cases']['get']['parameters']['query']>;
export type CaseFilters = {
  [K in Exclude<keyof ListQuery, 'page' | 'pageSize' | 'overdue' | 'dueSoon'>]?: ListQuery[K] | undefined;
} & { overdue?: boolean | undefined; dueSoon?: boolean | undefined };

/**
 * `GET /cases/:id`: the case file every step answers, with the rules' evaluation frozen at review
 * (`payableTotal` absent on cases frozen before the engine summed payable lines).
 */
export type CaseDetail = Answer<'/api/cases/{id}', 'get'>;
export type FrozenEvaluation = NonNullable<CaseDetail['frozenEvaluation']>;
export type CaseMaterial = CaseDetail['materials'][number];
export type CaseEvent = CaseDetail['events'][number];
export type SupplementNotice = CaseDetail['supplementNotices'][number];
export type BenefitClaim = CaseDetail['claims'][number];
export type FrozenFacts = NonNullable<CaseDetail['frozenFacts']>;
export type HumanChecks = CaseDetail['humanChecks'];

/** 事项 (`GET /case-types`). */
export type CaseTypeDef = Answer<'/api/case-types', 'get'>[number];
export type CaseTypeMaterial = CaseTypeDef['materials'][number];

/** `POST /cases`. */
export type CreateCaseBody = Body<'/api/cases', 'post'>;
export type MaterialTick = NonNullable<CreateCaseBody['materials']>[number];
