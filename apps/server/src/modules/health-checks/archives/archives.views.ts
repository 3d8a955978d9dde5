import { z } from 'zod';
import { dateRanges } from '../../../platform/dates/date-ranges.ts';
import { isoDateIn, isoMonthIn } from '../../../platform/http/input-schemas.ts';
import { PageQuery, pageOf } from '../../../platform/http/paging.ts';
import { archiveTabs } from './archives.repo.ts';
import { archiveReceivers, archiveReviewStatuses } from './archives.schema.ts';
import { BULK_APPROVE_MAX } from './archives.service.ts';

/** Request and response schemas of the archive review and return routes (bounded inputs). */

export const tags = ['职工健康体检·档案'];
export const IdParams = z.object({ id: z.uuid() });

export const ListQuery = PageQuery.extend({
  tab: z.enum(archiveTabs),
  planId: z.uuid().optional(),
  hospitalId: z.uuid().optional(),
});

const Note = z.string().trim().max(500, '审核意见最多500字');
export const ReviewBody = z.discriminatedUnion('decision', [
  z.object({
    decision: z.literal('approve'),
    paperComplete: z.boolean(),
    electronicComplete: z.boolean(),
    note: Note.optional(),
  }),
  z.object({
    decision: z.literal('return_for_fix'),
    paperComplete: z.boolean(),
    electronicComplete: z.boolean(),
    note: Note.min(2, '退回整改须填写整改意见'),
  }),
]);
export const BulkApproveBody = z.object({
  ids: z
    .array(z.uuid())
    .min(1, '请选择要审核通过的档案')
    .max(BULK_APPROVE_MAX, `一次最多审核${BULK_APPROVE_MAX}份档案`),
});
export const ReturnBody = z.object({
  returnedOn: isoDateIn(dateRanges.casework),
  receiverKind: z.enum(archiveReceivers),
  receiverName: z.string().trim().min(1, '请填写领取人或领取单位').max(100, '领取人最多100字'),
  receiverSigned: z.boolean(),
});
export const RegisterQuery = z.object({
  month: isoMonthIn({ min: '2000-01', max: '2099-12' }),
  hospitalId: z.uuid().optional(),
});

const ArchiveItem = z.object({
  id: z.string(),
  hospitalId: z.string(),
  hospitalName: z.string(),
  examineeName: z.string(),
  idNumberMasked: z.string(),
  employerName: z.string().nullable(),
  examinedOn: z.string(),
  paperComplete: z.boolean(),
  electronicComplete: z.boolean(),
  reviewStatus: z.enum(archiveReviewStatuses),
  reviewStatusLabel: z.string(),
  reviewNote: z.string().nullable(),
  dueOn: z.string(),
  returnedOn: z.string().nullable(),
  receiverKind: z.enum(archiveReceivers).nullable(),
  receiverKindLabel: z.string().nullable(),
  receiverName: z.string().nullable(),
  receiverSigned: z.boolean().nullable(),
  /** 逾期返还: returned after the due day */
  late: z.boolean(),
  /** 逾期未返还: not returned and past the due day */
  overdue: z.boolean(),
});
export const ArchiveList = pageOf(ArchiveItem);
export const Reviewed = z.object({ reviewed: z.number() });
export const Returned = z.object({
  id: z.string(),
  returnedOn: z.string(),
  dueOn: z.string(),
  late: z.boolean(),
});
export const Register = z.object({
  month: z.string(),
  hospitalName: z.string(),
  generatedOn: z.string(),
  items: z.array(ArchiveItem),
});
