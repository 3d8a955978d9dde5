import { type Answer, type Body, dataOf, typedApi } from '../../app/api/typed-client';
import type { PageParams } from '../../app/paging';

export type ShortageOccupation = Answer<'/api/shortage-occupations', 'get'>['items'][number];

export type ShortageOccupationBody = Body<'/api/shortage-occupations', 'post'>;

export const shortageOccupationsKey = ['shortage-occupations'] as const;

export const fetchShortageOccupations = (q: string | undefined, paging: PageParams) =>
  dataOf(typedApi.GET('/api/shortage-occupations', { params: { query: { q, ...paging } } }));

export const createShortageOccupation = (body: ShortageOccupationBody) =>
  dataOf(typedApi.POST('/api/shortage-occupations', { body }));
