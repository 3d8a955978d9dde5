import { dataOf, typedApi } from '../../app/api/typed-client';
import { api } from '../../app/api-client';
import type {
  EvaluateBody,
  EvaluationResult,
  ParameterValueBody,
  PolicyDetail,
  PolicySummary,
} from './policy-types';

export const policiesKey = ['policies'] as const;

const path = (id: string) => `/policies/${encodeURIComponent(id)}`;

// The catalogue, a policy and an evaluation stay on `api`: the OpenAPI document's schemas for them
// are loose (id, name and input schema; outcome, amounts and explanation), the full shapes being
// the rules package's.
export const fetchPolicies = () => api.get<PolicySummary[]>('/policies');

export const fetchPolicy = (id: string) => api.get<PolicyDetail>(path(id));

export const evaluatePolicy = (id: string, body: EvaluateBody) =>
  api.post<EvaluationResult>(`${path(id)}/evaluate`, body);

export const setParameterValue = (id: string, name: string, body: ParameterValueBody) =>
  dataOf(typedApi.PUT('/api/policies/{id}/parameters/{name}', { params: { path: { id, name } }, body }));

export const figuresKey = [...policiesKey, 'figures'] as const;

export const fetchPolicyFigures = () => dataOf(typedApi.GET('/api/policy-figures'));
