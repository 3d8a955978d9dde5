import { fenToYuan } from '@minsheng/rules/engine/money.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { hasPermission } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { conflict, forbidden, notFound } from '../../../platform/errors.ts';
import type { CaseDeps } from '../../cases/workflow/case-transition.ts';
import { type RecoveryStatus, recoveryStatusLabels } from '../entitlements.schema.ts';
import { createRecoveriesRepo, type RecoveryRow } from './entitlements.repo.ts';
import { stopCodeLabel } from './stop-labels.ts';

export interface ResolveInput {
  version: number;
  status: 'recovered' | 'waived';
  note: string;
}

export function recoveryView(r: {
  recovery: RecoveryRow;
  entitlementNumber: string;
  holderName: string;
  holderIdNumberMasked: string;
  caseNumber: string;
}) {
  const x = r.recovery;
  return {
    id: x.id,
    entitlementId: x.entitlementId,
    entitlementNumber: r.entitlementNumber,
    holderName: r.holderName,
    holderIdNumberMasked: r.holderIdNumberMasked,
    periodId: x.periodId,
    caseId: x.caseId,
    caseNumber: r.caseNumber,
    fromMonth: x.fromMonth,
    toMonth: x.toMonth,
    amount: fenToYuan(x.amountFen),
    stopCode: x.stopCode,
    stopLabel: stopCodeLabel(x.stopCode),
    eventOn: x.eventOn,
    reason: x.reason,
    status: x.status,
    statusLabel: recoveryStatusLabels[x.status],
    resolvedAt: x.resolvedAt?.toISOString() ?? null,
    resolutionNote: x.resolutionNote,
    createdAt: x.createdAt.toISOString(),
    version: x.version,
  };
}

/** Over-payment recovery tasks (多发追回): listed in scope, resolved as recovered or written off. */
export function createRecoveriesService(deps: CaseDeps) {
  const { db } = deps;
  return {
    async list(actor: Actor, status: RecoveryStatus | undefined, page: { page: number; pageSize: number }) {
      if (!hasPermission(actor, 'entitlement:read')) throw forbidden();
      const repo = createRecoveriesRepo(db);
      const { items, total } = await repo.list(actor, repo.byStatus(status), page);
      return { items: items.map(recoveryView), total };
    },

    async resolve(actor: Actor, id: string, input: ResolveInput) {
      if (!hasPermission(actor, 'entitlement:run')) throw forbidden();
      const found = await createRecoveriesRepo(db).one(actor, id, 'entitlement:run');
      if (!found) throw notFound('追回任务');
      await db.transaction(async (tx) => {
        const repo = createRecoveriesRepo(tx);
        const locked = await repo.lockedById(id);
        if (locked?.status !== 'open') throw conflict('该追回任务已处理');
        if (locked.version !== input.version) throw conflict('该追回任务已被他人修改，请刷新后重试');
        await repo.resolve(id, {
          status: input.status,
          resolvedAt: deps.clock.now(),
          resolvedBy: actor.userId,
          resolutionNote: input.note.trim(),
        });
        await recordAudit(tx, actor, {
          action: 'entitlement.recovery.resolve',
          targetType: 'entitlement_recovery',
          targetId: id,
          detail: { status: input.status, amountFen: locked.amountFen, entitlement: found.entitlementNumber },
        });
      });
      return recoveryView((await createRecoveriesRepo(db).one(actor, id, 'entitlement:read'))!);
    },
  };
}

export type RecoveriesService = ReturnType<typeof createRecoveriesService>;
