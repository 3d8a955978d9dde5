import { z } from 'zod';
import { dateRanges } from '../../../platform/dates/date-ranges.ts';
import { isoDateIn, Version } from '../../../platform/http/input-schemas.ts';
import { supervisionActions } from './institution-lifecycle.ts';
import { institutionStatuses } from './institutions.schema.ts';

/** Request and response schemas of the institution routes (bounded inputs, named outputs). */

export const tags = ['职业培训·定点机构'];
export const base = '/api/training/institutions';
export const IdParams = z.object({ id: z.uuid() });

const Level = z.number().int().min(1).max(5);
const Occupation = z.object({
  occupation: z.string().trim().min(1).max(50),
  levels: z.array(Level).max(5),
});
export const TeacherBody = z.object({
  name: z.string().trim().min(1).max(50),
  certificateNumber: z.string().trim().min(1).max(50),
  occupation: z.string().trim().min(1).max(50),
  level: Level.nullish(),
});
export const SiteBody = z.object({
  address: z.string().trim().min(1).max(200),
  areaSquareMetres: z.number().int().min(1).max(1_000_000),
  seats: z.number().int().min(1).max(10_000),
});
export const ProfileBody = z.object({
  name: z.string().trim().min(2).max(100),
  creditCode: z.string().trim().min(1).max(20),
  licenceNumber: z.string().trim().max(50).nullish(),
  address: z.string().trim().min(1).max(200),
  /** the institution's office line, never a person's mobile */
  contactPhone: z
    .string()
    .trim()
    .max(30)
    .regex(/^[0-9\-()（） ]*$/, '办公电话只能包含数字、括号和短横线')
    .nullish(),
  qualifications: z.string().trim().max(2000).nullish(),
  occupations: z.array(Occupation).min(1).max(50),
  capacity: z.number().int().min(1).max(100_000),
});
export const ApplicationBody = ProfileBody.extend({
  teachers: z.array(TeacherBody).min(1).max(200),
  sites: z.array(SiteBody).min(1).max(50),
});

/** An institution's occupations with their levels, as every view shows them. */
export const OccupationsView = z.array(z.object({ occupation: z.string(), levels: z.array(z.number()) }));

export const Institution = z.object({
  id: z.string(),
  number: z.string(),
  name: z.string(),
  creditCode: z.string(),
  licenceNumber: z.string().nullable(),
  address: z.string(),
  contactPhone: z.string().nullable(),
  qualifications: z.string().nullable(),
  occupations: OccupationsView,
  capacity: z.number(),
  status: z.enum(institutionStatuses),
  statusLabel: z.string(),
  expired: z.boolean(),
  canOpenClasses: z.boolean(),
  /** refused earlier or designation run out: may file a new application */
  canReapply: z.boolean(),
  appliedOn: z.string(),
  noticeId: z.string().nullable(),
  designatedOn: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  statusReason: z.string().nullable(),
  rectifyBy: z.string().nullable(),
  orgId: z.number(),
  createdAt: z.date(),
  version: z.number(),
});
const Teacher = z.object({
  id: z.string(),
  name: z.string(),
  certificateNumber: z.string(),
  occupation: z.string(),
  level: z.number().nullable(),
  status: z.enum(['active', 'left']),
  version: z.number(),
});
const Site = z.object({
  id: z.string(),
  address: z.string(),
  areaSquareMetres: z.number(),
  seats: z.number(),
  version: z.number(),
});
const Event = z.object({
  id: z.string(),
  action: z.string(),
  fromStatus: z.enum(institutionStatuses).nullable(),
  toStatus: z.enum(institutionStatuses).nullable(),
  reason: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
  onDate: z.string(),
  at: z.date(),
});
export const InstitutionDetail = Institution.extend({
  teachers: z.array(Teacher),
  sites: z.array(Site),
  events: z.array(Event),
  staff: z.array(z.object({ userId: z.string(), username: z.string(), displayName: z.string() })),
  notice: z
    .object({ id: z.string(), open: z.number(), upheld: z.number(), dismissed: z.number() })
    .nullable(),
});

export const NoticeBody = z.object({
  title: z.string().trim().max(200).nullish(),
  body: z.string().trim().max(5000).nullish(),
  startsOn: isoDateIn(dateRanges.casework),
  endsOn: isoDateIn(dateRanges.casework),
  version: Version,
});
export const ReasonBody = z.object({ reason: z.string().trim().min(1).max(2000), version: Version });
export const DesignateBody = z.object({
  validFrom: isoDateIn(dateRanges.casework).optional(),
  version: Version,
});
export const SuperviseBody = ReasonBody.extend({
  action: z.enum(supervisionActions),
  rectifyBy: isoDateIn(dateRanges.casework).optional(),
});
