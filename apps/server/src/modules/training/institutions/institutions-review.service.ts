import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { hasPermission } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { type CalendarSource, lenientCalendar } from '../../../platform/calendar/calendar-source.ts';
import { conflict, forbidden, invalid, notFound } from '../../../platform/errors.ts';
import { userInScope } from '../../../platform/users/users.repo.ts';
import { createNoticeRepo, type NoticeRow } from '../../cases/notices/cases-notice.repo.ts';
import { noticePeriodProblem } from '../../cases/notices/cases-notice.rules.ts';
import { publishNotice } from '../../cases/notices/publish-notice.ts';
import { institutionOfUser } from '../institution-scope.ts';
import {
  type InstitutionAction,
  type SupervisionAction,
  transition,
  validityEnd,
} from './institution-lifecycle.ts';
import { recordInstitutionEvent, staleInstitution } from './institution-record.ts';
import {
  type InstitutionSettings,
  loadInstitutionSettings,
  saveInstitutionSettings,
} from './institution-settings.ts';
import { createInstitutionsRepo, type InstitutionRow, manageScope } from './institutions.repo.ts';
import type { InstitutionDeps, InstitutionsService } from './institutions.service.ts';

export interface NoticeInput {
  title?: string | null | undefined;
  body?: string | null | undefined;
  startsOn: string;
  endsOn: string;
  version: number;
}

/**
 * The bureau's side (training:manage): review with a public notice (公示, the same notices and
 * objections as approved cases), designation for the validity the bureau set, supervision after
 * (限期整改, 暂停, 取消定点资格), the staff accounts linked to each institution, and the settings.
 */
export function createInstitutionsReviewService(
  deps: InstitutionDeps & { calendar: CalendarSource; institutions: InstitutionsService },
) {
  const { db, clock, institutions } = deps;

  const need = (actor: Actor) => {
    if (!hasPermission(actor, 'training:manage')) throw forbidden();
  };

  /**
   * Moves the institution by `action` inside one transaction holding its row lock: the transition
   * is checked, `work` may add its own checks and fields, then the event and audit rows are written.
   */
  /** Closes the institution's notice if it is still published (audited like the notices module). */
  async function closeNotice(tx: Executor, actor: Actor, notice: NoticeRow) {
    if (notice.status !== 'published') return;
    await createNoticeRepo(tx).update(notice.id, notice.version, {
      status: 'closed',
      closedAt: clock.now(),
      closedBy: actor.userId,
    });
    await recordAudit(tx, actor, {
      action: 'notice.close',
      targetType: 'public_notice',
      targetId: notice.id,
      detail: { number: notice.number },
    });
  }

  async function step(
    actor: Actor,
    id: string,
    version: number,
    action: InstitutionAction,
    reason: string | null,
    work?: (
      tx: Executor,
      row: InstitutionRow,
    ) => Promise<{ patch?: Partial<InstitutionRow>; detail?: Record<string, unknown> }>,
  ) {
    need(actor);
    const today = clock.today();
    await db.transaction(async (tx) => {
      const txRepo = createInstitutionsRepo(tx);
      const row = await txRepo.row(manageScope(actor), id, true);
      if (!row) throw notFound('培训机构');
      if (row.version !== version) throw staleInstitution();
      const t = transition(action, row.status);
      if (!t.ok) throw conflict(t.message);
      const done = work ? await work(tx, row) : {};
      const updated = await txRepo.update(id, version, {
        ...done.patch,
        status: t.to,
        ...(reason === null ? {} : { statusReason: reason }),
      });
      if (!updated) throw staleInstitution();
      await recordInstitutionEvent(tx, actor, {
        institution: row,
        action,
        from: row.status,
        to: t.to,
        reason,
        ...(done.detail ? { detail: done.detail } : {}),
        onDate: today,
      });
    });
    return institutions.detail(actor, id);
  }

  return {
    settings: (actor: Actor) => {
      if (!hasPermission(actor, 'training:read')) throw forbidden();
      return loadInstitutionSettings(db);
    },

    async saveSettings(actor: Actor, value: InstitutionSettings) {
      need(actor);
      await db.transaction(async (tx) => {
        await saveInstitutionSettings(tx, value);
        await recordAudit(tx, actor, { action: 'training.institution.settings', detail: { ...value } });
      });
      return value;
    },

    /** Passes the review and publishes the institution's 公示 for at least the set working days. */
    async pass(actor: Actor, id: string, input: NoticeInput) {
      need(actor);
      const today = clock.today();
      const { noticeWorkingDays } = await loadInstitutionSettings(db);
      const problem = noticePeriodProblem(
        { unit: 'working_days', amount: noticeWorkingDays },
        input.startsOn,
        input.endsOn,
        today,
        lenientCalendar(deps.calendar),
      );
      if (problem) throw invalid(problem, [{ path: 'endsOn', message: problem }]);
      return step(actor, id, input.version, 'review_pass', null, async (tx, row) => {
        const notice = await publishNotice(
          tx,
          actor,
          clock,
          {
            title: input.title?.trim() || `拟认定定点培训机构公示（${row.name}）`,
            body:
              input.body?.trim() ||
              `${row.name}申请认定为再就业培训定点机构，经审核符合条件，现予公示。公示期间对公示内容有异议的，请向市人力资源和社会保障局反映。`,
            caseTypeId: null,
            startsOn: input.startsOn,
            endsOn: input.endsOn,
          },
          { institutionId: row.id },
        );
        return {
          patch: { noticeId: notice.id },
          detail: {
            noticeId: notice.id,
            noticeNumber: notice.number,
            startsOn: input.startsOn,
            endsOn: input.endsOn,
          },
        };
      });
    },

    /** 不予认定, at review or after the notice; a notice still published is closed with it. */
    reject: (actor: Actor, id: string, input: { reason: string; version: number }) =>
      step(actor, id, input.version, 'review_reject', input.reason.trim(), async (tx, row) => {
        const notice = row.noticeId
          ? await createNoticeRepo(tx).row(actor, row.noticeId, 'training:manage', true)
          : undefined;
        if (notice) await closeNotice(tx, actor, notice);
        return {};
      }),

    /**
     * Designates after the notice period ended with no objection open or upheld; closes the notice
     * if nobody closed it yet. Validity: from the chosen day (default today) for the set years.
     */
    async designate(actor: Actor, id: string, input: { validFrom?: string | undefined; version: number }) {
      const today = clock.today();
      const validFrom = input.validFrom ?? today;
      if (validFrom < today) throw invalid(`有效期开始日期「${validFrom}」早于今天`);
      const { validityYears } = await loadInstitutionSettings(db);
      return step(actor, id, input.version, 'designate', null, async (tx, row) => {
        const noticeRepo = createNoticeRepo(tx);
        const notice = row.noticeId
          ? await noticeRepo.row(actor, row.noticeId, 'training:manage', true)
          : undefined;
        if (!notice) throw conflict('该机构没有公示记录，不能认定');
        if (today <= notice.endsOn!) throw conflict(`公示期至 ${notice.endsOn} 结束，期满后方可认定`);
        const counts = await createInstitutionsRepo(tx).objectionCounts(notice.id);
        if (counts.open > 0) throw conflict(`公示尚有 ${counts.open} 件异议未处理，处理完毕后方可认定`);
        if (counts.upheld > 0) throw conflict('公示期间有异议经核实成立，不能认定；请作出不予认定的决定');
        await closeNotice(tx, actor, notice);
        const validTo = validityEnd(validFrom, validityYears);
        return {
          patch: { designatedOn: today, validFrom, validTo, statusReason: null, rectifyBy: null },
          detail: { validFrom, validTo, noticeNumber: notice.number },
        };
      });
    },

    /** 限期整改 (with its deadline), 整改完成, 暂停, 恢复, 取消定点资格 — each with its reason. */
    async supervise(
      actor: Actor,
      id: string,
      input: { action: SupervisionAction; reason: string; rectifyBy?: string | undefined; version: number },
    ) {
      const today = clock.today();
      if (input.action === 'order_rectify') {
        if (!input.rectifyBy)
          throw invalid('责令整改须写明整改期限', [{ path: 'rectifyBy', message: '必填' }]);
        if (input.rectifyBy <= today) throw invalid(`整改期限「${input.rectifyBy}」须晚于今天`);
      }
      const reason = input.reason.trim();
      return step(actor, id, input.version, input.action, reason, async () => ({
        patch: { rectifyBy: input.action === 'order_rectify' ? input.rectifyBy! : null },
        detail: input.action === 'order_rectify' ? { rectifyBy: input.rectifyBy } : {},
      }));
    },

    /** Accounts holding the institution role, for linking (with the institution each is linked to). */
    accounts(actor: Actor) {
      need(actor);
      return createInstitutionsRepo(db).accounts(actor);
    },

    /** Links an account holding the institution role to the institution (one institution per account). */
    async linkStaff(actor: Actor, id: string, userId: string) {
      need(actor);
      const repo = createInstitutionsRepo(db);
      const inst = await repo.row(manageScope(actor), id);
      if (!inst) throw notFound('培训机构');
      const user = await userInScope(db, actor, 'training:manage', userId);
      if (!user) throw notFound('用户');
      if (!user.roles.includes('training_institution'))
        throw invalid(`账号「${user.username}」不是培训机构角色，不能关联到机构`);
      await db.transaction(async (tx) => {
        const txRepo = createInstitutionsRepo(tx);
        const linked = await institutionOfUser(tx, userId);
        if (linked) throw conflict(`账号「${user.username}」已关联到${linked === id ? '本' : '其他'}机构`);
        await txRepo.link(userId, id);
        await recordInstitutionEvent(tx, actor, {
          institution: inst,
          action: 'staff_link',
          detail: { userId },
          onDate: clock.today(),
        });
      });
      return institutions.detail(actor, id);
    },

    async unlinkStaff(actor: Actor, id: string, userId: string) {
      need(actor);
      const inst = await createInstitutionsRepo(db).row(manageScope(actor), id);
      if (!inst) throw notFound('培训机构');
      await db.transaction(async (tx) => {
        if ((await createInstitutionsRepo(tx).unlink(userId, id)) === 0) throw notFound('机构账号');
        await recordInstitutionEvent(tx, actor, {
          institution: inst,
          action: 'staff_unlink',
          detail: { userId },
          onDate: clock.today(),
        });
      });
      return institutions.detail(actor, id);
    },
  };
}

export type InstitutionsReviewService = ReturnType<typeof createInstitutionsReviewService>;
