import { getPolicy } from '@minsheng/rules/catalogue.ts';
import { fenToYuan } from '@minsheng/rules/engine/money.ts';
import type { Executor } from '../../../db/client.ts';
import { type Actor, hasPermission } from '../../../platform/access/actor.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { conflict, DomainError, forbidden, notFound } from '../../../platform/errors.ts';
import { createCasesCreateService } from '../../cases/cases-create.service.ts';
import { setPath } from '../../cases/facts/case-facts.ts';
import { txDeps } from '../../cases/workflow/cases-stage.ts';
import { screeningLeadStatusLabels } from '../screening.schema.ts';
import type { ScreeningDeps } from '../screening.services.ts';
import { explainLeadToday, profileOf } from './lead-explanation.ts';
import { createLeadsRepo, type LeadFilter, type LeadWithNames, leadScopeCols } from './leads.repo.ts';

const stale = () => new DomainError('STALE', '该线索已被他人处理或已更新，请刷新后重试');

const policyRef = (id: string) => ({ id, name: getPolicy(id)?.name ?? id });

const listItem = ({ lead, personName, idNumberMasked, orgName }: LeadWithNames) => ({
  id: lead.id,
  version: lead.version,
  person: { id: lead.personId, name: personName, idNumberMasked },
  policyId: lead.policyId,
  policyName: policyRef(lead.policyId).name,
  orgName,
  status: lead.status,
  statusLabel: screeningLeadStatusLabels[lead.status],
  payable: lead.payableFen === null ? null : fenToYuan(lead.payableFen),
  payableBasis: profileOf(lead.policyId)?.amountBasis ?? null,
  reason: lead.reason,
  toVerify: lead.toVerify,
  firstFoundOn: lead.firstFoundOn,
  lastFoundOn: lead.lastFoundOn,
  caseId: lead.caseId,
  dismissedReason: lead.dismissedReason,
});

/**
 * What the screening set from the date (the claimed month = this month) is the application's start:
 * the officer sees 申领月份 filled and may change it. What the profile assumed the applicant would
 * declare is left for the applicant to declare.
 */
function datedApplication(policyId: string, today: string) {
  const application: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(profileOf(policyId)?.dated?.(today) ?? {}))
    setPath(application, path.split('.'), value);
  return application;
}

/**
 * 政策找人 leads: a station's officers see the leads of their subtree, open one with its explanation
 * as of today, and either start the application in one click (a draft case, facts pre-filled from
 * the registry as for any new case) or dismiss it with a reason.
 */
export function createLeadsService(deps: ScreeningDeps) {
  const { db } = deps;

  /** The lead in the actor's reach (screening:read over leads.org_path), else 404. */
  async function scoped(executor: Executor, actor: Actor, id: string) {
    if (!hasPermission(actor, 'screening:read')) throw forbidden();
    const row = await createLeadsRepo(executor).row(accessFilter(actor, 'screening:read', leadScopeCols), id);
    if (!row) throw notFound('线索');
    return row;
  }

  /** Refuses a step on a lead no longer open, or one that changed since the officer saw it. */
  function assertOpen(lead: LeadWithNames['lead'], version: number, what: string) {
    if (lead.status !== 'open')
      throw conflict(`该线索状态为「${screeningLeadStatusLabels[lead.status]}」，不能${what}`);
    if (lead.version !== version) throw stale();
  }

  /** 409 rather than 422: the lead is fine, the bureau does not take this item now. */
  async function assertAccepting(policyId: string) {
    const type = await deps.caseTypes.get(policyId);
    try {
      await deps.caseTypes.assertAccepting(type);
    } catch (err) {
      if (err instanceof DomainError && err.code === 'VALIDATION_FAILED') throw conflict(err.message);
      throw err;
    }
  }

  async function detail(actor: Actor, id: string) {
    const row = await scoped(db, actor, id);
    const { explanation, note } = await explainLeadToday(deps, row.lead);
    return {
      ...listItem(row),
      basis: profileOf(row.lead.policyId)?.basis ?? null,
      explanation,
      explanationNote: note,
    };
  }

  return {
    detail,

    async list(actor: Actor, q: LeadFilter & { page: number; pageSize: number }) {
      if (!hasPermission(actor, 'screening:read')) throw forbidden();
      const scope = accessFilter(actor, 'screening:read', leadScopeCols);
      const repo = createLeadsRepo(db);
      const [{ items, total }, policyIds] = await Promise.all([
        repo.list(scope, { status: q.status, policyId: q.policyId }, q),
        repo.policyIds(scope),
      ]);
      return { total, items: items.map(listItem), policies: policyIds.map(policyRef) };
    },

    /**
     * 发起申请: a draft case for the lead's person under the policy's case type (a certificate lead
     * names its certificate), created by the cases service as any new case; the lead becomes
     * converted with the case, in the same transaction.
     */
    async startCase(actor: Actor, id: string, version: number) {
      const { lead } = await scoped(db, actor, id);
      assertOpen(lead, version, '发起申请');
      await assertAccepting(lead.policyId);
      const caseId = await db.transaction(async (tx) => {
        const created = await createCasesCreateService(txDeps(deps, tx)).create(actor, {
          caseTypeId: lead.policyId,
          applicantKind: 'person',
          personId: lead.personId,
          certificateId: lead.subjectKey || undefined,
          application: datedApplication(lead.policyId, deps.clock.today()),
        });
        const closed = await createLeadsRepo(tx).close(lead.id, version, {
          status: 'converted',
          caseId: created.id,
          closedBy: actor.userId,
          closedAt: deps.clock.now(),
        });
        if (!closed) throw stale();
        await recordAudit(tx, actor, {
          action: 'screening_lead.convert',
          targetType: 'screening_lead',
          targetId: lead.id,
          detail: { policyId: lead.policyId, caseId: created.id, caseNumber: created.number },
        });
        return created.id;
      });
      return { caseId };
    },

    /** 排除: the lead is closed with the officer's reason; later runs do not reopen it. */
    async dismiss(actor: Actor, id: string, input: { version: number; reason: string }) {
      const { lead } = await scoped(db, actor, id);
      assertOpen(lead, input.version, '排除');
      await db.transaction(async (tx) => {
        const closed = await createLeadsRepo(tx).close(lead.id, input.version, {
          status: 'dismissed',
          dismissedReason: input.reason,
          closedBy: actor.userId,
          closedAt: deps.clock.now(),
        });
        if (!closed) throw stale();
        await recordAudit(tx, actor, {
          action: 'screening_lead.dismiss',
          targetType: 'screening_lead',
          targetId: lead.id,
          detail: { policyId: lead.policyId, reason: input.reason },
        });
      });
      return listItem(await scoped(db, actor, id));
    },
  };
}

export type LeadsService = ReturnType<typeof createLeadsService>;
