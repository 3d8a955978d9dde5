import { byId, dataOf, typedApi } from '../../app/api/typed-client';
import type { EvaluateBody, ParameterValueBody } from './policy-types';

export const policiesKey = ['policies'] as const;

export const fetchPolicies = () => dataOf(typedApi.GET('/api/policies'));

export const fetchPolicy = (id: string) => dataOf(typedApi.GET('/api/policies/{id}', byId(id)));

export const evaluatePolicy = (id: string, body: EvaluateBody) =>
  dataOf(typedApi.POST('/api/policies/{id}/evaluate', { ...byId(id), body }));

export const setParameterValue = (id: string, name: string, body: ParameterValueBody) =>
  dataOf(typedApi.PUT('/api/policies/{id}/parameters/{name}', { params: { path: { id, name } }, body }));

export const figuresKey = [...policiesKey, 'figures'] as const;

export const fetchPolicyFigures = () => dataOf(typedApi.GET('/api/policy-figures'));
