import type { Answer, Body } from '../../app/api/typed-client';

// The policy types are the server's response schemas (apps/server/src/modules/policy/
// policy.views.ts, themselves checked against the rules package's types), read from the OpenAPI
// document (`npm run api:types`).

/** `GET /policies`: a policy of the catalogue, with the local name of its jurisdiction (or null). */
export type PolicySummary = Answer<'/api/policies', 'get'>[number];
/** `GET /policies/:id`: the summary, parameter values (YAML and administered) and worked examples. */
export type PolicyDetail = Answer<'/api/policies/{id}', 'get'>;
export type PolicyExample = PolicyDetail['examples'][number];

export type ApplicantKind = PolicySummary['applicantKinds'][number];
/** A citation: document number plus clause, title and publication date where known. */
export type PolicyReference = PolicySummary['document'];
export type PolicyTimeLimit = PolicySummary['timeLimits'][number];
export type ParameterValues = PolicyDetail['parameterValues'][number];
export type ParameterStep = ParameterValues['steps'][number];
export type ParamUnit = ParameterValues['unit'];

/** A JSON Schema node, as much of it as the example builder reads. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  format?: string;
  minimum?: number;
  [keyword: string]: unknown;
}

/** `POST /policies/:id/evaluate`: the rules' result, documents named as configured. */
export type EvaluationResult = Answer<'/api/policies/{id}/evaluate', 'post'>;
export type Outcome = EvaluationResult['outcome'];
export type ConditionResult = EvaluationResult['conditions'][number];
export type ConditionStatus = ConditionResult['status'];
export type CheckResult = EvaluationResult['checks'][number];
export type CheckStatus = CheckResult['status'];

/** `POST /policies/:id/evaluate`. */
export type EvaluateBody = Body<'/api/policies/{id}/evaluate', 'post'>;

/** `PUT /policies/:id/parameters/:name`. */
export type ParameterValueBody = Body<'/api/policies/{id}/parameters/{name}', 'put'>;

/** An administered figure (上年度职工平均工资…): a parameter a policy leaves to local government. */
export type PolicyFigure = Answer<'/api/policy-figures', 'get'>['figures'][number];
