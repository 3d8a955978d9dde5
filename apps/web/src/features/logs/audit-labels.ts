/** Chinese names of the audited actions (server `recordAudit` calls); unknown codes are shown as they are. */
const actionLabels: Record<string, string> = {
  'auth.login': '登录',
  'auth.logout': '退出登录',
  'auth.change_password': '修改密码',
  'auth.totp_enrol': '绑定动态口令',
  'org.create': '新建机构',
  'org.update': '修改机构',
  'user.create': '新建用户',
  'user.update': '修改用户',
  'user.disable': '禁用用户',
  'user.reset_password': '重置密码',
  'user.unlock': '解锁用户',
  'role.create': '新建角色',
  'role.update': '修改角色',
  'dict.item.create': '新增字典项',
  'dict.item.update': '修改字典项',
  'security.settings.update': '修改安全设置',
  'security.session.end': '强制下线',
  'person.create': '登记人员',
  'person.update': '修改人员',
  'person.reveal_id': '查看完整证件号',
  'person.export': '导出人员名单',
};

const targetTypeLabels: Record<string, string> = {
  user: '用户',
  organisation: '机构',
  role: '角色',
  person: '人员',
  dict_item: '字典项',
  settings: '安全设置',
};

export const actionLabel = (action: string) => actionLabels[action] ?? action;

export const targetTypeLabel = (type: string | null) => (type ? (targetTypeLabels[type] ?? type) : '—');
