import type { ScreeningProfile } from '../../../screening/screening.ts';

/**
 * 政策找人 for 珠海 高技能人才补贴: one row per qualification certificate. The registry knows the
 * certificate, the shortage catalogue, the labour contract and the contributions; whether the training
 * and appraisal were organised in the city is the applicant's to show. Applied today: the 60-day
 * window from issue is checked against the screening date.
 */
export const screening: ScreeningProfile = {
  policyId: 'zhuhai.high-skill-subsidy',
  subject: 'certificate',
  declared: () => ({ 'certificate.organisedLocally': true }),
  amountBasis: '一次性补贴',
  basis:
    '按职业资格证书登记、紧缺工种目录、劳动合同和社会保险缴费记录判断，申请日按今日计（须在发证之日起60日内申请）；是否由本市组织培训鉴定须申请人提供证明。',
};
