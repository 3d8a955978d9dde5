import { eq } from 'drizzle-orm';
import type { Actor } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { conflict, DomainError, invalid, notFound } from '../../../platform/errors.ts';
import { healthCheckReadFilter, hospitalOfUser, requireOwnHospital } from '../health-check-access.ts';
import type { HealthCheckDeps } from '../health-checks.services.ts';
import { examScopeCols } from './examinations.repo.ts';
import { findingStatusLabels, healthCheckFindings, notifyPartyLabels } from './examinations.schema.ts';
import { createFindingsRepo, type FindingListFilter } from './findings.repo.ts';
import { revealHealthData } from './health-data-reveal.ts';

export const notifyMethodLabels = { phone: '电话', in_person: '当面', written: '书面' } as const;
export type NotifyMethod = keyof typeof notifyMethodLabels;

/** A task is overdue while it is open past its due date. */
export const isOverdue = (f: { status: string; dueOn: string }, today: string) =>
  f.status === 'open' && f.dueOn < today;

/**
 * 第十七条 重要异常通知: the tasks a serious finding opened, listed without the finding (the hospital
 * its own, the 医保处 all in its scope), done when the hospital records when, how and whom it told;
 * the finding's wording is read only through the purpose-stated, audited reveal.
 */
export function createFindingsService(deps: HealthCheckDeps) {
  const { db, clock, cipher } = deps;

  return {
    async list(actor: Actor, f: Omit<FindingListFilter, 'overdueOn'> & { overdue?: boolean | undefined }) {
      const today = clock.today();
      const scope = await healthCheckReadFilter(db, actor, examScopeCols);
      const own = await hospitalOfUser(db, actor.userId);
      const { items, total } = await createFindingsRepo(db).list(scope, {
        ...f,
        overdueOn: f.overdue ? today : undefined,
      });
      return {
        total,
        items: items.map(({ hospitalId, ...i }) => ({
          ...i,
          notifyPartyLabel: notifyPartyLabels[i.notifyParty],
          statusLabel: findingStatusLabels[i.status],
          overdue: isOverdue(i, today),
          canNotify: own === hospitalId && i.status === 'open',
        })),
      };
    },

    /** 登记已通知: the hospital's own open task, told on a day between the examination and today. */
    async notified(
      actor: Actor,
      id: string,
      input: { version: number; notifiedOn: string; method: NotifyMethod; whom: string },
    ) {
      const hospitalId = await requireOwnHospital(db, actor);
      return db.transaction(async (tx) => {
        const repo = createFindingsRepo(tx);
        const row = await repo.row(eq(healthCheckFindings.hospitalId, hospitalId), id);
        if (!row) throw notFound('重要异常通知任务');
        if (row.finding.status !== 'open') throw conflict('该重要异常已登记通知');
        if (input.notifiedOn < row.examinedOn)
          throw invalid(`通知日期不能早于体检日期 ${row.examinedOn}`, [
            { path: 'notifiedOn', message: '早于体检日期' },
          ]);
        if (input.notifiedOn > clock.today())
          throw invalid('通知日期不能晚于今天', [{ path: 'notifiedOn', message: '晚于今天' }]);
        const notifiedHow = `${notifyMethodLabels[input.method]}通知：${input.whom}`;
        const saved = await repo.update(id, input.version, {
          status: 'notified',
          notifiedOn: input.notifiedOn,
          notifiedHow,
          notifiedBy: actor.userId,
        });
        if (!saved) throw new DomainError('STALE', '该通知任务已被他人处理，请刷新后重试');
        await recordAudit(tx, actor, {
          action: 'health_check_finding.notified',
          targetType: 'health_check_finding',
          targetId: id,
          detail: { notifiedOn: input.notifiedOn, method: input.method },
        });
        return { id, version: saved.version, status: saved.status };
      });
    },

    /** The finding's wording, through the same purpose-stated, audited reveal as the results. */
    async view(actor: Actor, id: string, purpose: string) {
      const scope = await healthCheckReadFilter(db, actor, examScopeCols);
      const row = await createFindingsRepo(db).row(scope, id);
      if (!row) throw notFound('重要异常通知任务');
      await revealHealthData(
        db,
        actor,
        { hospitalId: row.finding.hospitalId, type: 'health_check_finding', id },
        purpose,
      );
      return { id, summary: cipher.decrypt(row.finding.summaryEnc) };
    },
  };
}

export type FindingsService = ReturnType<typeof createFindingsService>;
