import { trackMissingYears } from '@minsheng/rules/engine/calendar.ts';
import type { Db, Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { hasPermission } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { CalendarSource } from '../../../platform/calendar/calendar-source.ts';
import type { Clock } from '../../../platform/clock.ts';
import { conflict, DomainError, forbidden, notFound } from '../../../platform/errors.ts';
import type { PolicyService } from '../../policy/policy.service.ts';
import type { CaseTypeRow } from '../case-types/case-types.repo.ts';
import type { CaseTypesService } from '../case-types/case-types.service.ts';
import { type CaseRow, createCasesRepo, type NewCaseRow } from '../cases.repo.ts';
import { dueOnEntering } from '../deadlines/case-due-dates.ts';
import { noteDueDate } from '../deadlines/provisional-deadlines.service.ts';
import { assertApplicationComplete } from '../facts/application-check.ts';
import { type FrozenResult, ruleRefusal } from './case-decision.rules.ts';
import {
  type CaseAction,
  casePaysMoney,
  decide,
  finalStatuses,
  type LifecycleContext,
  transitions,
} from './case-lifecycle.ts';

export interface CaseDeps {
  db: Db;
  caseTypes: CaseTypesService;
  policies: PolicyService;
  /** the current instant and the bureau's day; tests pass their own */
  clock: Clock;
  calendar: CalendarSource;
}

export const staleCase = () => new DomainError('STALE', '该案件已被他人处理或修改，请刷新后重试');

export const lifecycleContext = (row: CaseRow, type: CaseTypeRow): LifecycleContext => ({
  requiresPublicNotice: row.requiresPublicNotice,
  paysMoney: casePaysMoney(
    type.paysMoney,
    row.approvedAmountFen ?? row.overrideAmountFen ?? row.proposedAmountFen,
  ),
  ruleRefusal: ruleRefusal(row.frozenEvaluation as unknown as FrozenResult | null),
});

/** The case, when the actor holds `action`'s permission and the case is in that permission's scope. */
export async function caseForAction(deps: CaseDeps, actor: Actor, id: string, action: CaseAction) {
  const { permission } = transitions[action];
  if (!hasPermission(actor, permission)) throw forbidden();
  const row = await createCasesRepo(deps.db).row(actor, id, permission);
  if (!row) throw notFound('案件');
  return { row, type: await deps.caseTypes.get(row.caseTypeId) };
}

/**
 * Steps that need complete, valid application data (item by item against the policy's input, with
 * the registry facts filled in): whoever takes them — the screen, a roster, the demo.
 */
const applicationChecked: Partial<Record<CaseAction, string>> = {
  submit: '提交',
  resubmit: '重新提交',
  accept: '受理',
};

export interface StepContext {
  tx: Executor;
  row: CaseRow;
  type: CaseTypeRow;
  today: string;
  now: Date;
}

export interface StepResult {
  patch?: Partial<NewCaseRow>;
  /** recorded on the case event and in the audit trail */
  payload?: Record<string, unknown>;
  note?: string | null;
}

export interface TransitionRequest {
  action: CaseAction;
  version: number;
  /** checks and writes of the step; runs inside the transaction after the version is taken */
  work?: (ctx: StepContext) => Promise<StepResult> | StepResult;
  /** checks before anything is written (refusals that need no transaction) */
  check?: (row: CaseRow, type: CaseTypeRow) => void | Promise<void>;
}

/**
 * One lifecycle step: permission and scope, the transition table, the optimistic version, the
 * step's own work, the due date of whoever acts next, the case event and the audit record — all in
 * one transaction. The versioned update comes first, so of two officers acting at once exactly
 * one proceeds and the other gets 409 before writing anything.
 */
export async function runTransition(deps: CaseDeps, actor: Actor, id: string, req: TransitionRequest) {
  const { row, type } = await caseForAction(deps, actor, id, req.action);
  const ctx = lifecycleContext(row, type);
  // A stale version first: whoever acted on an old screen learns that someone else was quicker.
  if (req.version !== row.version) throw staleCase();
  const decision = decide(row.status, req.action, ctx);
  if (!decision.ok) throw conflict(decision.reason);
  await req.check?.(row, type);
  const now = deps.clock.now();
  const today = deps.clock.today();
  const checked = applicationChecked[req.action];
  if (checked) await assertApplicationComplete(deps.db, row, today, checked);
  return deps.db.transaction(async (tx) => {
    const repo = createCasesRepo(tx);
    const taken = await repo.update(id, row.version, {});
    if (!taken) throw staleCase();
    const result = (await req.work?.({ tx, row: taken, type, today, now })) ?? {};
    const to = decision.to;
    const patch: Partial<NewCaseRow> = { ...result.patch, status: to };
    if (to !== row.status) {
      const nextCtx = {
        ...ctx,
        requiresPublicNotice: patch.requiresPublicNotice ?? ctx.requiresPublicNotice,
      };
      const { calendar, provisionalYears } = trackMissingYears(deps.calendar.current());
      const due = dueOnEntering(to, nextCtx, type, today, row.applicationDeadline, calendar);
      await noteDueDate(tx, id, due && { ...due, startOn: today }, provisionalYears());
      patch.dueOn = due?.dueOn ?? null;
      if (due?.dueOn) patch.dueDates = { ...row.dueDates, ...patch.dueDates, [due.step]: due.dueOn };
      if (finalStatuses.has(to)) patch.closedAt = now;
    }
    const updated = await repo.set(id, patch);
    await repo.addEvent({
      caseId: id,
      action: req.action,
      fromStatus: row.status,
      toStatus: to,
      actorId: actor.userId,
      actorName: actor.displayName,
      at: now,
      note: result.note ?? null,
      payload: result.payload ?? null,
      version: updated.version,
    });
    await recordAudit(tx, actor, {
      action: `case.${req.action}`,
      targetType: 'case',
      targetId: id,
      detail: {
        number: row.number,
        from: row.status,
        to,
        ...(result.note ? { note: result.note } : {}),
        ...result.payload,
      },
    });
    return updated;
  });
}
