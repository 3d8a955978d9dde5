import { fenToYuan, yuanToFen } from '@minsheng/rules/engine/money.ts';
import type { Input } from '@minsheng/rules/policies/dezhou/health-check-settlement/policy.ts';
import { type Actor, hasPermission } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { conflict, forbidden, notFound } from '../../../platform/errors.ts';
import { fileOnBehalf } from '../../cases/claims/file-on-behalf.ts';
import { caseStatusLabels } from '../../cases/workflow/case-status.ts';
import type { CaseDeps } from '../../cases/workflow/case-transition.ts';
import { createQualityRepo } from '../quality/quality.repo.ts';
import { qualityRates, settlementRates } from '../quality/quality-rates.ts';
import { settlementInput, weeksNotReported } from './settlement-input.ts';
import { citedDocument, settlementLines } from './settlement-lines.ts';
import { HEALTH_CHECK_SETTLEMENT } from './settlement-rule.ts';
import { createSettlementsRepo, type SettlementRow } from './settlements.repo.ts';
import { settlementStatusLabels } from './settlements.schema.ts';

const caseView = (r: {
  settlement: SettlementRow | null;
  caseNumber: string | null;
  caseStatus: string | null;
}) =>
  r.settlement?.caseId && r.caseNumber && r.caseStatus
    ? {
        id: r.settlement.caseId,
        number: r.caseNumber,
        status: r.caseStatus,
        statusLabel: caseStatusLabels[r.caseStatus as keyof typeof caseStatusLabels],
      }
    : null;

/**
 * 第二十条 体检费用拨付: a hospital's settlement for a plan is computed by the rule from the records
 * (settlement-input.ts), kept with its input until filed, and filed as the hospital's case, which
 * the usual chain accepts, reviews (the 医保处 confirms the archives and reports checks), approves
 * and pays — the same rule on the same input, so the same amount to the fen.
 */
export function createSettlementsService(deps: CaseDeps) {
  const { db, clock } = deps;
  const repo = createSettlementsRepo(db);
  const quality = createQualityRepo(db);

  const manage = (actor: Actor) => {
    if (!hasPermission(actor, 'health_check:manage')) throw forbidden();
  };

  async function scope(actor: Actor, hospitalId: string, planId: string) {
    const [hospital, plan] = await Promise.all([
      quality.hospital(actor, hospitalId),
      quality.plan(actor, planId),
    ]);
    if (!hospital) throw notFound('体检医院');
    if (!plan) throw notFound('体检计划');
    return { hospital, plan };
  }

  const evaluate = (input: Input) =>
    deps.policies.evaluate(HEALTH_CHECK_SETTLEMENT, { on: clock.today(), input });

  /** What the records say of the rule's two checks (第十八条 archives, 第十六条 reports). */
  async function recordsOfChecks(hospitalId: string, planId: string) {
    const [archives, reports, days] = await Promise.all([
      repo.archives(hospitalId, planId),
      repo.reports(hospitalId, planId),
      repo.examinationDays(hospitalId, planId),
    ]);
    const missingWeeks = weeksNotReported(days, reports.weeks);
    const late = archives.lateReturned > 0 ? `，逾期返还 ${archives.lateReturned} 份` : '';
    return {
      archives_returned: {
        ok: archives.total > 0 && archives.notReturned === 0,
        records: `体检档案 ${archives.total} 份，未返还 ${archives.notReturned} 份${late}`,
        figures: {
          archives: archives.total,
          notReturned: archives.notReturned,
          lateReturned: archives.lateReturned,
        },
      },
      reports_submitted: {
        ok: missingWeeks.length === 0 && reports.analysisSubmitted,
        records: `${
          missingWeeks.length === 0
            ? `每周进度统计表已报送（${reports.weeks.length} 周）`
            : `${missingWeeks.length} 周未报送进度统计表（${missingWeeks.map((w) => `${w}起的一周`).join('、')}）`
        }；分析报告${reports.analysisSubmitted ? '已报送' : '未报送'}`,
        figures: { weeksNotReported: missingWeeks, analysisSubmitted: reports.analysisSubmitted },
      },
    };
  }

  return {
    /** The hospitals of a plan in the actor's scope, with their settlement if computed. */
    async list(actor: Actor, planId: string) {
      const plan = await quality.plan(actor, planId);
      if (!plan) throw notFound('体检计划');
      const rows = await repo.forPlan(actor, plan.id);
      return rows.map((r) => ({
        hospitalId: r.hospitalId,
        hospitalName: r.hospitalName,
        examinations: r.examinations,
        settlement: r.settlement
          ? {
              id: r.settlement.id,
              status: r.settlement.status,
              statusLabel: settlementStatusLabels[r.settlement.status],
              net: fenToYuan(r.settlement.netFen),
              computedAt: r.settlement.computedAt.toISOString(),
              version: r.settlement.version,
            }
          : null,
        case: caseView(r),
      }));
    },

    /** Computes (or, until filed, recomputes) a hospital's settlement for a plan from the records. */
    async compute(actor: Actor, body: { hospitalId: string; planId: string; version?: number | undefined }) {
      manage(actor);
      const { hospital, plan } = await scope(actor, body.hospitalId, body.planId);
      const exams = await repo.concludedExaminations(hospital.id, plan.id);
      if (exams.length === 0)
        throw conflict(`${hospital.name}在本计划中还没有已出结论的体检，无法核算体检费用`);
      const [samples, surveys] = await Promise.all([
        quality.samples(hospital.id, plan.id),
        quality.surveys(hospital.id, plan.id),
      ]);
      const rates = settlementRates(
        qualityRates(
          samples.map((s) => s.sample),
          surveys,
        ),
      );
      if ('missing' in rates) throw conflict(`${rates.missing}：请先在「质量抽查与满意率」中录入`);
      const input = settlementInput(hospital, plan.items, exams, rates);
      const evaluation = await evaluate(input);
      const netFen = yuanToFen(evaluation.payableTotal ?? '0');
      const id = await db.transaction(async (tx) => {
        const txRepo = createSettlementsRepo(tx);
        const existing = await txRepo.locked(hospital.id, plan.id);
        if (existing?.status === 'filed') throw conflict('该结算已提交经办，不能重新核算');
        if (existing && existing.version !== body.version)
          throw conflict('该结算已被他人重新核算，请刷新后再核算');
        const values = { input, netFen, computedAt: clock.now(), computedBy: actor.userId };
        const row = existing
          ? await txRepo.update(existing.id, existing.version, values)
          : await txRepo.insert({ hospitalId: hospital.id, planId: plan.id, ...values });
        if (!row) throw conflict('该结算已被他人重新核算，请刷新后再核算');
        await recordAudit(tx, actor, {
          action: existing ? 'health_check.settlement.recompute' : 'health_check.settlement.compute',
          targetType: 'health_check_settlement',
          targetId: row.id,
          detail: {
            hospitalId: hospital.id,
            planId: plan.id,
            examinations: exams.length,
            fee: input.fee,
            unsignedItems: input.unsignedWaivedItems.length,
            rates,
            net: fenToYuan(netFen),
            ...(existing ? { before: fenToYuan(existing.netFen) } : {}),
          },
        });
        return row.id;
      });
      return this.detail(actor, id);
    },

    /** The settlement line by line with its clauses, the rule's checks and what the records say. */
    async detail(actor: Actor, id: string) {
      const row = await repo.readable(actor, id);
      if (!row) throw notFound('体检费用结算');
      const s = row.settlement;
      const input = s.input as unknown as Input;
      const evaluation = await deps.policies.present(await evaluate(input));
      const [records, pendingExaminees] = await Promise.all([
        recordsOfChecks(s.hospitalId, s.planId),
        repo.pendingExaminees(s.hospitalId, s.planId),
      ]);
      return {
        id: s.id,
        hospitalId: s.hospitalId,
        hospitalName: row.hospitalName,
        planId: s.planId,
        status: s.status,
        statusLabel: settlementStatusLabels[s.status],
        input,
        net: fenToYuan(s.netFen),
        outcome: evaluation.outcome,
        document: citedDocument(evaluation),
        lines: settlementLines(evaluation, input),
        failedConditions: evaluation.conditions
          .filter((c) => c.status === 'fail')
          .map((c) => ({ text: c.sentence, clause: c.citation })),
        checks: evaluation.checks
          .filter((c) => c.id in records)
          .map((c) => ({
            id: c.id,
            label: c.label,
            citation: c.citation,
            ...records[c.id as keyof typeof records],
          })),
        case: caseView(row),
        paidAmount: row.paidAmountFen === null ? null : fenToYuan(Number(row.paidAmountFen)),
        pendingExaminees,
        computedAt: s.computedAt.toISOString(),
        version: s.version,
      };
    },

    /**
     * Files the settlement as the hospital's case (申请人：定点体检医院) with the stored input as its
     * application, when the bureau has turned the item on; once filed it is frozen.
     */
    async file(actor: Actor, id: string, version: number) {
      manage(actor);
      const found = await repo.readable(actor, id);
      if (!found) throw notFound('体检费用结算');
      const hospital = await quality.hospital(actor, found.settlement.hospitalId);
      if (!hospital) throw notFound('体检医院');
      await deps.caseTypes.assertAccepting(await deps.caseTypes.get(HEALTH_CHECK_SETTLEMENT));
      // a filed settlement is final: every booked examinee examined or marked 未到检 first
      const pending = await repo.pendingExaminees(found.settlement.hospitalId, found.settlement.planId);
      if (pending > 0)
        throw conflict(
          `${hospital.name}尚有 ${pending} 名已安排的职工未体检（未出结论或未标记未到检），体检结束后再提交结算`,
        );
      // evaluated before the transaction (the rule reads the administered figures through the pool);
      // the version checked under the lock guarantees it is the input evaluated
      const evaluation = await evaluate(found.settlement.input as unknown as Input);
      if (evaluation.outcome === 'ineligible') {
        const why = evaluation.conditions.filter((c) => c.status === 'fail').map((c) => c.sentence);
        throw conflict(`规则核验结论为不符合条件，不能提交：${why.join('；')}`);
      }
      await db.transaction(async (tx) => {
        const locked = await createSettlementsRepo(tx).lockedById(found.settlement.id);
        if (locked?.status !== 'computed') throw conflict('该结算已提交经办，不能重复提交');
        if (locked.version !== version || locked.version !== found.settlement.version)
          throw conflict('该结算已重新核算，请刷新后再提交');
        // 申请人：定点体检医院, filed by the 医保处 officer; accepted and reviewed by the 医保处,
        // approved by the city, paid by finance to the hospital
        const caseId = await fileOnBehalf(deps, tx, actor, {
          caseTypeId: HEALTH_CHECK_SETTLEMENT,
          unit: { name: hospital.name, orgId: hospital.orgId, orgPath: hospital.orgPath, outsideTree: true },
          role: { code: 'health_check_settlement_filing', name: '体检费用结算申报' },
          application: locked.input,
        });
        await createSettlementsRepo(tx).update(locked.id, locked.version, { status: 'filed', caseId });
        await recordAudit(tx, actor, {
          action: 'health_check.settlement.file',
          targetType: 'health_check_settlement',
          targetId: locked.id,
          detail: {
            hospitalId: locked.hospitalId,
            planId: locked.planId,
            caseId,
            net: fenToYuan(locked.netFen),
          },
        });
      });
      return this.detail(actor, id);
    },
  };
}

export type SettlementsService = ReturnType<typeof createSettlementsService>;
