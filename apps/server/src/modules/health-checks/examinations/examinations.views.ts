import { z } from 'zod';
import { dateRanges } from '../../../platform/dates/date-ranges.ts';
import { isoDateIn, Version } from '../../../platform/http/input-schemas.ts';
import { PageQuery, pageOf } from '../../../platform/http/paging.ts';
import { examinationStatuses, findingStatuses, notifyParties } from './examinations.schema.ts';
import { type FindingCode, findingCodes } from './finding-codes.ts';

/** Request and response schemas of the examination and finding routes (bounded inputs, named outputs). */

export const tags = ['职工健康体检·体检登记与重要异常'];
export const IdParams = z.object({ id: z.uuid() });
const day = isoDateIn(dateRanges.casework);

export const VerifyIdentityBody = z.object({
  idNumber: z.string().trim().min(15, '请输入公民身份号码').max(18, '公民身份号码最多18位'),
  /** typed at the desk or read from the ID card by the reader */
  source: z.enum(['typed', 'card_reader']).default('typed'),
});

const ItemCode = z.string().trim().min(1).max(64);
export const ItemEntry = z.discriminatedUnion('outcome', [
  z.object({
    code: ItemCode,
    outcome: z.literal('performed'),
    value: z.string().trim().min(1, '请填写检查结果').max(500, '检查结果最多500字'),
    abnormal: z.boolean(),
  }),
  /** 第二十条: declined by the examinee, who signs for it in the archive (or not) */
  z.object({ code: ItemCode, outcome: z.literal('declined'), signed: z.boolean() }),
]);

const FindingCodeSchema = z.enum(findingCodes.map((f) => f.code) as [FindingCode, ...FindingCode[]]);

export const ResultsBody = z.object({
  version: Version,
  items: z.array(ItemEntry).max(100),
  conclusion: z.string().trim().max(2000, '体检结论最多2000字').default(''),
  advice: z.string().trim().max(2000, '健康建议最多2000字').default(''),
  findings: z.array(FindingCodeSchema).max(findingCodes.length).default([]),
});

export const PurposeBody = z.object({
  purpose: z.string().trim().min(2, '请说明查看用途（2至200字）').max(200, '查看用途最多200字'),
});

export const NotifiedBody = z.object({
  version: Version,
  notifiedOn: day,
  method: z.enum(['phone', 'in_person', 'written']),
  whom: z.string().trim().min(2, '请填写被通知人（2至100字）').max(100, '被通知人最多100字'),
});

export const ExaminationListQuery = PageQuery.extend({
  planId: z.uuid().optional(),
  status: z.enum(examinationStatuses).optional(),
  examinedOn: day.optional(),
});

export const FindingListQuery = PageQuery.extend({
  status: z.enum(findingStatuses).optional(),
  overdue: z.enum(['true', 'false']).optional(),
});

const PackageItemView = z.object({
  code: z.string(),
  name: z.string(),
  referenceRange: z.string(),
  unit: z.string(),
});
const ExamineeView = z.object({
  id: z.string(),
  personName: z.string(),
  idNumberMasked: z.string(),
  employerName: z.string().nullable(),
  scheduledOn: z.string().nullable(),
  status: z.string(),
  statusLabel: z.string(),
});
const Entry = z.object({
  code: z.string(),
  outcome: z.enum(['performed', 'declined']),
  value: z.string().optional(),
  abnormal: z.boolean().optional(),
  signed: z.boolean().optional(),
});
const HealthData = z.object({
  items: z.array(Entry),
  conclusion: z.string(),
  advice: z.string(),
  findings: z.array(z.string()),
});

export const ExaminationPage = z.object({
  examinee: ExamineeView,
  items: z.array(PackageItemView),
  findingCodes: z.array(z.object({ code: z.string(), label: z.string(), serious: z.boolean() })),
  examination: z
    .object({
      id: z.string(),
      status: z.enum(examinationStatuses),
      statusLabel: z.string(),
      examinedOn: z.string(),
      identityVerifiedAt: z.string(),
      version: z.number(),
      /** the draft being entered, for the examining hospital's staff only; null once concluded */
      draft: HealthData.nullable(),
    })
    .nullable(),
});

export const ExaminationStep = z.object({ id: z.string(), version: z.number(), status: z.string() });

export const ExaminationListItem = z.object({
  id: z.string(),
  examineeId: z.string(),
  personName: z.string(),
  idNumberMasked: z.string(),
  hospitalName: z.string(),
  examinedOn: z.string(),
  status: z.enum(examinationStatuses),
  statusLabel: z.string(),
  performedItems: z.number(),
  declinedItems: z.number(),
  unsignedDeclinedItems: z.number(),
});
export const ExaminationList = pageOf(ExaminationListItem);

export const ExaminationHealthView = z.object({
  id: z.string(),
  personName: z.string(),
  idNumberMasked: z.string(),
  hospitalName: z.string(),
  examinedOn: z.string(),
  status: z.enum(examinationStatuses),
  statusLabel: z.string(),
  items: z.array(
    PackageItemView.extend({
      outcome: z.enum(['performed', 'declined', 'missing']),
      value: z.string().nullable(),
      abnormal: z.boolean().nullable(),
      signed: z.boolean().nullable(),
    }),
  ),
  conclusion: z.string(),
  advice: z.string(),
  findings: z.array(z.object({ code: z.string(), label: z.string(), serious: z.boolean() })),
});

export const FindingListItem = z.object({
  id: z.string(),
  examinationId: z.string(),
  personName: z.string(),
  idNumberMasked: z.string(),
  hospitalName: z.string(),
  examinedOn: z.string(),
  notifyParty: z.enum(notifyParties),
  notifyPartyLabel: z.string(),
  dueOn: z.string(),
  status: z.enum(findingStatuses),
  statusLabel: z.string(),
  notifiedOn: z.string().nullable(),
  notifiedHow: z.string().nullable(),
  overdue: z.boolean(),
  version: z.number(),
  /** whether this user may record the notification (the examining hospital's staff) */
  canNotify: z.boolean(),
});
export const FindingList = pageOf(FindingListItem);
export const FindingSummary = z.object({ id: z.string(), summary: z.string() });
