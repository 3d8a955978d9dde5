/** The target groups of a trainee (no I/O: the web app reads the labels too). */
export const TRAINEE_GROUPS = [
  'certificate_holder',
  'registered_unemployed',
  'rural_migrant',
  'graduate',
  'difficulty_person',
  'school_leaver',
] as const;
export type TraineeGroup = (typeof TRAINEE_GROUPS)[number];

export const TRAINEE_GROUP_LABELS: Readonly<Record<TraineeGroup, string>> = {
  certificate_holder: '持《再就业优惠证》或《就业创业证》人员',
  registered_unemployed: '城镇其他登记失业人员',
  rural_migrant: '进城务工的农村劳动者',
  graduate: '大中专毕业生',
  difficulty_person: '就业困难人员',
  school_leaver: '有就业要求的初高中毕业生（劳动预备制）',
};
