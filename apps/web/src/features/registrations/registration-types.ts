import type { paths } from '../../app/api/openapi';
import type { Answer, Body } from '../../app/api/typed-client';

export type EmploymentRegistration = Answer<
  '/api/persons/{id}/employment-registrations',
  'get'
>['items'][number];

export type UnemploymentRegistration = Answer<
  '/api/persons/{id}/unemployment-registrations',
  'get'
>['items'][number];

export type DifficultyDetermination = Answer<
  '/api/persons/{id}/difficulty-determinations',
  'get'
>['items'][number];

export type UnemploymentListRow = Answer<'/api/unemployment-registrations', 'get'>['items'][number];
export type DifficultyListRow = Answer<'/api/difficulty-determinations', 'get'>['items'][number];

/** List rows carry the person's name and masked ID number. */
export type WithPerson = Pick<UnemploymentListRow & DifficultyListRow, 'personName' | 'idNumberMasked'>;

export type EmploymentBody = Body<'/api/persons/{id}/employment-registrations', 'post'>;
export type UnemploymentBody = Body<'/api/persons/{id}/unemployment-registrations', 'post'>;
export type EndBody = Body<'/api/employment-registrations/{id}/end', 'post'> &
  Body<'/api/unemployment-registrations/{id}/end', 'post'>;
export type DetermineBody = Body<'/api/persons/{id}/difficulty-determinations', 'post'>;
export type ExitBody = Body<'/api/difficulty-determinations/{id}/exit', 'post'>;

type UnemploymentListQuery = NonNullable<
  paths['/api/unemployment-registrations']['get']['parameters']['query']
>;
type DifficultyListQuery = NonNullable<paths['/api/difficulty-determinations']['get']['parameters']['query']>;

export type UnemploymentListFilters = Omit<UnemploymentListQuery, 'page' | 'pageSize'>;
export type DifficultyListFilters = Omit<DifficultyListQuery, 'page' | 'pageSize'>;

/** The filters both registry lists share (organisation, open or closed as 'true' / 'false', dates). */
export type RecordListFilters = Pick<
  UnemploymentListFilters & DifficultyListFilters,
  'orgId' | 'open' | 'from' | 'to'
>;

/** The categories of `001 篇3 三(三)1`, as the server's rules package names them. */
export type DifficultyCategory = Body<'/api/persons/{id}/difficulty-determinations', 'post'>['category'];

export const difficultyCategoryLabels: Record<DifficultyCategory, string> = {
  urban_unemployed_4050: '城镇失业人员中的“4050”人员',
  unemployed_minimum_living: '享受城镇居民最低生活保障的失业人员',
  zero_employment_household: '城镇零就业家庭人员',
  long_term_unemployed: '城镇失业登记1年以上就业转失业人员',
  hardship_certificate: '持有《特困证》劳动力',
  rural_minimum_living_labour: '农村低保家庭劳动力',
  special_disease_dependant: '需赡养经医保机构确定特殊病种的直系家属人员',
  rural_veteran_or_landless_4050: '农村复转军人和被征地农民中生活困难的“4050”人员',
};

const categoryLabelsByCode: Partial<Record<string, string>> = difficultyCategoryLabels;

/** The label of a category as a determination answers it (a string), or the code itself if unknown. */
export const difficultyCategoryLabel = (code: string): string => categoryLabelsByCode[code] ?? code;

export const difficultyCategoryOptions = (Object.keys(difficultyCategoryLabels) as DifficultyCategory[]).map(
  (value) => ({ value, label: difficultyCategoryLabels[value] }),
);

export const registrationDicts = {
  employmentForm: 'employment_form',
  employmentEndReason: 'employment_end_reason',
  unemploymentReason: 'unemployment_reason',
  unemploymentEndReason: 'unemployment_end_reason',
  difficultyExitReason: 'difficulty_exit_reason',
} as const;
