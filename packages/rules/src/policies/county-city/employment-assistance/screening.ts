import type { ScreeningProfile } from '../../../screening/screening.ts';

/**
 * 政策找人 for 就业援助补贴: the registry knows age, sex, hukou, the end of the unemployment benefit and
 * whether the person is employed again; whether they stopped paying because of economic hardship is
 * theirs to declare. The claimed month is the screening month. A woman's retirement category (干部 /
 * 工人) is not in the registry: the earlier age (工人) is assumed and listed to verify; the retirement
 * condition rests on it only when 干部's later age would change the lead (near retirement under one
 * and not the other).
 */
export const screening: ScreeningProfile = {
  policyId: 'county-city.employment-assistance',
  subject: 'person',
  declared: () => ({ insurancePaid: false, economicHardship: true }),
  dated: (on) => ({ 'period.fromMonth': on.slice(0, 7), 'period.toMonth': on.slice(0, 7) }),
  whenUnknown: { 'person.retirementCategory': 'female_worker' },
  alsoPossible: { 'person.retirementCategory': ['female_cadre'] },
  amountBasis: '按本月1个月计',
  basis:
    '按登记信息（年龄、户籍、失业保险金领取期满日期、就业登记）判断，申领月份按本月计；未缴费及经济困难情况须本人申报并经核实。',
};
