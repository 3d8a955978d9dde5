/**
 * Named permissions. Roles are sets of these. `adminClass` marks the permissions that belong to
 * one of the three separated administrators of 等保 (GB/T 22239-2019): no role may mix them with
 * another class, and business roles may hold none of them.
 */
export const permissionCatalogue = [
  { code: 'org:read', label: '查看机构', group: '机构', adminClass: null },
  { code: 'org:write', label: '维护机构', group: '机构', adminClass: 'system' },
  { code: 'user:read', label: '查看用户', group: '用户与角色', adminClass: 'system' },
  { code: 'user:write', label: '维护用户', group: '用户与角色', adminClass: 'system' },
  { code: 'role:read', label: '查看角色', group: '用户与角色', adminClass: 'system' },
  { code: 'role:write', label: '维护角色', group: '用户与角色', adminClass: 'system' },
  { code: 'dict:write', label: '维护字典', group: '字典', adminClass: 'system' },
  { code: 'calendar:write', label: '录入年度节假日安排', group: '工作日历', adminClass: 'system' },
  {
    code: 'deployment:configure',
    label: '设置本部署的管辖地区和政策文件文号',
    group: '部署设置',
    adminClass: 'system',
  },
  { code: 'security:manage', label: '安全策略与在线会话', group: '安全', adminClass: 'security' },
  { code: 'loginlog:read', label: '查看登录日志', group: '安全', adminClass: 'security' },
  { code: 'audit:read', label: '查看审计日志', group: '审计', adminClass: 'audit' },
  { code: 'person:read', label: '查看人员', group: '人员登记', adminClass: null },
  { code: 'person:write', label: '登记和修改人员', group: '人员登记', adminClass: null },
  { code: 'person:reveal', label: '查看完整证件号码', group: '人员登记', adminClass: null },
  { code: 'person:export', label: '导出人员名单', group: '人员登记', adminClass: null },
  {
    code: 'person:data_export',
    label: '导出本人全部个人信息（个人信息查阅复制申请）',
    group: '人员登记',
    adminClass: null,
  },
  { code: 'difficulty:decide', label: '认定就业困难人员', group: '人员登记', adminClass: null },
  { code: 'household:recognise', label: '认定和消除零就业家庭', group: '人员登记', adminClass: null },
  { code: 'employer:read', label: '查看用人单位', group: '用人单位', adminClass: null },
  { code: 'employer:write', label: '登记和修改用人单位', group: '用人单位', adminClass: null },
  { code: 'policy:read', label: '查看政策并试算', group: '政策', adminClass: null },
  { code: 'policy:configure', label: '设置地方政策参数', group: '政策', adminClass: null },
  { code: 'case:read', label: '查看经办件', group: '经办', adminClass: null },
  { code: 'case:create', label: '录入和提交申请', group: '经办', adminClass: null },
  { code: 'case:accept', label: '受理申请、出具补正告知书', group: '经办', adminClass: null },
  { code: 'case:review', label: '审核申请（规则核验、人工核查）', group: '经办', adminClass: null },
  { code: 'case:approve', label: '审批申请、公示、转财政', group: '经办', adminClass: null },
  { code: 'case:configure', label: '设置经办事项', group: '经办', adminClass: null },
  { code: 'case:finance', label: '审批用款计划、对账', group: '经办', adminClass: null },
  { code: 'case:pay', label: '拨付资金', group: '经办', adminClass: null },
  { code: 'report:read', label: '查看辖区定期报表（只读）', group: '统计报表', adminClass: null },
  { code: 'report:prepare', label: '生成、上报和更正本单位定期报表', group: '统计报表', adminClass: null },
  {
    code: 'report:review',
    label: '查看和审核下级报表、汇总、设置报送时限',
    group: '统计报表',
    adminClass: null,
  },
  { code: 'stats:read', label: '查看统计指标和穿透明细', group: '统计', adminClass: null },
  { code: 'assessment:submit', label: '上报考核完成情况和佐证材料', group: '考核', adminClass: null },
  { code: 'assessment:review', label: '审核考核上报、计分、发布结果和通报', group: '考核', adminClass: null },
  { code: 'training:read', label: '查看培训机构、培训班和学员', group: '职业培训', adminClass: null },
  {
    code: 'training:manage',
    label: '审核认定培训机构、审批开班、考评和处理机构',
    group: '职业培训',
    adminClass: null,
  },
  {
    code: 'training:operate',
    label: '培训机构：申请认定和开班、报名、考勤、录入结果（仅本机构）',
    group: '职业培训',
    adminClass: null,
  },
  {
    code: 'entrepreneurship:read',
    label: '查看创业学员档案、专家、项目库、孵化基地、创业实体和担保贷款',
    group: '创业服务',
    adminClass: null,
  },
  {
    code: 'entrepreneurship:write',
    label: '登记创业学员档案、计划书、跟踪指导、项目和孵化基地，受理担保贷款申请',
    group: '创业服务',
    adminClass: null,
  },
  {
    code: 'entrepreneurship:manage',
    label: '管理专家和创业讲师、审核担保贷款、核算贴息、评定信用社区',
    group: '创业服务',
    adminClass: null,
  },
  {
    code: 'entrepreneurship:review',
    label: '创业专家：评审分配给本人的创业计划书和项目、记录指导',
    group: '创业服务',
    adminClass: null,
  },
  {
    code: 'loan:operate',
    label: '经办银行：放款、导入还款文件、展期和逾期登记（仅本行贷款）',
    group: '创业服务',
    adminClass: null,
  },
  {
    code: 'health_check:read',
    label: '查看体检医院、体检计划、进度、档案返还和结算（不含健康数据）',
    group: '职工健康体检',
    adminClass: null,
  },
  {
    code: 'health_check:manage',
    label: '医保处：确定体检医院、制定计划和分配、审核档案、质量抽查、满意率汇总、结算',
    group: '职工健康体检',
    adminClass: null,
  },
  {
    code: 'health_check:operate',
    label: '定点体检医院：核验身份、录入体检结果、重要异常通知、周报、档案返还（仅本院）',
    group: '职工健康体检',
    adminClass: null,
  },
  {
    code: 'health_check:reveal',
    label: '查看体检结果等健康数据（须说明用途，逐次审计）',
    group: '职工健康体检',
    adminClass: null,
  },
  {
    code: 'screening:read',
    label: '政策找人：查看本辖区线索，发起申请或排除（须说明理由）',
    group: '政策找人',
    adminClass: null,
  },
  {
    code: 'screening:run',
    label: '政策找人：立即运行筛查',
    group: '政策找人',
    adminClass: null,
  },
  {
    code: 'entitlement:read',
    label: '定期待遇：查看公益性岗位台账、定期待遇、发放名单和多发追回',
    group: '定期待遇',
    adminClass: null,
  },
  {
    code: 'entitlement:manage',
    label: '定期待遇：登记公益性岗位，将已批准的案件设为定期发放',
    group: '定期待遇',
    adminClass: null,
  },
  {
    code: 'entitlement:run',
    label: '定期待遇：生成每期发放名单（核对停发情形），审核“4050”人员延长，处理多发追回',
    group: '定期待遇',
    adminClass: null,
  },
  {
    code: 'assessment:configure',
    label: '制定考核方案和任务（指标、目标、分值）',
    group: '考核',
    adminClass: null,
  },
] as const;

export type Permission = (typeof permissionCatalogue)[number]['code'];
export type AdminClass = 'system' | 'security' | 'audit';

const byCode = new Map<string, (typeof permissionCatalogue)[number]>(
  permissionCatalogue.map((p) => [p.code, p]),
);

export const isPermission = (code: string): code is Permission => byCode.has(code);
export const adminClassOf = (code: Permission): AdminClass | null => byCode.get(code)?.adminClass ?? null;
