import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { hasPermission } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import { conflict, DomainError, forbidden, invalid, notFound } from '../../../platform/errors.ts';
import { createPlansRepo } from './plans.repo.ts';
import { createSubmissionsRepo } from './submissions.repo.ts';
import type { SubmissionsService } from './submissions.service.ts';

export interface ReviewDecision {
  code: string;
  /** the accepted figure: the claim to accept it, another value to adjust it */
  accepted: number;
  denominator?: number | null | undefined;
  /** required when the figure is adjusted (shown to the town) */
  reason?: string | null | undefined;
}

const fail = (path: string, message: string) => invalid(message, [{ path, message }]);

/**
 * The city's review of a submitted quarter: every figure accepted as claimed or adjusted with a
 * reason, in one audited step that locks the quarter.
 */
export function createSubmissionReviewService(deps: {
  db: Db;
  clock: Clock;
  submissions: SubmissionsService;
}) {
  const { db } = deps;
  const repo = createSubmissionsRepo(db);

  return {
    async review(actor: Actor, id: string, input: { decisions: ReviewDecision[] }) {
      if (!hasPermission(actor, 'assessment:review')) throw forbidden();
      const s = await repo.row(actor, id, 'assessment:review');
      if (!s) throw notFound('季度上报');
      if (s.status !== 'submitted')
        throw conflict(s.status === 'reviewed' ? '该季度已审核，不能重复审核' : '该季度尚未上报，不能审核');
      // The figures of the plan's current indicators (an indicator dropped from the plan is not scored).
      const current = new Set(
        (await createPlansRepo(db).latest(s.assessingOrgId, s.year))?.indicators.map((i) => i.code),
      );
      const figures = (await repo.figures(id)).filter((f) => current.has(f.indicatorCode));
      const byCode = new Map(input.decisions.map((d, n) => [d.code, { d, n }]));
      const missing = figures.filter((f) => !byCode.has(f.indicatorCode));
      if (
        missing.length > 0 ||
        byCode.size !== input.decisions.length ||
        input.decisions.length !== figures.length
      )
        throw fail('decisions', '须对每项上报数据逐项确认或调整（每项一次）');
      const results = figures.map((f) => {
        const { d, n } = byCode.get(f.indicatorCode)!;
        const denominator = f.claimedDenominator === null ? null : (d.denominator ?? f.claimedDenominator);
        if (denominator !== null && d.accepted > denominator)
          throw fail(`decisions.${n}.accepted`, '核定的分子不能大于分母');
        const adjusted = d.accepted !== f.claimed || denominator !== f.claimedDenominator;
        const reason = d.reason?.trim() || null;
        if (adjusted && !reason) throw fail(`decisions.${n}.reason`, '调整上报数据须说明理由');
        return {
          figureId: f.id,
          code: f.indicatorCode,
          claimed: f.claimed,
          accepted: d.accepted,
          acceptedDenominator: denominator,
          adjustReason: adjusted ? reason : null,
        };
      });
      await db.transaction(async (tx) => {
        const r = createSubmissionsRepo(tx);
        const done = await r.transition(s.id, s.version, 'submitted', {
          status: 'reviewed',
          reviewedAt: deps.clock.now(),
          reviewedBy: actor.userId,
        });
        if (!done) throw new DomainError('STALE', '该季度上报已被撤回或修改，请刷新后重试');
        for (const x of results) await r.setAccepted(x.figureId, x);
        await recordAudit(tx, actor, {
          action: 'town_assessment.submission_review',
          targetType: 'town_assessment_submission',
          targetId: s.id,
          detail: {
            townOrgId: s.orgId,
            year: s.year,
            quarter: s.quarter,
            adjusted: results
              .filter((x) => x.adjustReason)
              .map((x) => ({
                code: x.code,
                claimed: x.claimed,
                accepted: x.accepted,
                reason: x.adjustReason,
              })),
          },
        });
      });
      return deps.submissions.view(actor, id);
    },
  };
}

export type SubmissionReviewService = ReturnType<typeof createSubmissionReviewService>;
