import type { paths } from '../../app/api/openapi';
import type { Answer, Body } from '../../app/api/typed-client';

export type PersonPage = Answer<'/api/persons', 'get'>;
export type PersonItem = PersonPage['items'][number];

/** `version` is the optimistic lock: sent back with an edit so a concurrent change is not overwritten. */
export type PersonDetail = Answer<'/api/persons/{id}', 'get'>;

type PersonQuery = NonNullable<paths['/api/persons']['get']['parameters']['query']>;

export type PersonSort = NonNullable<PersonQuery['sort']>;

/**
 * `gender` is GB/T 2261.1 (`1` 男, `2` 女); `employment` an open employment or unemployment
 * registration; `difficultyCategory` an open difficulty determination; `employerId` works there now.
 */
export type PersonFilters = Omit<PersonQuery, 'page' | 'pageSize' | 'sort'>;

export type PersonBody = Body<'/api/persons', 'post'>;

export type PersonPatch = Body<'/api/persons/{id}', 'patch'>;

/** Dictionary codes (server `dictionary-seed.ts`) behind the coded person fields. */
export const personDicts = {
  gender: 'gender',
  ethnicity: 'ethnicity',
  education: 'education',
  hukouType: 'hukou_type',
  hukouPlace: 'hukou_place',
} as const;

/** One dated fact of the person's history (GET /persons/:id/timeline), newest first. */
export type TimelineEvent = Answer<'/api/persons/{id}/timeline', 'get'>['items'][number];
