/**
 * Declared application data (申请填报) the registry does not hold, as simple form fields per
 * policy, so officers never type JSON. A policy without an entry gets the free-text remark only.
 */
export interface DeclaredField {
  name: string;
  label: string;
  kind: 'select' | 'boolean';
  options?: { value: string; label: string }[];
  initial: string | boolean;
  help?: string;
}

const declaredFields: Record<string, DeclaredField[]> = {
  'zhuhai.high-skill-subsidy': [
    {
      name: 'part',
      label: '申领项目',
      kind: 'select',
      options: [
        { value: 'both', label: '培训费和鉴定费' },
        { value: 'training', label: '培训费' },
        { value: 'appraisal', label: '鉴定费' },
      ],
      initial: 'both',
    },
    {
      name: 'organisedLocally',
      label: '培训鉴定由本市组织',
      kind: 'boolean',
      initial: true,
      help: '以纸质材料为准，审核时由审核人员核对',
    },
  ],
};

export const declaredFieldsOf = (policyId: string | undefined): DeclaredField[] =>
  (policyId && declaredFields[policyId]) || [];

/** The application data key of the free-text remark (备注). */
export const REMARK = 'remark';

/** Applicant kinds in the server's words (申请人类型). */
export const applicantKindNames: Record<string, string> = {
  person: '个人',
  institution_on_behalf: '机构代个人申领',
  institution: '机构（单位）',
  employer: '用人单位',
};

/** Whether the applicant kind names a person (个人, 机构代个人申领). */
export const concernsPerson = (kind: string | undefined) =>
  kind === 'person' || kind === 'institution_on_behalf';

/** Qingdao over-age cases keep their application (附件1) in the over-age panel. */
export const hasApplicationTab = (policyId: string) => policyId !== 'qingdao.over-age-fixed-workers';
