import type { EvaluationResult } from '@minsheng/rules/engine/evaluate.ts';
import { fenToYuan, yuanToFen } from '@minsheng/rules/engine/money.ts';
import { type Actor, hasPermission } from '../../../platform/access/actor.ts';
import type { Permission } from '../../../platform/access/permissions.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { conflict, forbidden, invalid, notFound } from '../../../platform/errors.ts';
import { createCasesRepo } from '../../cases/cases.repo.ts';
import { asPastClaim } from '../../cases/claims/case-claims.ts';
import { fileOnBehalf } from '../../cases/claims/file-on-behalf.ts';
import type { CaseDeps } from '../../cases/workflow/case-transition.ts';
import {
  createCreditCommunitiesRepo,
  type EvaluationRow,
  type FigureKind,
} from './credit-communities.repo.ts';
import {
  CREDIT_COMMUNITY,
  type EvaluatorStatement,
  type LedgerFigures,
  outcomeOf,
  reasonsOf,
  recognitionInput,
} from './credit-communities.rules.ts';
import { publishYear, withdrawTitle } from './credit-communities-publish.ts';

export interface EvaluateItem extends EvaluatorStatement {
  communityOrgId: number;
}

interface Decided {
  c: { id: number; name: string; path: string };
  figures: LedgerFigures;
  evaluation: EvaluationResult;
  outcome: 'recognised' | 'not_recognised';
  item: EvaluateItem;
}

const percent = (f: { maturedDueFen: number; maturedRecoveredFen: number }) =>
  f.maturedDueFen === 0
    ? null
    : (Math.floor((f.maturedRecoveredFen * 10000) / f.maturedDueFen) / 100).toFixed(2);

export const figuresView = (f: LedgerFigures) => ({
  borrowers: f.borrowers,
  issued: fenToYuan(f.issuedFen),
  maturedDue: fenToYuan(f.maturedDueFen),
  maturedRecovered: fenToYuan(f.maturedRecoveredFen),
  /** rounded down like the rule's display, so 96.00 is never a 95.995 that failed */
  recoveryRatePercent: percent(f),
  commitmentsSigned: f.commitmentsSigned,
  trackingCards: f.trackingCards,
  badDebt: fenToYuan(f.badDebtFen),
});

const evaluationView = (e: EvaluationRow) => ({
  id: e.id,
  year: e.year,
  fullEmployment: e.fullEmployment,
  figures: figuresView(e),
  outcome: e.outcome,
  reasons: e.reasons,
  reward: fenToYuan(e.rewardFen),
  status: e.status,
  publishedOn: e.publishedOn,
  rewardCaseId: e.rewardCaseId,
  withdrawnOn: e.withdrawnOn,
  withdrawReason: e.withdrawReason,
  evaluatedAt: e.evaluatedAt,
  version: e.version,
});

type Announced = Awaited<ReturnType<ReturnType<typeof createCreditCommunitiesRepo>['announced']>>[number];

/**
 * The current credit communities: those whose latest announced evaluation (published or withdrawn,
 * oldest year first in `rows`) is a published title — a later year not recognised, or a withdrawal,
 * ends it, and an earlier title does not come back.
 */
function currentTitles(rows: Announced[]): Announced[] {
  const latest = new Map<number, Announced>();
  for (const r of rows) latest.set(r.communityOrgId, r);
  return [...latest.values()].filter((r) => r.status === 'published' && r.outcome === 'recognised');
}

/**
 * 信用社区 (001 篇3 三(二)2): each year the bureau evaluates the communities in its scope from
 * their own loan ledgers through the rule, publishes the recognised ones (public notice, reward
 * cases through the case chain) and withdraws a title when a later year or the bureau says so.
 */
export function createCreditCommunitiesService(deps: CaseDeps) {
  const { db, clock } = deps;
  const repo = createCreditCommunitiesRepo(db);

  const need = (actor: Actor, permission: Permission) => {
    if (!hasPermission(actor, permission)) throw forbidden();
  };

  async function community(actor: Actor, permission: Permission, id: number) {
    const [c] = await repo.communities(actor, permission, id);
    if (!c) throw notFound('社区');
    return c;
  }

  /** The rule on the figures, with the community's recorded claims of the policy (每年认定一次). */
  async function decide(communityId: number, year: number, figures: LedgerFigures, s: EvaluatorStatement) {
    const claims = await createCasesRepo(db).activeClaims(`org:${communityId}`, CREDIT_COMMUNITY);
    const input = recognitionInput(year, s.fullEmployment, figures);
    const evaluation = await deps.policies.present(
      await deps.policies.evaluate(CREDIT_COMMUNITY, {
        on: clock.today(),
        input,
        pastClaims: claims.map((c) => asPastClaim(c.claim, c.caseNumber)),
        confirmedChecks: s.checks,
      }),
    );
    return evaluation;
  }

  const lastYear = () => Number(clock.today().slice(0, 4)) - 1;

  return {
    /** The communities in scope with the year's figures counted now and their evaluation, if any. */
    async overview(actor: Actor, year: number) {
      need(actor, 'entrepreneurship:read');
      const communities = await repo.communities(actor, 'entrepreneurship:read');
      const ids = communities.map((c) => c.id);
      const [figures, evaluations] = await Promise.all([
        repo.figures(ids, year),
        repo.evaluations(ids, year),
      ]);
      const byCommunity = new Map(evaluations.map((e) => [e.communityOrgId, e]));
      return {
        year,
        items: communities.map((c) => {
          const e = byCommunity.get(c.id);
          return {
            communityOrgId: c.id,
            name: c.name,
            streetName: c.streetName,
            figures: figuresView(figures.get(c.id)!),
            evaluation: e ? evaluationView(e) : null,
          };
        }),
      };
    },

    /** The loans behind one figure of a community's year (masked ID numbers; audited). */
    async loans(actor: Actor, communityId: number, year: number, kind: FigureKind) {
      need(actor, 'entrepreneurship:read');
      const c = await community(actor, 'entrepreneurship:read', communityId);
      const rows = await repo.loansOf(c.id, year, kind);
      await recordAudit(db, actor, {
        action: 'credit_community.loans',
        targetType: 'organisation',
        targetId: c.id,
        detail: { year, kind, rows: rows.length },
      });
      return rows.map(({ principalFen, repaidByDueFen, ...r }) => ({
        ...r,
        principal: fenToYuan(principalFen ?? 0),
        repaidByDue: fenToYuan(repaidByDueFen),
      }));
    },

    /**
     * Evaluates communities for a finished year and stores the rule's decision with its reasons.
     * An unpublished evaluation is replaced; a published or withdrawn one is refused.
     */
    async evaluate(actor: Actor, input: { year: number; items: EvaluateItem[] }) {
      need(actor, 'entrepreneurship:manage');
      if (input.year > lastYear())
        throw invalid(`${input.year}年度尚未结束，只能评定${lastYear()}年度及以前`, [
          { path: 'year', message: '年度未结束' },
        ]);
      if (new Set(input.items.map((i) => i.communityOrgId)).size !== input.items.length)
        throw invalid('社区重复', [{ path: 'items', message: '重复' }]);
      const decided: Decided[] = [];
      for (const item of input.items) {
        const c = await community(actor, 'entrepreneurship:manage', item.communityOrgId);
        const figures = (await repo.figures([c.id], input.year)).get(c.id)!;
        const evaluation = await decide(c.id, input.year, figures, item);
        const outcome = outcomeOf(evaluation);
        if (!outcome) {
          const pending = evaluation.checks.filter((k) => k.status === 'pending').map((k) => k.label);
          throw invalid(`${c.name}：请先回答人工核查事项：${pending.join('；')}`, [
            { path: 'items', message: '人工核查事项未回答' },
          ]);
        }
        decided.push({ c, figures, evaluation, outcome, item });
      }
      await db.transaction(async (tx) => {
        const txRepo = createCreditCommunitiesRepo(tx);
        for (const d of decided) {
          const existing = await txRepo.lockEvaluation(d.c.id, input.year);
          if (existing && existing.status !== 'evaluated')
            throw conflict(
              `${d.c.name}${input.year}年度的评定已${existing.status === 'published' ? '公布' : '撤销'}，不能重新评定；如需更正，请撤销称号并写明理由`,
            );
          const saved = await txRepo.save({
            communityOrgId: d.c.id,
            year: input.year,
            fullEmployment: d.item.fullEmployment,
            ...d.figures,
            outcome: d.outcome,
            reasons: reasonsOf(d.evaluation),
            rewardFen: d.outcome === 'recognised' ? yuanToFen(d.evaluation.payableTotal ?? '0') : 0,
            status: 'evaluated',
            evaluatedBy: actor.userId,
            evaluatedAt: clock.now(),
            orgId: d.c.id,
            orgPath: d.c.path,
            createdBy: actor.userId,
          });
          await recordAudit(tx, actor, {
            action: existing ? 'credit_community.re_evaluate' : 'credit_community.evaluate',
            targetType: 'credit_community_evaluation',
            targetId: saved.id,
            detail: {
              communityOrgId: d.c.id,
              year: input.year,
              outcome: d.outcome,
              checks: d.item.checks,
              fullEmployment: d.item.fullEmployment,
              reward: fenToYuan(saved.rewardFen),
            },
          });
        }
      });
      return this.overview(actor, input.year);
    },

    /**
     * Publishes the year's evaluations under the actor: a public notice of the recognised
     * communities, one reward case each through the case chain, and the withdrawal of earlier
     * titles of the communities this year did not recognise (动态管理).
     */
    async publish(actor: Actor, input: { year: number }) {
      need(actor, 'entrepreneurship:manage');
      // the case type exists (synced from the catalogue) and takes applications, before anything is written
      await deps.caseTypes.assertAccepting(await deps.caseTypes.get(CREDIT_COMMUNITY));
      await db.transaction((tx) =>
        publishYear(tx, actor, input.year, clock, (community, application) =>
          // 申请人：社区就业服务站, the policy's institution applicant, filed by the publishing officer
          fileOnBehalf(deps, tx, actor, {
            caseTypeId: CREDIT_COMMUNITY,
            unit: { name: community.name, orgId: community.id, orgPath: community.path, outsideTree: false },
            role: { code: 'credit_community_reward', name: '信用社区奖励工作经费申报' },
            application,
          }),
        ),
      );
      return this.overview(actor, input.year);
    },

    /** The bureau withdraws a published title with its reason. */
    async withdraw(actor: Actor, id: string, input: { reason: string; version: number }) {
      need(actor, 'entrepreneurship:manage');
      const reason = input.reason.trim();
      if (!reason) throw invalid('请写明撤销理由', [{ path: 'reason', message: '必填' }]);
      const year = await db.transaction(async (tx) => {
        const txRepo = createCreditCommunitiesRepo(tx);
        const row = await txRepo.lockById(id);
        if (!row || !(await txRepo.communities(actor, 'entrepreneurship:manage', row.communityOrgId)).length)
          throw notFound('信用社区评定');
        if (row.version !== input.version) throw conflict('该评定已被他人修改，请刷新后重试');
        if (row.status !== 'published' || row.outcome !== 'recognised')
          throw conflict('只有已公布的信用社区称号可以撤销');
        await withdrawTitle(tx, actor, row, reason, clock.today(), false);
        return row.year;
      });
      return this.overview(actor, year);
    },

    /**
     * Rechecks the current titles in scope against this year so far (动态管理): a title whose
     * community's loans due since 1 January recover below the rule's rate is withdrawn with the
     * rule's reason. Answers the titles withdrawn.
     */
    async recheck(actor: Actor) {
      need(actor, 'entrepreneurship:manage');
      const today = clock.today();
      const year = Number(today.slice(0, 4));
      const scope = new Set((await repo.communities(actor, 'entrepreneurship:manage')).map((c) => c.id));
      const titles = currentTitles(await repo.announced()).filter((t) => scope.has(t.communityOrgId));
      const figures = await repo.figures(
        titles.map((t) => t.communityOrgId),
        year,
        today,
      );
      const failing: { id: string; communityName: string; year: number; reason: string }[] = [];
      for (const t of titles) {
        const f = figures.get(t.communityOrgId)!;
        if (f.maturedDueFen === 0) continue;
        const e = await deps.policies.evaluate(CREDIT_COMMUNITY, {
          on: today,
          input: recognitionInput(year, t.fullEmployment, f),
        });
        const c = e.conditions.find((x) => x.id === 'recovery_rate');
        if (c?.status !== 'fail') continue;
        const reason = `截至${today}，${year}年${c.sentence}（${c.detail}）`;
        failing.push({ id: t.id, communityName: t.communityName, year: t.year, reason });
      }
      await db.transaction(async (tx) => {
        for (const f of failing) {
          const row = await createCreditCommunitiesRepo(tx).lockById(f.id);
          if (row?.status === 'published') await withdrawTitle(tx, actor, row, f.reason, today, true);
        }
      });
      return { asOf: today, withdrawn: failing.map(({ id: _, ...f }) => f) };
    },

    /** The current credit communities, for everyone: names and figures, no person. */
    async publicList() {
      return {
        asOf: clock.today(),
        items: currentTitles(await repo.announced()).map((r) => ({
          communityName: r.communityName,
          streetName: r.streetName,
          year: r.year,
          publishedOn: r.publishedOn,
          borrowers: r.borrowers,
          issued: fenToYuan(r.issuedFen),
          recoveryRatePercent: percent(r),
        })),
      };
    },
  };
}

export type CreditCommunitiesService = ReturnType<typeof createCreditCommunitiesService>;
