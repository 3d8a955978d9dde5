import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import { nextNumber } from '../cases.repo.ts';
import { createNoticeRepo } from './cases-notice.repo.ts';

export interface NoticeDraft {
  title: string;
  body: string | null;
  /** the 事项 whose cases the notice lists; null for a notice of something else (an institution, communities) */
  caseTypeId: string | null;
  startsOn: string;
  endsOn: string;
}

/**
 * Numbers (GS-year-n) and publishes a public notice (公示/公布) under the actor's organisation,
 * inside the caller's transaction, and audits it with the caller's `detail`.
 */
export async function publishNotice(
  tx: Executor,
  actor: Actor,
  clock: Clock,
  draft: NoticeDraft,
  detail: Record<string, unknown>,
) {
  const number = await nextNumber(tx, 'public_notice', 'GS', Number(clock.today().slice(0, 4)));
  const notice = await createNoticeRepo(tx).insert({
    number,
    ...draft,
    status: 'published',
    publishedAt: clock.now(),
    publishedBy: actor.userId,
    orgId: actor.orgId,
    orgPath: actor.orgPath,
    createdBy: actor.userId,
  });
  await recordAudit(tx, actor, {
    action: 'notice.publish',
    targetType: 'public_notice',
    targetId: notice.id,
    detail: { number, startsOn: draft.startsOn, endsOn: draft.endsOn, ...detail },
  });
  return { id: notice.id, number };
}
