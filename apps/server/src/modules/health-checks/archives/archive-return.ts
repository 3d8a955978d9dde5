import type { IsoDate } from '@minsheng/rules/engine/dates.ts';
import { conflict, invalid } from '../../../platform/errors.ts';
import {
  type ArchiveReceiver,
  type ArchiveReviewStatus,
  archiveReviewStatusLabels,
} from './archives.schema.ts';

export interface ArchiveReturn {
  returnedOn: IsoDate;
  receiverKind: ArchiveReceiver;
  receiverName: string;
  receiverSigned: boolean;
}

/**
 * 第十八条 经医保处审核…由体检医院返还…档案领取要有登记: an archive goes back only once, only after the
 * 医保处 approved it, not on a future date, and only against the receiver's signature.
 */
export function checkReturn(
  archive: { reviewStatus: ArchiveReviewStatus; returnedOn: IsoDate | null; reviewedOn: IsoDate | null },
  r: ArchiveReturn,
  today: IsoDate,
) {
  if (archive.returnedOn) throw conflict(`该档案已于${archive.returnedOn}返还，不能重复登记`);
  if (archive.reviewStatus !== 'approved')
    throw conflict(
      `档案审核状态为「${archiveReviewStatusLabels[archive.reviewStatus]}」，经医保处审核通过后方可返还`,
    );
  if (r.returnedOn > today) throw invalid('返还日期不能晚于今天');
  if (archive.reviewedOn && r.returnedOn < archive.reviewedOn)
    throw invalid('返还日期不能早于医保处审核日期');
  if (!r.receiverSigned) throw invalid('档案领取要有登记：请领取人在返还登记簿上签字后再登记返还');
}

/** Returned after the 20th of the month after the examination (`dueOn`): 逾期返还, for good. */
export const returnedLate = (a: { dueOn: IsoDate; returnedOn: IsoDate | null }) =>
  a.returnedOn !== null && a.returnedOn > a.dueOn;

/** Not yet returned and past its due day: 逾期未返还. */
export const overdue = (a: { dueOn: IsoDate; returnedOn: IsoDate | null }, today: IsoDate) =>
  a.returnedOn === null && a.dueOn < today;
