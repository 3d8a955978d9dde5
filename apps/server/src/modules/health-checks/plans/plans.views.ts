import { z } from 'zod';
import { contributionMonths, dateRanges } from '../../../platform/dates/date-ranges.ts';
import { isoDateIn, isoMonthIn, PageNumber, Version } from '../../../platform/http/input-schemas.ts';
import { pageOf, QueryBoolean } from '../../../platform/http/paging.ts';
import { FEE_PATTERN } from './plan-package.ts';
import { examineeStatuses, planStatuses, visitModes } from './plans.schema.ts';

/** Request and response schemas of the plan and examinee routes (bounded inputs, named outputs). */

export const tags = ['职工健康体检·体检计划'];
export const IdParams = z.object({ id: z.uuid() });
const day = isoDateIn(dateRanges.casework);

export const PackageItemInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,39}$/, '项目代码为2至40位小写字母、数字或下划线，以字母开头'),
  name: z.string().trim().min(1).max(60),
  fee: z.string().trim().regex(FEE_PATTERN, '费用须为最多两位小数的元数，每项不超过99999.99元'),
  referenceRange: z.string().trim().max(60).default(''),
  unit: z.string().trim().max(20).default(''),
});

const planFields = {
  year: z.number().int().min(2000).max(2100),
  name: z.string().trim().min(2).max(100),
  startOn: day,
  endOn: day,
  /** YYYY-MM */
  eligibilityMonth: isoMonthIn(contributionMonths),
  items: z.array(PackageItemInput).min(1).max(60),
};
export const PlanBody = z.object({ ...planFields, items: planFields.items.optional() });
export const PlanPatch = z.object(planFields).partial().extend({ version: Version });
export const VersionBody = z.object({ version: Version });

const PackageItem = z.object({
  code: z.string(),
  name: z.string(),
  fee: z.string(),
  referenceRange: z.string(),
  unit: z.string(),
});
const PlanStatus = z.enum(planStatuses);
export const PlanListItem = z.object({
  id: z.string(),
  year: z.number(),
  name: z.string(),
  startOn: z.string(),
  endOn: z.string(),
  eligibilityMonth: z.string(),
  status: PlanStatus,
  statusLabel: z.string(),
  /** the package's fee per examinee, yuan */
  total: z.string(),
  examinees: z.number(),
});
export const PlanList = pageOf(PlanListItem);
export const PlanDetail = PlanListItem.extend({
  items: z.array(PackageItem),
  version: z.number(),
  counts: z.object({
    eligible: z.number(),
    allocated: z.number(),
    examined: z.number(),
    absent: z.number(),
    notified: z.number(),
    homeVisits: z.number(),
  }),
  /** designated hospitals an examinee may be allocated to, with their planned daily volume */
  hospitals: z.array(z.object({ id: z.string(), name: z.string(), plannedDailyVolume: z.number() })),
});
export const PlanQuery = z.object({
  page: PageNumber.default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

/** An employer's id, or `none` for the flexible workers (灵活就业人员, no employer). */
export const EmployerRef = z.union([z.uuid(), z.literal('none')]);
export const ExamineeQuery = z.object({
  hospitalId: z.uuid().optional(),
  date: day.optional(),
  status: z.enum(examineeStatuses).optional(),
  employerId: EmployerRef.optional(),
  /** only the ambulance and bedside checks (第十条 备案) */
  homeVisit: QueryBoolean.optional(),
  page: PageNumber.default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

const Target = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('employer'), employerId: EmployerRef }),
  z.object({ kind: z.literal('examinees'), ids: z.array(z.uuid()).min(1).max(500) }),
]);
export const AllocateBody = z.object({ hospitalId: z.uuid(), scheduledOn: day, target: Target });
export const NotifyBody = z.object({
  target: z.discriminatedUnion('kind', [...Target.options, z.object({ kind: z.literal('all') })]),
});
export const VisitBody = z
  .object({
    mode: z.enum(visitModes),
    /** who applied and why */
    note: z.string().trim().max(500).default(''),
    version: Version,
  })
  .refine((b) => b.mode === 'on_site' || b.note.length >= 4, {
    message: '请写明申请人（单位或职工本人）及原因',
    path: ['note'],
  });
export const DayQuery = z.object({
  date: day,
  page: PageNumber.default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

const ExamineeStatus = z.enum(examineeStatuses);
const VisitMode = z.enum(visitModes);
export const ExamineeItem = z.object({
  id: z.string(),
  planId: z.string(),
  personName: z.string(),
  idNumberMasked: z.string(),
  gender: z.string(),
  employerId: z.string().nullable(),
  employerName: z.string(),
  hospitalId: z.string().nullable(),
  hospitalName: z.string().nullable(),
  scheduledOn: z.string().nullable(),
  status: ExamineeStatus,
  statusLabel: z.string(),
  visitMode: VisitMode,
  visitModeLabel: z.string(),
  visitNote: z.string().nullable(),
  notifiedAt: z.string().nullable(),
  version: z.number(),
});
export const ExamineeList = pageOf(ExamineeItem);
export const DayList = pageOf(ExamineeItem.extend({ planName: z.string() }));
export const PlanEmployers = z.array(
  z.object({
    employerId: z.string().nullable(),
    employerName: z.string(),
    examinees: z.number(),
    allocated: z.number(),
    notified: z.number(),
  }),
);
export const Notice = z.object({
  planName: z.string(),
  startOn: z.string(),
  endOn: z.string(),
  employerName: z.string(),
  items: z.array(z.string()),
  precautions: z.array(z.string()),
  rows: z.array(
    z.object({
      id: z.string(),
      personName: z.string(),
      idNumberMasked: z.string(),
      hospitalName: z.string(),
      hospitalAddress: z.string(),
      scheduledOn: z.string(),
      visitModeLabel: z.string(),
    }),
  ),
});
export const NoticeQuery = z.object({ employerId: EmployerRef });
export const Generated = z.object({ added: z.number(), total: z.number() });
export const Changed = z.object({ changed: z.number() });
