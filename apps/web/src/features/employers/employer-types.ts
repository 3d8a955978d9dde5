import type { paths } from '../../app/api/openapi';
import type { Answer, Body } from '../../app/api/typed-client';

export type EmployerItem = Answer<'/api/employers', 'get'>['items'][number];

type EmployerQuery = NonNullable<paths['/api/employers']['get']['parameters']['query']>;

export type EmployerSort = NonNullable<EmployerQuery['sort']>;

export type EmployerFilters = Pick<EmployerQuery, 'q' | 'orgId' | 'type' | 'industry'>;

export type EmployerBody = Body<'/api/employers', 'post'>;

export type EmployerPatch = Body<'/api/employers/{id}', 'patch'>;

/** Dictionary codes (server `dictionary-seed.ts`) behind the coded employer fields. */
export const employerDicts = {
  type: 'employer_type',
  industry: 'industry',
  size: 'employer_size',
} as const;
