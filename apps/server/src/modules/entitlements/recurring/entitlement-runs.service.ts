import { randomUUID } from 'node:crypto';
import { getPolicy } from '@minsheng/rules/catalogue.ts';
import { monthOf } from '@minsheng/rules/engine/dates.ts';
import { fenToYuan } from '@minsheng/rules/engine/money.ts';
import { periodOf, type StopEvent } from '@minsheng/rules/entitlements/stop-events.ts';
import type { Actor, ActorRole } from '../../../platform/access/actor.ts';
import { hasPermission } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { forbidden, invalid, notFound } from '../../../platform/errors.ts';
import { type FiledCase, fileSubmittedBatch } from '../../cases/batches/cases-batch-filing.ts';
import { nextNumber } from '../../cases/cases.repo.ts';
import { type FrozenResult, ruleRefusal } from '../../cases/workflow/case-decision.rules.ts';
import { caseStatusLabels } from '../../cases/workflow/case-status.ts';
import type { CaseDeps } from '../../cases/workflow/case-transition.ts';
import { evaluateCaseRule, type HumanChecks } from '../../cases/workflow/cases-review.service.ts';
import { entitlementPeriodKindLabels } from '../entitlements.schema.ts';
import {
  createEntitlementsRepo,
  createRecoveriesRepo,
  createRunsRepo,
  type EntitlementRow,
  type RunRow,
} from './entitlements.repo.ts';
import { listableNow, notDue, type PeriodPlan, planPeriod, prevMonth, stopText } from './period-plan.ts';
import { type RecurringPolicy, recurringPolicy } from './recurring-policies.ts';
import { RETIREMENT_KEY, readStopFacts } from './stop-facts.repo.ts';
import { END_MONTH_PASSED, RULE_REFUSED, stopCodeLabel } from './stop-labels.ts';

/**
 * Listing a period files the holders' claims, so the reviewer who may run it (`entitlement:run`)
 * files them with case creation granted for this act alone.
 */
const filingRole: ActorRole = {
  code: 'entitlement_run_filing',
  name: '定期待遇发放立案',
  permissions: ['case:create'],
  dataScope: 'subtree',
  customOrgPaths: [],
  adminClass: null,
};

/** The most entitlements one run lists (a city's monthly list is far smaller). */
const MAX_LISTED = 5000;

export interface RunInput {
  policyId: string;
  month: string;
}

type Due = Extract<PeriodPlan, { kind: 'due' }>;
type Decided =
  | { e: EntitlementRow; plan: Due; amountFen: number }
  | { e: EntitlementRow; plan: Extract<PeriodPlan, { kind: 'stopped' }> }
  | { e: EntitlementRow; plan: Due; refusal: string; termOver: boolean }
  | { e: EntitlementRow; plan: { kind: 'ended' } };

const policyName = (id: string) => getPolicy(id)?.name ?? id;

/** The declared application a period's claim carries: the entitlement's, with the period. */
function periodApplication(e: EntitlementRow, from: string, to: string) {
  const { [RETIREMENT_KEY]: _r, ...declared } = e.application;
  return { ...declared, period: { fromMonth: from, toMonth: to }, entitlementId: e.id };
}

/**
 * Period runs (定期发放): for one policy and month, every active entitlement of the actor's subtree
 * whose period is due and not yet listed is checked against the registry's stop events and the
 * policy itself (evaluated as its case will be), and its due months filed as one submitted case of
 * one batch; the rest stop with the reason. Paid periods the registry now shows were not due
 * become recovery tasks.
 */
export function createEntitlementRunsService(deps: CaseDeps) {
  const { db, clock } = deps;

  /** The rule as the filed case will evaluate it, for an entitlement's months (what review decides). */
  async function evaluate(e: EntitlementRow, caseId: string, from: string, to: string) {
    const post = e.postId ? await createEntitlementsRepo(db).post(e.postId) : undefined;
    // A 4050 holder's extension approved on the post register counts as the check confirmed; until
    // then the check stays open (the case's reviewer decides it), it does not refuse the month.
    const checks: HumanChecks = post?.extensionApprovedAt ? { extension_approved: { confirmed: true } } : {};
    const r = await evaluateCaseRule(
      deps,
      {
        id: caseId,
        policyId: e.policyId,
        personId: e.personId,
        employerId: e.employerId,
        applicantOrgId: null,
        certificateId: null,
        appliedOn: clock.today(),
        application: periodApplication(e, from, to),
        factOverrides: {},
      },
      checks,
    );
    const frozen = r.evaluation as unknown as FrozenResult & {
      conditions: { id?: string; status: string }[];
    };
    const refusal = ruleRefusal(frozen);
    const termOver = (frozen.conditions as { id?: string; status: string }[]).some(
      (c) => c.id === 'within_three_years' && c.status === 'fail',
    );
    return { amountFen: r.proposed, refusal, termOver };
  }

  async function decide(e: EntitlementRow, plan: PeriodPlan): Promise<Decided | null> {
    if (plan.kind === 'skip') return null;
    if (plan.kind === 'ended' || plan.kind === 'stopped') return { e, plan } as Decided;
    const r = await evaluate(e, randomUUID(), plan.from, plan.paidTo);
    return r.refusal === null
      ? { e, plan, amountFen: r.amountFen }
      : { e, plan, refusal: r.refusal, termOver: r.termOver };
  }

  async function runDetail(actor: Actor, id: string) {
    const repo = createRunsRepo(db);
    const found = await repo.one(actor, id);
    if (!found) throw notFound('发放批次');
    const lines = await repo.linesOf(actor, id);
    await recordAudit(db, actor, {
      action: 'entitlement.run.read',
      targetType: 'entitlement_run',
      targetId: id,
      detail: { number: found.run.number, lines: lines.length },
    });
    return {
      ...runView(found),
      lines: lines.map((l) => ({
        periodId: l.period.id,
        entitlementId: l.period.entitlementId,
        entitlementNumber: l.entitlementNumber,
        holderName: l.holderName,
        holderIdNumberMasked: l.holderIdNumberMasked,
        fromMonth: l.period.fromMonth,
        toMonth: l.period.toMonth,
        outcome: l.period.outcome,
        outcomeLabel: l.period.outcome === 'listed' ? '已列入发放' : '停发',
        paidToMonth: l.period.paidToMonth,
        caseId: l.period.caseId,
        caseNumber: l.caseNumber,
        caseStatus: l.caseStatus,
        caseStatusLabel: l.caseStatus ? caseStatusLabels[l.caseStatus] : null,
        amount: l.period.amountFen === null ? null : fenToYuan(l.period.amountFen),
        stopCode: l.period.stopCode,
        stopLabel: stopCodeLabel(l.period.stopCode),
        reason: l.period.reason,
      })),
    };
  }

  /** The recovery tasks the registry now calls for: paid periods with months not due. */
  async function recoveriesDue(actor: Actor, policyId: string) {
    const paid = await createRunsRepo(db).paidWithoutRecovery(actor, policyId);
    const facts = await readStopFacts(db, [
      ...new Map(paid.map((p) => [p.entitlement.id, p.entitlement])).values(),
    ]);
    const out: {
      periodId: string;
      e: EntitlementRow;
      caseId: string;
      from: string;
      to: string;
      amountFen: number;
      stop: StopEvent;
    }[] = [];
    for (const p of paid) {
      const { period } = p;
      if (!period.paidToMonth || !period.caseId) continue;
      const over = notDue(facts.get(p.entitlement.id)!, period.fromMonth, period.paidToMonth);
      if (!over) continue;
      const dueFen =
        over.duePaidTo === null
          ? 0
          : (await evaluate(p.entitlement, period.caseId, period.fromMonth, over.duePaidTo)).amountFen;
      const amountFen = p.paidFen - dueFen;
      if (amountFen <= 0) continue;
      out.push({
        periodId: period.id,
        e: p.entitlement,
        caseId: period.caseId,
        from: over.from,
        to: over.to,
        amountFen,
        stop: over.stop,
      });
    }
    return out;
  }

  async function runPeriod(actor: Actor, input: RunInput, skipEmpty: boolean) {
    if (!hasPermission(actor, 'entitlement:run')) throw forbidden();
    const recurring: RecurringPolicy | undefined = recurringPolicy(input.policyId);
    if (!recurring)
      throw invalid(`「${policyName(input.policyId)}」不是按期发放的待遇`, [
        { path: 'policyId', message: '非定期待遇事项' },
      ]);
    const today = clock.today();
    if (input.month > monthOf(today))
      throw invalid(`只能发放本月（${monthOf(today)}）及以前月份的待遇`, [
        { path: 'month', message: '晚于本月' },
      ]);
    const type = await deps.caseTypes.get(input.policyId);
    await deps.caseTypes.assertAccepting(type);
    const filer: Actor = { ...actor, roles: [...actor.roles, filingRole] };

    // The registry and the rule are read first (the embedded database has one connection, and
    // the rule reads administered figures through the pool); the writes follow under the lock,
    // which re-reads what is listed, so a concurrent run lists nothing twice.
    const runs = createRunsRepo(db);
    const active = await runs.active(actor, input.policyId, periodOf('quarterly', input.month).to);
    const listedBefore = await runs.listedFrom(active.map((e) => e.id));
    const facts = await readStopFacts(db, active);
    const decided: Decided[] = [];
    for (const e of active) {
      const plan = planPeriod(e, input.month, listedBefore.get(e.id) ?? new Set(), facts.get(e.id)!);
      const d = await decide(e, listableNow(plan, monthOf(today)));
      if (d) decided.push(d);
    }
    if (decided.length > MAX_LISTED)
      throw invalid(`一次最多发放${MAX_LISTED}项定期待遇，请联系管理员分批处理`);
    const recoveries = await recoveriesDue(actor, input.policyId);
    if (skipEmpty && decided.length === 0 && recoveries.length === 0) return null;

    const runId = await db.transaction(async (tx) => {
      const txRuns = createRunsRepo(tx);
      const txEntitlements = createEntitlementsRepo(tx);
      await txRuns.lock(input.policyId);
      const stillActive = new Map(
        (await txRuns.active(actor, input.policyId, periodOf('quarterly', input.month).to)).map((e) => [
          e.id,
          e,
        ]),
      );
      const listed = await txRuns.listedFrom([...stillActive.keys()]);
      const fresh = decided.filter((d) => {
        const now = stillActive.get(d.e.id);
        if (!now || now.version !== d.e.version) return false;
        return d.plan.kind === 'ended' || !listed.get(d.e.id)?.has(d.plan.from);
      });
      // the run names the months its lines cover: a quarter listed in its third month starts two earlier
      const kinds = new Set(fresh.map((d) => d.e.periodKind));
      const kind = kinds.size === 1 ? [...kinds][0]! : recurring.periodKinds[0]!;
      const months = fresh.flatMap((d) => (d.plan.kind === 'ended' ? [] : [d.plan.from, d.plan.to])).sort();
      const run = await txRuns.insert({
        number: await nextNumber(tx, 'entitlement_run', 'DF', Number(today.slice(0, 4))),
        policyId: input.policyId,
        periodKind: kind,
        periodStart: months[0] ?? periodOf(kind, input.month).from,
        periodEnd: months.at(-1) ?? input.month,
        orgId: actor.orgId,
        orgPath: actor.orgPath,
        createdBy: actor.userId,
      });
      const payable = fresh.filter((d): d is Extract<Decided, { amountFen: number }> => 'amountFen' in d);
      const filed: FiledCase[] = payable.map((d, i) => ({
        input: {
          caseTypeId: input.policyId,
          applicantKind: recurring.applicant === 'post_employer' ? 'employer' : 'person',
          personId: d.e.personId,
          ...(recurring.applicant === 'post_employer' && d.e.employerId
            ? { employerId: d.e.employerId }
            : {}),
          application: { ...periodApplication(d.e, d.plan.from, d.plan.paidTo), rosterRow: i + 1 },
        },
      }));
      const batch =
        filed.length === 0
          ? null
          : await fileSubmittedBatch(
              deps,
              tx,
              filer,
              {
                type,
                applicantName: `${policyName(input.policyId)}（定期发放）`,
                fileName: `${run.number} ${input.month} 定期待遇发放名单`,
              },
              filed,
            );
      let stoppedCount = 0;
      let totalFen = 0;
      for (const d of fresh) {
        const e = d.e;
        if (d.plan.kind === 'ended') {
          await txEntitlements.update(e.id, {
            status: 'ended',
            stopCode: END_MONTH_PASSED,
            stopReason: `待遇期满（终止月份${e.endMonth}）`,
          });
          continue;
        }
        if (d.plan.kind === 'stopped') {
          const stop = d.plan.stop;
          await txRuns.insertPeriod({
            entitlementId: e.id,
            runId: run.id,
            fromMonth: d.plan.from,
            toMonth: d.plan.to,
            outcome: 'stopped',
            stopCode: stop.code,
            reason: stopText(stop),
          });
          await txEntitlements.update(e.id, {
            status: 'stopped',
            stopCode: stop.code,
            stoppedOn: stop.on,
            stopReason: stopText(stop),
          });
          stoppedCount += 1;
          continue;
        }
        if ('refusal' in d) {
          await txRuns.insertPeriod({
            entitlementId: e.id,
            runId: run.id,
            fromMonth: d.plan.from,
            toMonth: d.plan.to,
            outcome: 'stopped',
            stopCode: RULE_REFUSED,
            reason: d.refusal,
          });
          await txEntitlements.update(e.id, {
            status: d.termOver ? 'ended' : 'stopped',
            stopCode: RULE_REFUSED,
            stoppedOn: `${d.plan.from}-01`,
            stopReason: d.refusal,
          });
          stoppedCount += 1;
          continue;
        }
        if (!('amountFen' in d)) continue;
        const created = batch!.created[payable.indexOf(d)]!;
        const stop = d.plan.stop;
        await txRuns.insertPeriod({
          entitlementId: e.id,
          runId: run.id,
          fromMonth: d.plan.from,
          toMonth: d.plan.to,
          outcome: 'listed',
          paidToMonth: d.plan.paidTo,
          caseId: created.id,
          amountFen: d.amountFen,
          stopCode: stop?.code ?? null,
          reason: stop ? stopText(stop) : null,
        });
        totalFen += d.amountFen;
        const endReached = e.endMonth !== null && d.plan.paidTo >= e.endMonth;
        await txEntitlements.update(e.id, {
          listedThroughMonth: d.plan.to,
          ...(stop
            ? { status: 'stopped', stopCode: stop.code, stoppedOn: stop.on, stopReason: stopText(stop) }
            : endReached
              ? {
                  status: 'ended',
                  stopCode: END_MONTH_PASSED,
                  stopReason: `待遇期满（终止月份${e.endMonth}）`,
                }
              : {}),
        });
      }
      let recoveryCount = 0;
      for (const r of recoveries) {
        const row = await createRecoveriesRepo(tx).insert({
          entitlementId: r.e.id,
          periodId: r.periodId,
          caseId: r.caseId,
          fromMonth: r.from,
          toMonth: r.to,
          amountFen: r.amountFen,
          stopCode: r.stop.code,
          eventOn: r.stop.on,
          reason: stopText(r.stop),
          orgId: r.e.orgId,
          orgPath: r.e.orgPath,
          createdBy: actor.userId,
        });
        if (row) recoveryCount += 1;
      }
      await txRuns.setTotals(run.id, {
        batchId: batch?.batch.id ?? null,
        listedCount: payable.length,
        stoppedCount,
        recoveryCount,
        totalAmountFen: totalFen,
      });
      await recordAudit(tx, actor, {
        action: 'entitlement.run',
        targetType: 'entitlement_run',
        targetId: run.id,
        detail: {
          number: run.number,
          policyId: input.policyId,
          month: input.month,
          listed: payable.length,
          stopped: stoppedCount,
          recoveries: recoveryCount,
          batch: batch?.batch.number ?? null,
        },
      });
      return run.id;
    });
    return runDetail(actor, runId);
  }

  return {
    /** The month before the bureau's current one (the monthly job lists it). */
    previousMonth: () => prevMonth(monthOf(clock.today())),

    run: async (actor: Actor, input: RunInput) => (await runPeriod(actor, input, false))!,

    /** The monthly job's run: none recorded when there is nothing to list, stop or recover. */
    runIfAny: (actor: Actor, input: RunInput) => runPeriod(actor, input, true),

    async list(actor: Actor, page: { page: number; pageSize: number }) {
      if (!hasPermission(actor, 'entitlement:read')) throw forbidden();
      const repo = createRunsRepo(db);
      const [items, total] = await Promise.all([repo.list(actor, page), repo.total(actor)]);
      return { items: items.map(runView), total };
    },

    async detail(actor: Actor, id: string) {
      if (!hasPermission(actor, 'entitlement:read')) throw forbidden();
      return runDetail(actor, id);
    },
  };
}

function runView({ run, batchNumber }: { run: RunRow; batchNumber: string | null }) {
  return {
    id: run.id,
    number: run.number,
    policyId: run.policyId,
    policyName: policyName(run.policyId),
    periodKind: run.periodKind,
    periodKindLabel: entitlementPeriodKindLabels[run.periodKind],
    periodStart: run.periodStart,
    periodEnd: run.periodEnd,
    batchId: run.batchId,
    batchNumber,
    listedCount: run.listedCount,
    stoppedCount: run.stoppedCount,
    recoveryCount: run.recoveryCount,
    totalAmount: fenToYuan(run.totalAmountFen),
    createdAt: run.createdAt.toISOString(),
  };
}

export type EntitlementRunsService = ReturnType<typeof createEntitlementRunsService>;
