import type { EvaluationResult } from '@minsheng/rules/engine/evaluate.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { lenientCalendar } from '../../platform/calendar/calendar-source.ts';
import { notFound } from '../../platform/errors.ts';
import { createCaseApplicantsRepo } from './case-applicants.repo.ts';
import { applicantKindLabels } from './case-types/case-types.service.ts';
import { createCasesRepo } from './cases.repo.ts';
import { type CaseListFilters, type CaseListRow, createCasesQueryRepo } from './cases-query.repo.ts';
import { dueFlags, dueSoonUntil } from './deadlines/case-due-dates.ts';
import { availableActions, awaiting, casePaysMoney, transitions } from './workflow/case-lifecycle.ts';
import { caseStatusLabels } from './workflow/case-status.ts';
import { type CaseDeps, lifecycleContext } from './workflow/case-transition.ts';

/** The stored engine result: every field of EvaluationResult, answered as it is (a loose schema). */
type FrozenEvaluation = EvaluationResult & Record<string, unknown>;

export type CaseListQuery = Omit<CaseListFilters, 'orgPath'> & { orgId?: number | undefined };

/** Lists, task lists and the case file. Reads only; every query is scoped through `caseScope`. */
export function createCasesQueryService(deps: CaseDeps) {
  const { db } = deps;
  const repo = createCasesQueryRepo(db);

  const calendar = () => lenientCalendar(deps.calendar);

  const item = (r: CaseListRow, today: string) => {
    const next = awaiting(r.status, {
      requiresPublicNotice: r.requiresPublicNotice,
      paysMoney: casePaysMoney(r.paysMoney, r.approvedAmountFen ?? r.proposedAmountFen),
    });
    return {
      id: r.id,
      number: r.number,
      caseType: { id: r.caseTypeId, name: r.caseTypeName },
      applicantKind: r.applicantKind,
      applicantKindLabel: applicantKindLabels[r.applicantKind],
      applicantName: r.applicantName,
      status: r.status,
      statusLabel: caseStatusLabels[r.status],
      awaiting: next ? { actor: next.actor, step: next.step } : null,
      dueOn: r.dueOn,
      ...dueFlags(next ? r.dueOn : null, today, calendar()),
      proposedAmountFen: r.proposedAmountFen,
      approvedAmountFen: r.approvedAmountFen,
      org: { id: r.orgId, name: r.orgName },
      createdAt: r.createdAt,
      submittedAt: r.submittedAt,
      version: r.version,
    };
  };

  async function filters(q: CaseListQuery): Promise<CaseListFilters> {
    const { orgId, ...rest } = q;
    if (orgId === undefined) return rest;
    // An unknown organisation matches nothing rather than everything.
    return { ...rest, orgPath: (await repo.orgPath(orgId)) ?? '/none/' };
  }

  async function run(kind: 'list' | 'tasks', actor: Actor, q: CaseListQuery) {
    const today = deps.clock.today();
    const page = await repo[kind](actor, await filters(q), today, dueSoonUntil(today, calendar()));
    return { items: page.items.map((r) => item(r, today)), total: page.total, today };
  }

  return {
    list: (actor: Actor, q: CaseListQuery) => run('list', actor, q),
    tasks: (actor: Actor, q: CaseListQuery) => run('tasks', actor, q),

    async detail(actor: Actor, id: string) {
      const cases = createCasesRepo(db);
      const row = await cases.row(actor, id, 'case:read');
      if (!row) throw notFound('案件');
      const type = await deps.caseTypes.get(row.caseTypeId);
      const ctx = lifecycleContext(row, type);
      const today = deps.clock.today();
      const next = awaiting(row.status, ctx);
      const applicants = createCaseApplicantsRepo(db);
      const person = row.personId ? await applicants.person(actor, row.personId) : undefined;
      const org = await applicants.org(row.orgId);
      const permissions = new Set(actor.roles.flatMap((r) => r.permissions));
      // An action is offered only when the case is also in scope for that action's permission.
      const offered = [];
      for (const a of availableActions(row.status, ctx, permissions)) {
        if (await cases.row(actor, id, transitions[a].permission)) offered.push(a);
      }
      return {
        ...row,
        // frozen as the engine computed it; named as the deployment configures documents now
        frozenEvaluation: row.frozenEvaluation
          ? await deps.policies.present(row.frozenEvaluation as unknown as FrozenEvaluation)
          : null,
        statusLabel: caseStatusLabels[row.status],
        applicantKindLabel: applicantKindLabels[row.applicantKind],
        caseType: { id: type.id, name: type.name, paysMoney: type.paysMoney },
        person: person ? { id: person.id, name: person.name, idNumberMasked: person.idNumberMasked } : null,
        org: { id: row.orgId, name: org?.name ?? '' },
        awaiting: next ? { actor: next.actor, step: next.step } : null,
        ...dueFlags(next ? row.dueOn : null, today, calendar()),
        availableActions: offered,
        materials: await cases.materials(id),
        events: await cases.events(id),
        supplementNotices: await cases.notices(id),
        claims: await cases.claimsOfCase(id),
      };
    },
  };
}
