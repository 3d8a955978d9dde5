import { api } from '../../app/api-client';
import type {
  EvaluateBody,
  EvaluationResult,
  ParameterValueBody,
  PolicyDetail,
  PolicyFigure,
  PolicySummary,
} from './policy-types';

export const policiesKey = ['policies'] as const;

const path = (id: string) => `/policies/${encodeURIComponent(id)}`;

export const fetchPolicies = () => api.get<PolicySummary[]>('/policies');

export const fetchPolicy = (id: string) => api.get<PolicyDetail>(path(id));

export const evaluatePolicy = (id: string, body: EvaluateBody) =>
  api.post<EvaluationResult>(`${path(id)}/evaluate`, body);

export const setParameterValue = (id: string, name: string, body: ParameterValueBody) =>
  api.put<unknown>(`${path(id)}/parameters/${encodeURIComponent(name)}`, body);

export const figuresKey = [...policiesKey, 'figures'] as const;

export const fetchPolicyFigures = () =>
  api.get<{ today: string; figures: PolicyFigure[] }>('/policy-figures');
