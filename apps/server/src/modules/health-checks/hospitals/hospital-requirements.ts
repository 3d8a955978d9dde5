/**
 * The facilities and organisation a health-check hospital must have (000 第四篇 第二–八、十一、十九条),
 * one checklist item each. A hospital's `facilities` records which it has; designation needs them all.
 */
export const hospitalRequirements = [
  {
    code: 'independent_department',
    clause: '第二条',
    label: '独立体检科（专设内科、外科等，检查科室单设专用或设体检“绿色通道”）',
  },
  {
    code: 'separate_areas',
    clause: '第三条',
    label: '体检与普通病人分开、体检与候检场所分开，诊室相对独立，男女分室',
  },
  {
    code: 'amenities',
    clause: '第四条',
    label: '体检区域有冷暖设施、通风好，备候诊椅、轮椅、饮水机、一次性纸杯、方便食物',
  },
  { code: 'equipment_ultrasound', clause: '第五条', label: '彩色B超机' },
  { code: 'equipment_ecg', clause: '第五条', label: '心电图机' },
  { code: 'equipment_xray', clause: '第五条', label: 'X光机' },
  { code: 'equipment_biochem', clause: '第五条', label: '全自动（或半自动）生化分析仪' },
  { code: 'equipment_urine', clause: '第五条', label: '尿分析仪' },
  { code: 'equipment_sterilizer', clause: '第五条', label: '压力灭菌器、采血台、消毒器械' },
  { code: 'dedicated_pc', clause: '第五条', label: '专用电脑、打印机各一台及U盘一个' },
  { code: 'leadership_group', clause: '第六条', label: '体检工作领导小组（一名院级领导负责）' },
  { code: 'office_at_insurance_dept', clause: '第六条', label: '领导小组办公室设在医院医保科（办）' },
  { code: 'chief_examiner', clause: '第七条', label: '设总主检1职，长期从事临床工作' },
  { code: 'guides', clause: '第七条', label: '专职引导人员，全程引导体检' },
  { code: 'info_staff', clause: '第七条', label: '专职信息管理人员，负责资料录入和数据安全' },
  {
    code: 'duty_boards',
    clause: '第八条',
    label: '体检工作制度、岗位职责和人员牌匾在体检区悬挂，张贴宣传横幅或滚动字幕',
  },
  { code: 'consultation_desk', clause: '第十一条', label: '固定咨询台、明显导向标志和科室分布图' },
  { code: 'emergency_team', clause: '第十九条', label: '体检应急小组、应急方案和必要的急救设备' },
] as const;

export type RequirementCode = (typeof hospitalRequirements)[number]['code'];
export const requirementCodes = hospitalRequirements.map((r) => r.code) as [
  RequirementCode,
  ...RequirementCode[],
];

/** 总主检's professional title (第七条: 副主任医师以上). */
export const examinerTitles = ['chief', 'associate_chief', 'attending', 'resident'] as const;
export type ExaminerTitle = (typeof examinerTitles)[number];
export const examinerTitleLabels: Record<ExaminerTitle, string> = {
  chief: '主任医师',
  associate_chief: '副主任医师',
  attending: '主治医师',
  resident: '住院医师',
};
/** 副主任医师以上 */
export const seniorTitles: readonly ExaminerTitle[] = ['chief', 'associate_chief'];

/** The stored checklist (`{ code: true }`) as the codes met, in checklist order; unknown keys dropped. */
export const facilitiesMet = (facilities: Record<string, boolean>): RequirementCode[] =>
  requirementCodes.filter((code) => facilities[code] === true);

/** The codes met as stored. */
export const facilitiesRecord = (codes: readonly RequirementCode[]): Record<string, boolean> =>
  Object.fromEntries(codes.map((c) => [c, true]));
