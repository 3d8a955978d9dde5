import type { DataScope } from './access.schema.ts';
import type { AdminClass, Permission } from './permissions.ts';

interface BuiltinRole {
  code: string;
  name: string;
  permissions: Permission[];
  dataScope: DataScope;
  adminClass: AdminClass | null;
}

const registryReader: Permission[] = ['org:read', 'person:read', 'employer:read', 'policy:read'];
const registryWriter: Permission[] = [...registryReader, 'person:write', 'person:export', 'employer:write'];
/** Stations take and accept applications; the city bureau reviews and decides (DOMAIN.md C). */
const caseTaker: Permission[] = ['case:read', 'case:create', 'case:accept'];
const caseDecider: Permission[] = ['case:read', 'case:review', 'case:approve', 'case:configure'];

/** The roles every installation starts with (DOMAIN.md "Who uses it"). Business roles stay editable. */
export const builtinRoles: BuiltinRole[] = [
  {
    code: 'city_reviewer',
    name: '市局业务审核员',
    permissions: [
      ...registryWriter,
      'person:reveal',
      'person:data_export',
      'policy:configure',
      'household:recognise',
      'difficulty:decide',
      ...caseDecider,
      'report:review',
      'stats:read',
      'assessment:review',
      'assessment:configure',
      'training:read',
      'training:manage',
      'entrepreneurship:read',
      'entrepreneurship:write',
      'entrepreneurship:manage',
      'screening:read',
      'screening:run',
      'entitlement:read',
      'entitlement:manage',
      'entitlement:run',
    ],
    dataScope: 'subtree',
    adminClass: null,
  },
  {
    code: 'street_officer',
    name: '街道(乡镇)经办员',
    permissions: [
      ...registryWriter,
      'person:reveal',
      'person:data_export',
      'household:recognise',
      ...caseTaker,
      'report:prepare',
      'stats:read',
      'assessment:submit',
      'training:read',
      'entrepreneurship:read',
      'entrepreneurship:write',
      'screening:read',
      'entitlement:read',
      'entitlement:manage',
    ],
    dataScope: 'subtree',
    adminClass: null,
  },
  {
    code: 'community_worker',
    name: '社区劳动保障协理员',
    permissions: [...registryReader, 'person:write', 'employer:write', ...caseTaker, 'screening:read'],
    dataScope: 'own',
    adminClass: null,
  },
  {
    code: 'finance_officer',
    name: '财政/经办机构',
    permissions: [
      ...registryReader,
      'case:read',
      'case:finance',
      'case:pay',
      'stats:read',
      'entitlement:read',
    ],
    dataScope: 'subtree',
    adminClass: null,
  },
  {
    // Reads figures and the records behind them; changes nothing.
    code: 'bureau_leader',
    name: '局领导',
    permissions: [
      ...registryReader,
      'case:read',
      'stats:read',
      'report:read',
      'training:read',
      'entrepreneurship:read',
    ],
    dataScope: 'subtree',
    adminClass: null,
  },
  {
    code: 'training_institution',
    name: '定点培训机构',
    permissions: [
      'person:read',
      'person:write',
      'policy:read',
      'case:read',
      'case:create',
      'training:operate',
    ],
    dataScope: 'self',
    adminClass: null,
  },
  {
    // Sees only the plans and projects assigned to them (through entrepreneurship_experts.user_id).
    code: 'expert',
    name: '创业专家',
    permissions: ['entrepreneurship:review'],
    dataScope: 'self',
    adminClass: null,
  },
  {
    // Sees only its own bank's loans (through lending_bank_users).
    code: 'bank_officer',
    name: '经办银行',
    permissions: ['loan:operate'],
    dataScope: 'self',
    adminClass: null,
  },
  {
    // 医保处: runs the yearly health checks of insured employees (000 第四篇) and takes the hospitals'
    // settlements into the case chain (accepts and reviews; the city approves, finance pays).
    code: 'medical_insurance_officer',
    name: '医保处经办员',
    permissions: [
      ...registryReader,
      'health_check:read',
      'health_check:manage',
      'health_check:reveal',
      'case:read',
      'case:accept',
      'case:review',
    ],
    dataScope: 'subtree',
    adminClass: null,
  },
  {
    // Sees only its own hospital's examinees (through health_check_hospital_users).
    code: 'hospital_staff',
    name: '定点体检医院',
    permissions: ['health_check:operate'],
    dataScope: 'self',
    adminClass: null,
  },
  {
    code: 'system_admin',
    name: '系统管理员',
    permissions: [
      'org:read',
      'org:write',
      'user:read',
      'user:write',
      'role:read',
      'role:write',
      'dict:write',
      'calendar:write',
      'deployment:configure',
    ],
    dataScope: 'all',
    adminClass: 'system',
  },
  {
    code: 'security_admin',
    name: '安全管理员',
    permissions: ['security:manage', 'loginlog:read'],
    dataScope: 'all',
    adminClass: 'security',
  },
  {
    code: 'audit_admin',
    name: '审计管理员',
    permissions: ['audit:read'],
    dataScope: 'all',
    adminClass: 'audit',
  },
];
