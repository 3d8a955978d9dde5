import {
  AccountBookOutlined,
  AimOutlined,
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  BookOutlined,
  BulbOutlined,
  CalculatorOutlined,
  CalendarOutlined,
  ControlOutlined,
  DesktopOutlined,
  DollarOutlined,
  FileExcelOutlined,
  FileTextOutlined,
  FolderOpenOutlined,
  GlobalOutlined,
  HeartOutlined,
  HomeOutlined,
  IdcardOutlined,
  LoginOutlined,
  MedicineBoxOutlined,
  NotificationOutlined,
  ProfileOutlined,
  ReadOutlined,
  RocketOutlined,
  RollbackOutlined,
  SafetyCertificateOutlined,
  SafetyOutlined,
  ScheduleOutlined,
  SettingOutlined,
  ShopOutlined,
  SolutionOutlined,
  SyncOutlined,
  TableOutlined,
  TeamOutlined,
  ToolOutlined,
  TrophyOutlined,
  UnorderedListOutlined,
  UploadOutlined,
  UsergroupAddOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import type { ReactNode } from 'react';

interface MenuLeaf {
  path: string;
  label: string;
  icon: ReactNode;
  /** Permission needed to see the entry (any of a list); none means every signed-in user. */
  permission?: string | readonly string[];
}

interface MenuGroup {
  key: string;
  label: string;
  children: MenuLeaf[];
}

const menu: (MenuLeaf | MenuGroup)[] = [
  { path: '/', label: '首页', icon: <HomeOutlined /> },
  {
    key: 'registry',
    label: '业务经办',
    children: [
      { path: '/tasks', label: '我的待办', icon: <ScheduleOutlined />, permission: 'case:read' },
      { path: '/tools', label: '办事工具', icon: <CalculatorOutlined /> },
      { path: '/cases', label: '案件列表', icon: <ProfileOutlined />, permission: 'case:read' },
      { path: '/persons', label: '人员管理', icon: <UsergroupAddOutlined />, permission: 'person:read' },
      { path: '/households', label: '家庭与零就业', icon: <HomeOutlined />, permission: 'person:read' },
      { path: '/imports', label: 'Excel 导入', icon: <UploadOutlined />, permission: 'person:write' },
      {
        path: '/unemployment-registrations',
        label: '失业登记',
        icon: <IdcardOutlined />,
        permission: 'person:read',
      },
      {
        path: '/difficulty-determinations',
        label: '就业困难人员',
        icon: <HeartOutlined />,
        permission: 'person:read',
      },
      { path: '/case-batches', label: '花名册', icon: <FileExcelOutlined />, permission: 'case:create' },
      { path: '/statistics', label: '统计指标', icon: <BarChartOutlined />, permission: 'stats:read' },
      {
        path: '/finance',
        label: '财政拨付',
        icon: <DollarOutlined />,
        permission: ['case:approve', 'case:finance'],
      },
      {
        path: '/finance/plans',
        label: '用款计划',
        icon: <AccountBookOutlined />,
        permission: 'case:finance',
      },
      {
        path: '/reports',
        label: '定期统计报表',
        icon: <TableOutlined />,
        permission: ['report:read', 'report:prepare', 'report:review'],
      },
      {
        path: '/town-assessment',
        label: '街镇考核',
        icon: <TrophyOutlined />,
        permission: ['assessment:submit', 'assessment:review', 'assessment:configure'],
      },
      { path: '/public-notices', label: '公示管理', icon: <NotificationOutlined />, permission: 'case:read' },
      { path: '/employers', label: '用人单位', icon: <BankOutlined />, permission: 'employer:read' },
      {
        path: '/assessment/recruitment',
        label: '招工服务考核',
        icon: <TrophyOutlined />,
        permission: ['assessment:submit', 'assessment:review'],
      },
      { path: '/policies', label: '政策目录', icon: <FileTextOutlined />, permission: 'policy:read' },
      {
        path: '/policy-figures',
        label: '政策参数',
        icon: <ControlOutlined />,
        permission: 'policy:configure',
      },
      { path: '/case-types', label: '经办事项设置', icon: <SettingOutlined />, permission: 'case:configure' },
      {
        path: '/shortage-occupations',
        label: '紧缺工种目录',
        icon: <ToolOutlined />,
        permission: 'policy:read',
      },
    ],
  },
  {
    key: 'training',
    label: '职业培训',
    children: [
      {
        path: '/training/institutions',
        label: '定点培训机构',
        icon: <ReadOutlined />,
        permission: 'training:read',
      },
      {
        path: '/training/my-institution',
        label: '本机构',
        icon: <ShopOutlined />,
        permission: 'training:operate',
      },
      {
        path: '/training/classes',
        label: '培训班',
        icon: <ReadOutlined />,
        permission: ['training:read', 'training:operate'],
      },
      {
        path: '/training/progress',
        label: '培训计划进展',
        icon: <BarChartOutlined />,
        permission: 'training:read',
      },
      {
        path: '/training/report',
        label: '进展情况报告',
        icon: <FileExcelOutlined />,
        permission: 'training:read',
      },
      {
        path: '/training/league',
        label: '定点机构排行',
        icon: <TrophyOutlined />,
        permission: ['training:read', 'training:operate'],
      },
    ],
  },
  // 创业服务: the SYB chain from trainee file to loan, business and the plan's progress
  {
    key: 'entrepreneurship',
    label: '创业服务',
    children: [
      {
        path: '/entrepreneurship/files',
        label: '创业学员档案',
        icon: <SolutionOutlined />,
        permission: 'entrepreneurship:read',
      },
      {
        path: '/entrepreneurship/experts',
        label: '专家和教师',
        icon: <TeamOutlined />,
        permission: 'entrepreneurship:read',
      },
      {
        path: '/entrepreneurship/projects',
        label: '创业项目库',
        icon: <BulbOutlined />,
        permission: 'entrepreneurship:read',
      },
      {
        path: '/entrepreneurship/reviews',
        label: '专家评审',
        icon: <RocketOutlined />,
        permission: 'entrepreneurship:review',
      },
      {
        path: '/entrepreneurship/loans',
        label: '创业担保贷款',
        icon: <DollarOutlined />,
        // A bank's staff find the same loans (their own) under 本行贷款与还款 with the repayment import.
        permission: 'entrepreneurship:read',
      },
      {
        path: '/entrepreneurship/banks',
        label: '本行贷款与还款',
        icon: <BankOutlined />,
        permission: 'loan:operate',
      },
      {
        path: '/entrepreneurship/lending-banks',
        label: '经办银行',
        icon: <BankOutlined />,
        permission: 'entrepreneurship:manage',
      },
      {
        path: '/entrepreneurship/interest-subsidies',
        label: '贷款贴息申报',
        icon: <AccountBookOutlined />,
        permission: ['entrepreneurship:manage', 'loan:operate'],
      },
      {
        path: '/entrepreneurship/businesses',
        label: '创业实体',
        icon: <ShopOutlined />,
        permission: 'entrepreneurship:read',
      },
      {
        path: '/entrepreneurship/incubation-bases',
        label: '孵化基地和联谊会',
        icon: <HomeOutlined />,
        permission: 'entrepreneurship:read',
      },
      {
        path: '/entrepreneurship/kpis',
        label: '创业计划进展',
        icon: <BarChartOutlined />,
        permission: 'entrepreneurship:read',
      },
      {
        path: '/entrepreneurship/credit-communities',
        label: '信用社区',
        icon: <BankOutlined />,
        permission: 'entrepreneurship:read',
      },
    ],
  },
  {
    key: 'health-checks',
    label: '职工健康体检',
    children: [
      {
        path: '/health-checks/hospitals',
        label: '体检医院',
        icon: <MedicineBoxOutlined />,
        permission: 'health_check:read',
      },
      {
        path: '/health-checks/my-hospital',
        label: '本院信息',
        icon: <MedicineBoxOutlined />,
        permission: 'health_check:operate',
      },
      {
        path: '/health-checks/plans',
        label: '体检计划与分配',
        icon: <ScheduleOutlined />,
        permission: 'health_check:read',
      },
      {
        path: '/health-checks/examinees',
        label: '受检人员',
        icon: <IdcardOutlined />,
        permission: 'health_check:operate',
      },
      {
        path: '/health-checks/examinations',
        label: '体检记录',
        icon: <IdcardOutlined />,
        permission: ['health_check:read', 'health_check:operate'],
      },
      {
        path: '/health-checks/findings',
        label: '重要异常通知',
        icon: <AlertOutlined />,
        permission: ['health_check:read', 'health_check:operate'],
      },
      {
        path: '/health-checks/weekly-reports',
        label: '体检进度周报',
        icon: <FileTextOutlined />,
        permission: ['health_check:read', 'health_check:operate'],
      },
      {
        path: '/health-checks/archives',
        label: '档案审核与返还',
        icon: <FolderOpenOutlined />,
        permission: ['health_check:read', 'health_check:operate'],
      },
      {
        path: '/health-checks/quality',
        label: '质量抽查与满意率',
        icon: <SafetyCertificateOutlined />,
        permission: 'health_check:read',
      },
      {
        path: '/health-checks/settlements',
        label: '体检费用结算',
        icon: <AccountBookOutlined />,
        permission: ['health_check:read', 'health_check:operate'],
      },
    ],
  },
  {
    key: 'screening',
    label: '政策找人',
    children: [
      {
        path: '/screening/leads',
        label: '线索清单',
        icon: <AimOutlined />,
        permission: 'screening:read',
      },
      {
        path: '/screening/runs',
        label: '筛查运行',
        icon: <SyncOutlined />,
        permission: 'screening:read',
      },
    ],
  },
  {
    key: 'entitlements',
    label: '定期待遇',
    children: [
      {
        path: '/entitlements/posts',
        label: '公益性岗位台账',
        icon: <IdcardOutlined />,
        permission: 'entitlement:read',
      },
      {
        path: '/entitlements',
        label: '定期待遇',
        icon: <ScheduleOutlined />,
        permission: 'entitlement:read',
      },
      {
        path: '/entitlements/runs',
        label: '发放名单',
        icon: <UnorderedListOutlined />,
        permission: 'entitlement:read',
      },
      {
        path: '/entitlements/recoveries',
        label: '多发追回',
        icon: <RollbackOutlined />,
        permission: 'entitlement:read',
      },
    ],
  },
  {
    key: 'system',
    label: '系统管理',
    children: [
      { path: '/orgs', label: '机构管理', icon: <ApartmentOutlined />, permission: 'org:read' },
      { path: '/users', label: '用户管理', icon: <UserOutlined />, permission: 'user:read' },
      { path: '/roles', label: '角色管理', icon: <TeamOutlined />, permission: 'role:read' },
      { path: '/dicts', label: '字典管理', icon: <BookOutlined />, permission: 'dict:write' },
      {
        path: '/deployment',
        label: '部署设置',
        icon: <GlobalOutlined />,
        permission: 'deployment:configure',
      },
      {
        path: '/calendar',
        label: '工作日历',
        icon: <CalendarOutlined />,
        permission: ['calendar:write', 'case:read'],
      },
    ],
  },
  {
    key: 'security',
    label: '安全审计',
    children: [
      {
        path: '/security/settings',
        label: '安全设置',
        icon: <SafetyOutlined />,
        permission: 'security:manage',
      },
      {
        path: '/security/sessions',
        label: '在线会话',
        icon: <DesktopOutlined />,
        permission: 'security:manage',
      },
      { path: '/logs/login', label: '登录日志', icon: <LoginOutlined />, permission: 'loginlog:read' },
      { path: '/logs/audit', label: '审计日志', icon: <AuditOutlined />, permission: 'audit:read' },
    ],
  },
];

type Item = Required<MenuProps>['items'][number];

function leafItem(leaf: MenuLeaf): Item {
  return { key: leaf.path, icon: leaf.icon, label: leaf.label };
}

/** The side menu, keeping only the entries the user's permissions allow. */
export function buildMenuItems(permissions: readonly string[]): Item[] {
  const allowed = ({ permission }: MenuLeaf) =>
    !permission || [permission].flat().some((p) => permissions.includes(p));
  return menu.flatMap((entry): Item[] => {
    if ('path' in entry) return allowed(entry) ? [leafItem(entry)] : [];
    const children = entry.children.filter(allowed).map(leafItem);
    return children.length ? [{ key: entry.key, type: 'group', label: entry.label, children }] : [];
  });
}

/** The menu key to highlight for a location: the longest entry path that prefixes it. */
export function selectedMenuKey(pathname: string): string {
  const paths = menu.flatMap((entry) => ('path' in entry ? [entry.path] : entry.children.map((c) => c.path)));
  const matches = paths.filter((p) => p !== '/' && (pathname === p || pathname.startsWith(`${p}/`)));
  return matches.sort((a, b) => b.length - a.length)[0] ?? '/';
}
