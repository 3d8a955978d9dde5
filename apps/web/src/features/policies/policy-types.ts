import type { Answer, Body } from '../../app/api/typed-client';

export type ApplicantKind = 'person' | 'institution_on_behalf' | 'institution' | 'employer';
export type ParamUnit = 'yuan' | 'rate' | 'days' | 'months' | 'years' | 'count' | 'points' | 'date';

/** A citation: document number plus clause, title and publication date where known. */
export interface PolicyReference {
  /** how the document is cited: 《title》（文号） */
  doc: string;
  clause?: string;
  title?: string;
  /** 文号; absent where neither the text nor this deployment gives one */
  number?: string;
  published?: string;
  note?: string;
}

export interface PolicyMaterials {
  applicant: ApplicantKind;
  label: string;
  clause: string;
  items: string[];
}

export interface PolicyTimeLimit {
  id: string;
  label: string;
  unit: 'days' | 'working_days' | 'day_of_month';
  amount: number;
  from: string;
  clause: string;
  holidayPostponement: boolean;
  consequence?: string;
}

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

export interface PolicySummary {
  id: string;
  name: string;
  jurisdiction: { code: string; name: string };
  /** the local name of the policy's jurisdiction when it is one of this deployment's, else null */
  localJurisdiction: string | null;
  document: PolicyReference;
  validity: { from: string; to: string | null; clause: string };
  paysMoney: boolean;
  applicantKinds: ApplicantKind[];
  materials: PolicyMaterials[];
  timeLimits: PolicyTimeLimit[];
  notes?: string[];
  inputSchema: JsonSchema;
  conditions: { id: string; label: string; clause: string }[];
  checks: { id: string; label: string; clause?: string }[];
  amounts: { id: string; label: string }[];
  parameters: { name: string; label: string; unit: ParamUnit; by?: string }[];
}

export interface ParameterStep {
  /** null when the parameter has no breakdown */
  key: string | null;
  from: string;
  /** decimal string (or ISO date for unit "date"); null ends the definition */
  value: string | null;
  ref: PolicyReference;
  placeholder: boolean;
}

export interface ParameterValues {
  name: string;
  label: string;
  unit: ParamUnit;
  by: string | null;
  steps: ParameterStep[];
}

export interface PolicyDetail extends PolicySummary {
  parameterValues: ParameterValues[];
}

export type Outcome = 'eligible' | 'ineligible' | 'needs_review';
export type ConditionStatus = 'pass' | 'fail' | 'not_applicable' | 'not_evaluated';
export type CheckStatus = 'pending' | 'confirmed' | 'rejected';

export interface ConditionResult {
  id: string;
  label: string;
  clause: string;
  citation: string;
  status: ConditionStatus;
  sentence: string;
  detail?: string;
}

export interface CheckResult {
  id: string;
  label: string;
  citation: string;
  status: CheckStatus;
  /** the check of unset administered figures: each figure and the page where it is set */
  figures?: { name: string; key: string | null; label: string; path: string }[];
}

export interface EvaluationResult {
  policyId: string;
  on: string;
  parameterDate: string;
  eligible: boolean;
  outcome: Outcome;
  conditions: ConditionResult[];
  failed: string[];
  checks: CheckResult[];
  /** yuan as decimal strings with two places: shown as-is, never parsed */
  amounts: Record<string, string>;
  outputs: Record<string, string | number | boolean | null>;
  trace: unknown;
  explanation: string;
  explanationLines: string[];
}

/** `POST /policies/:id/evaluate`. */
export type EvaluateBody = Body<'/api/policies/{id}/evaluate', 'post'>;

/** `PUT /policies/:id/parameters/:name`. */
export type ParameterValueBody = Body<'/api/policies/{id}/parameters/{name}', 'put'>;

/** An administered figure (上年度职工平均工资…): a parameter a policy leaves to local government. */
export type PolicyFigure = Answer<'/api/policy-figures', 'get'>['figures'][number];
