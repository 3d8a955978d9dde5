import { type Answer, type Body, dataOf, typedApi } from '../../../app/api/typed-client';

export type IncubationOverview = Answer<'/api/entrepreneurship/incubation-bases', 'get'>;
export type IncubationBase = IncubationOverview['bases'][number];
export type IncubationBaseDetail = Answer<'/api/entrepreneurship/incubation-bases/{id}', 'get'>;
export type BaseBody = Body<'/api/entrepreneurship/incubation-bases', 'post'>;

export const incubationKey = ['entrepreneurship', 'incubation'] as const;

export const fetchIncubation = () => dataOf(typedApi.GET('/api/entrepreneurship/incubation-bases'));

export const fetchBase = (id: string) =>
  dataOf(typedApi.GET('/api/entrepreneurship/incubation-bases/{id}', { params: { path: { id } } }));

export const createBase = (body: BaseBody) =>
  dataOf(typedApi.POST('/api/entrepreneurship/incubation-bases', { body }));
