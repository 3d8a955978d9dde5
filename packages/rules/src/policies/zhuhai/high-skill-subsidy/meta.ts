import type { MaterialsList, TimeLimit } from '../../../engine/policy.ts';

/** Materials, time limits and reading notes of 珠劳社〔2024〕82号 (seed 000 第三篇 四、五). */
export const materials: readonly MaterialsList[] = [
  {
    applicant: 'institution_on_behalf',
    label: '培训补贴（职业培训机构代补贴对象申领）',
    clause: '第四条第（二）项第1目',
    items: [
      '《珠海市高技能人才培训鉴定补贴申请表》',
      '《珠海市高技能人才培训鉴定补贴人员花名册》',
      '国家职业资格证书原件和复印件',
      '补贴对象委托书',
    ],
  },
  {
    applicant: 'institution_on_behalf',
    label: '技能鉴定补贴（市鉴定中心申领）',
    clause: '第四条第（二）项第2目',
    items: ['《珠海市高技能人才培训鉴定补贴申请表》', '《珠海市高技能人才培训鉴定补贴人员花名册》'],
  },
];

export const timeLimits: readonly TimeLimit[] = [
  {
    id: 'application',
    label: '申领补贴时间',
    unit: 'days',
    amount: 60,
    from: '核发国家职业资格证书之日',
    clause: '第四条第（一）项',
    holidayPostponement: true,
    consequence: '逾期申请视作自动放弃补贴（第五条第（一）项）',
  },
  {
    id: 'bureau_to_finance',
    label: '市劳动保障局审核后转送市财政部门',
    unit: 'working_days',
    amount: 8,
    from: '在《申请表》上加具意见之日',
    clause: '第四条第（三）项第1目',
    holidayPostponement: true,
  },
  {
    id: 'finance_approval',
    label: '市财政部门完成用款计划审批',
    unit: 'working_days',
    amount: 7,
    from: '接到市劳动保障局转来的补贴材料之日',
    clause: '第四条第（三）项第2目',
    holidayPostponement: true,
  },
];

export const notes: readonly string[] = [
  '参数按证书核发日期取值（补贴权利自取得证书时产生）。',
  '“从公布紧缺技工工种补贴范围之日起执行”理解为：证书核发日期不早于该工种列入补贴范围的公布日期。',
  '“1年以上”“3年以上”含本数；无固定期限劳动合同视为满足。',
  '培训部分与鉴定部分分别由培训机构和鉴定中心申领，“每个等级每人只能享受一次”按等级和部分分别判断。',
];
