import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import { conflict } from '../../../platform/errors.ts';
import { publishNotice } from '../../cases/notices/publish-notice.ts';
import { createCreditCommunitiesRepo, type EvaluationRow } from './credit-communities.repo.ts';
import { recognitionInput } from './credit-communities.rules.ts';

type FileCase = (
  community: { id: number; name: string; path: string },
  application: Record<string, unknown>,
) => Promise<string>;

/** The public notice (公布) of a year's credit communities, as the institutions' notices are kept. */
async function insertNotice(tx: Executor, actor: Actor, clock: Clock, year: number, names: string[]) {
  const notice = await publishNotice(
    tx,
    actor,
    clock,
    {
      title: `${year}年度小额担保贷款信用社区认定名单`,
      body: `经市财政局、市人力资源和社会保障局、人民银行市支行共同认定，以下社区为${year}年度小额担保贷款信用社区：${names.join('、')}。信用社区每年认定一次，实行动态管理。`,
      caseTypeId: null,
      startsOn: clock.today(),
      // the title holds until the next year's list
      endsOn: `${year + 1}-12-31`,
    },
    { year, communities: names.length },
  );
  return notice.id;
}

const notMet = (e: EvaluationRow) =>
  e.reasons
    .filter((r) => !r.met)
    .map((r) => r.text)
    .join('；');

/**
 * Publishes the year's unpublished evaluations under the actor, inside the caller's transaction:
 * the notice names the recognised communities, each gets its reward case (`fileCase`), and an
 * earlier title of a community this year did not recognise is withdrawn with this year's reasons.
 */
export async function publishYear(
  tx: Executor,
  actor: Actor,
  year: number,
  clock: Clock,
  fileCase: FileCase,
) {
  const repo = createCreditCommunitiesRepo(tx);
  const names = new Map(
    (await repo.communities(actor, 'entrepreneurship:manage')).map((c) => [c.id, c] as const),
  );
  const rows = await repo.ofYear([...names.keys()], year, 'evaluated');
  if (rows.length === 0) throw conflict(`${year}年度没有待公布的信用社区评定结果`);
  const today = clock.today();
  const recognised = rows.filter((r) => r.outcome === 'recognised');
  const noticeId =
    recognised.length > 0
      ? await insertNotice(
          tx,
          actor,
          clock,
          year,
          recognised.map((r) => names.get(r.communityOrgId)!.name),
        )
      : null;
  for (const row of rows) {
    const community = names.get(row.communityOrgId)!;
    const rewardCaseId =
      row.outcome === 'recognised'
        ? await fileCase(community, recognitionInput(year, row.fullEmployment, row))
        : null;
    await repo.update(row.id, { status: 'published', publishedOn: today, noticeId, rewardCaseId });
    await recordAudit(tx, actor, {
      action: 'credit_community.publish',
      targetType: 'credit_community_evaluation',
      targetId: row.id,
      detail: { communityOrgId: row.communityOrgId, year, outcome: row.outcome, rewardCaseId },
    });
  }
  const failed = new Map(
    rows.filter((r) => r.outcome === 'not_recognised').map((r) => [r.communityOrgId, r]),
  );
  for (const title of await repo.earlierTitles([...failed.keys()], year)) {
    const reason = `${year}年度评定未获认定：${notMet(failed.get(title.communityOrgId)!)}`;
    await withdrawTitle(tx, actor, title, reason, today, true);
  }
}

/** Withdraws a published title (status `withdrawn`, the day and the reason), audited. */
export async function withdrawTitle(
  tx: Executor,
  actor: Actor,
  title: EvaluationRow,
  reason: string,
  today: string,
  automatic: boolean,
) {
  await createCreditCommunitiesRepo(tx).update(title.id, {
    status: 'withdrawn',
    withdrawnOn: today,
    withdrawReason: reason,
  });
  await recordAudit(tx, actor, {
    action: 'credit_community.withdraw',
    targetType: 'credit_community_evaluation',
    targetId: title.id,
    detail: { communityOrgId: title.communityOrgId, year: title.year, reason, automatic },
  });
}
