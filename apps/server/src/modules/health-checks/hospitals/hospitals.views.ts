import { z } from 'zod';
import { Version } from '../../../platform/http/input-schemas.ts';
import { examinerTitles, requirementCodes } from './hospital-requirements.ts';
import { hospitalStatuses } from './hospitals.schema.ts';

/** Request and response schemas of the health-check hospital routes (bounded inputs, named outputs). */

export const tags = ['职工健康体检·体检医院'];
export const IdParams = z.object({ id: z.uuid() });
export const StaffParams = z.object({ id: z.uuid(), userId: z.uuid() });

const Text = (max: number) => z.string().trim().max(max);

/** What the 医保处 records of a hospital: 第一条's facts, the checklist, 第七条's staffing. */
export const HospitalFields = z.object({
  address: Text(200).default(''),
  contact: Text(100).default(''),
  insuranceDesignated: z.boolean(),
  grade: z.number().int().min(1).max(3),
  general: z.boolean(),
  facilities: z.array(z.enum(requirementCodes)).max(requirementCodes.length).default([]),
  chiefExaminerName: Text(50).default(''),
  chiefExaminerTitle: z.enum(examinerTitles).nullable().default(null),
  examiners: z.number().int().min(0).max(10_000).default(0),
  plannedDailyVolume: z.number().int().min(0).max(100_000).default(0),
});

export const RegisterBody = HospitalFields.extend({
  name: z.string().trim().min(2).max(100),
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{2,32}$/, '机构代码为2至32位字母、数字或短横线'),
});
export type RegisterInput = z.output<typeof RegisterBody>;

export const UpdateBody = HospitalFields.extend({ version: Version });
export type UpdateInput = z.output<typeof UpdateBody>;

const Reason = z.string().trim().min(2).max(500);
export const DecisionBody = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('designate'), version: Version }),
  z.object({ decision: z.literal('refuse'), reason: Reason, version: Version }),
  z.object({ decision: z.literal('revoke'), reason: Reason, version: Version }),
]);
export type DecisionInput = z.output<typeof DecisionBody>;

export const ListQuery = z.object({ status: z.enum(hospitalStatuses).optional() });

const Condition = z.object({ code: z.string(), met: z.boolean(), text: z.string(), clause: z.string() });
export const Check = z.object({ ok: z.boolean(), conditions: z.array(Condition) });

const Status = z.enum(hospitalStatuses);

export const HospitalItem = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string(),
  grade: z.number(),
  general: z.boolean(),
  status: Status,
  statusLabel: z.string(),
  decidedOn: z.string().nullable(),
  /** whether every designation condition is met today */
  conditionsMet: z.boolean(),
});

export const HospitalDetail = HospitalItem.omit({ conditionsMet: true }).extend({
  address: z.string(),
  contact: z.string(),
  insuranceDesignated: z.boolean(),
  facilities: z.array(z.enum(requirementCodes)),
  /** the 第二–八、十一、十九条 checklist, for the form */
  requirements: z.array(z.object({ code: z.enum(requirementCodes), label: z.string(), clause: z.string() })),
  chiefExaminerName: z.string(),
  chiefExaminerTitle: z.enum(examinerTitles).nullable(),
  examiners: z.number(),
  plannedDailyVolume: z.number(),
  decisionNote: z.string().nullable(),
  version: z.number(),
  check: Check,
  /** linked staff accounts: shown to the 医保处 only */
  staff: z.array(z.object({ userId: z.string(), username: z.string(), displayName: z.string() })),
});
