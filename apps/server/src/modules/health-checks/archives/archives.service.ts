import { addDays, addMonths } from '@minsheng/rules/engine/dates.ts';
import { eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { type Actor, hasPermission } from '../../../platform/access/actor.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { bureauDate, type Clock } from '../../../platform/clock.ts';
import { conflict, forbidden, invalid, notFound } from '../../../platform/errors.ts';
import { healthCheckReadFilter, requireOwnHospital } from '../health-check-access.ts';
import { type ArchiveReturn, checkReturn, overdue, returnedLate } from './archive-return.ts';
import { type ArchiveTab, archiveScopeCols, createArchivesRepo } from './archives.repo.ts';
import { archiveReceiverLabels, archiveReviewStatusLabels, healthCheckArchives } from './archives.schema.ts';

type ListItem = Awaited<ReturnType<ReturnType<typeof createArchivesRepo>['list']>>['items'][number];

export type ArchiveReview =
  | { decision: 'approve'; paperComplete: boolean; electronicComplete: boolean; note?: string | undefined }
  | { decision: 'return_for_fix'; paperComplete: boolean; electronicComplete: boolean; note: string };

/** A bulk approval's size: one screen of the 待审核 list at most. */
export const BULK_APPROVE_MAX = 200;

/**
 * 第十八条 体检档案的整理与返还: the 医保处 reviews each archive (paper and electronic, 第十三、十五条),
 * the hospital returns an approved one to the employer or the employee with a signed register, by
 * the 20th of the next month; what is late is flagged, what is overdue is listed for both sides.
 */
export function createArchivesService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  const view = (r: ListItem, today: string) => ({
    ...r,
    reviewStatusLabel: archiveReviewStatusLabels[r.reviewStatus],
    receiverKindLabel: r.receiverKind ? archiveReceiverLabels[r.receiverKind] : null,
    late: returnedLate(r),
    overdue: overdue(r, today),
  });
  const manageScope = (actor: Actor): SQL => {
    if (!hasPermission(actor, 'health_check:manage')) throw forbidden();
    return accessFilter(actor, 'health_check:manage', archiveScopeCols);
  };

  /** Reviews the archives in `ids` (all reachable, all awaiting review) in one transaction. */
  async function review(actor: Actor, ids: readonly string[], r: ArchiveReview) {
    const scope = manageScope(actor);
    if (r.decision === 'approve' && !(r.paperComplete && r.electronicComplete))
      throw invalid('纸质档案和电子档案均完整方可审核通过');
    if (r.decision === 'return_for_fix' && r.paperComplete && r.electronicComplete)
      throw invalid('退回整改须指出纸质档案或电子档案不完整之处');
    return db.transaction(async (tx) => {
      const repo = createArchivesRepo(tx);
      const rows = await repo.lock(scope, ids);
      if (rows.length !== new Set(ids).size) throw notFound('体检档案');
      const done = rows.find((a) => a.reviewStatus === 'approved');
      if (done) throw conflict('所选档案中有已审核通过的档案，请刷新后重试');
      for (const a of rows) {
        await repo.update(a.id, {
          paperComplete: r.paperComplete,
          electronicComplete: r.electronicComplete,
          reviewStatus: r.decision === 'approve' ? 'approved' : 'returned_for_fix',
          reviewNote: r.note || null,
          reviewedAt: clock.now(),
          reviewedBy: actor.userId,
        });
        await recordAudit(tx, actor, {
          action: `health_check.archive.${r.decision}`,
          targetType: 'health_check_archive',
          targetId: a.id,
          detail: {
            paperComplete: r.paperComplete,
            electronicComplete: r.electronicComplete,
            note: r.note ?? null,
          },
        });
      }
      return { reviewed: rows.length };
    });
  }

  return {
    async list(
      actor: Actor,
      q: {
        tab: ArchiveTab;
        planId?: string | undefined;
        hospitalId?: string | undefined;
        page: number;
        pageSize: number;
      },
    ) {
      const scope = await healthCheckReadFilter(db, actor, archiveScopeCols);
      const today = clock.today();
      const page = await createArchivesRepo(db).list(scope, { ...q, today }, q);
      return { items: page.items.map((r) => view(r, today)), total: page.total };
    },

    review: (actor: Actor, id: string, r: ArchiveReview) => review(actor, [id], r),

    /** 批量审核通过: every chosen archive found complete on paper and electronically. */
    approveMany: (actor: Actor, ids: readonly string[]) =>
      review(actor, ids, { decision: 'approve', paperComplete: true, electronicComplete: true }),

    /** The hospital registers an approved archive's return (领取登记); late when after `dueOn`. */
    async returnArchive(actor: Actor, id: string, r: ArchiveReturn) {
      const hospitalId = await requireOwnHospital(db, actor);
      const today = clock.today();
      return db.transaction(async (tx) => {
        const repo = createArchivesRepo(tx);
        const [a] = await repo.lock(eq(healthCheckArchives.hospitalId, hospitalId), [id]);
        if (!a) throw notFound('体检档案');
        checkReturn({ ...a, reviewedOn: a.reviewedAt ? bureauDate(a.reviewedAt) : null }, r, today);
        const row = await repo.update(a.id, { ...r, returnedBy: actor.userId });
        const late = returnedLate(row);
        await recordAudit(tx, actor, {
          action: 'health_check.archive.return',
          targetType: 'health_check_archive',
          targetId: a.id,
          detail: { returnedOn: r.returnedOn, receiverKind: r.receiverKind, dueOn: a.dueOn, late },
        });
        return { id: row.id, returnedOn: r.returnedOn, dueOn: row.dueOn, late };
      });
    },

    /** 档案返还登记簿 of a month: the hospital's own, or for the 医保处 one hospital's. */
    async register(actor: Actor, q: { month: string; hospitalId?: string | undefined }) {
      const scope = await healthCheckReadFilter(db, actor, archiveScopeCols);
      const own = hasPermission(actor, 'health_check:operate') ? await requireOwnHospital(db, actor) : null;
      const hospitalId = own ?? q.hospitalId;
      if (!hospitalId) throw invalid('请选择体检医院');
      const from = `${q.month}-01`;
      const to = addDays(addMonths(from, 1), -1);
      const repo = createArchivesRepo(db);
      const hospitalName = await repo.hospitalName(hospitalId);
      if (!hospitalName) throw notFound('体检医院');
      const today = clock.today();
      const items = (await repo.register(scope, hospitalId, from, to)).map((r) => view(r, today));
      await recordAudit(db, actor, {
        action: 'health_check.archive.register_print',
        targetType: 'health_check_hospital',
        targetId: hospitalId,
        detail: { month: q.month, rows: items.length },
      });
      return { month: q.month, hospitalName, generatedOn: today, items };
    },

    /** The day's overdue archives per hospital, audited (the daily job's result). */
    async overdueCheck(actor: Actor) {
      const today = clock.today();
      const byHospital = await createArchivesRepo(db).overdueByHospital(today);
      const result = { on: today, overdue: byHospital.reduce((n, h) => n + h.overdue, 0), byHospital };
      await recordAudit(db, actor, {
        action: 'health_check.archive.overdue_check',
        targetType: 'health_check_archive',
        detail: result,
      });
      return result;
    },
  };
}

export type ArchivesService = ReturnType<typeof createArchivesService>;
