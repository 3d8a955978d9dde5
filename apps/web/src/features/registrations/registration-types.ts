export interface EmploymentRegistration {
  id: string;
  personId: string;
  employerId: string | null;
  employerName: string | null;
  form: string;
  startedOn: string;
  endedOn: string | null;
  endReason: string | null;
  version: number;
}

export interface UnemploymentRegistration {
  id: string;
  personId: string;
  registeredOn: string;
  stationId: number;
  stationName: string;
  certificateNumber: string;
  reason: string;
  endedOn: string | null;
  endReason: string | null;
  version: number;
}

export interface DifficultyDetermination {
  id: string;
  personId: string;
  unemploymentRegistrationId: string;
  category: DifficultyCategory;
  evidence: string;
  decidedOn: string;
  decidedByName: string;
  exitedOn: string | null;
  exitReason: string | null;
  version: number;
}

/** List rows carry the person's name and masked ID number. */
export interface WithPerson {
  personName: string;
  idNumberMasked: string;
}

export interface EmploymentStatus {
  employed: boolean;
  age: number;
  is4050: boolean;
  is4050Reason: string;
  retirementDate: string;
  retirementDescription: string;
  retired: boolean;
  isDifficultyPerson: boolean;
  openEmploymentRegistration: EmploymentRegistration | null;
  openUnemploymentRegistration: UnemploymentRegistration | null;
  activeDifficultyCategories: DifficultyCategory[];
}

export interface RecordListFilters {
  orgId?: number;
  open?: boolean;
  from?: string;
  to?: string;
  category?: DifficultyCategory;
}

/** The categories of `001 篇3 三(三)1`, as the server's rules package names them. */
export const difficultyCategoryLabels = {
  urban_unemployed_4050: '城镇失业人员中的“4050”人员',
  unemployed_minimum_living: '享受城镇居民最低生活保障的失业人员',
  zero_employment_household: '城镇零就业家庭人员',
  long_term_unemployed: '城镇失业登记1年以上就业转失业人员',
  hardship_certificate: '持有《特困证》劳动力',
  rural_minimum_living_labour: '农村低保家庭劳动力',
  special_disease_dependant: '需赡养经医保机构确定特殊病种的直系家属人员',
  rural_veteran_or_landless_4050: '农村复转军人和被征地农民中生活困难的“4050”人员',
} as const;
export type DifficultyCategory = keyof typeof difficultyCategoryLabels;
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
