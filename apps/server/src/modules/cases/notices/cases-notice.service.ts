import { fenToYuan } from '@minsheng/rules/engine/money.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { hasPermission } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { lenientCalendar } from '../../../platform/calendar/calendar-source.ts';
import { conflict, DomainError, forbidden, invalid, notFound } from '../../../platform/errors.ts';
import { caseStatusLabels } from '../workflow/case-status.ts';
import type { CaseDeps } from '../workflow/case-transition.ts';
import { type CaseRef, caseConflict, checkCaseRefs, stepInTx } from '../workflow/cases-stage.ts';
import { createNoticeRepo } from './cases-notice.repo.ts';
import { maskName, noticeCloseProblem, noticePeriodProblem } from './cases-notice.rules.ts';
import { publishNotice } from './publish-notice.ts';

export interface NoticeInput {
  caseTypeId: string;
  title: string;
  body?: string | null | undefined;
  startsOn: string;
  endsOn: string;
  cases: CaseRef[];
}

export interface ObjectionInput {
  caseId?: string | null | undefined;
  receivedOn: string;
  objector?: string | null | undefined;
  content: string;
}

export interface ResolutionInput {
  outcome: 'upheld' | 'dismissed';
  resolution: string;
  version: number;
}

const staleNotice = () => new DomainError('STALE', '该公示已被他人处理或修改，请刷新后重试');
const staleObjection = () => new DomainError('STALE', '该异议已被他人处理，请刷新后重试');

/**
 * Public notices (公示) of approved cases: published for the case type's notice period with names
 * and ID numbers masked, objections recorded and resolved, closed after the end date when no
 * objection is open. Every case moves through the lifecycle's own steps (runTransition).
 */
export function createCasesNoticeService(deps: CaseDeps) {
  const { db } = deps;
  const repo = createNoticeRepo(db);

  const need = (actor: Actor, permission: 'case:approve' | 'case:read') => {
    if (!hasPermission(actor, permission)) throw forbidden();
  };

  async function noticeOf(actor: Actor, id: string, permission: 'case:approve' | 'case:read') {
    const row = await repo.row(actor, id, permission);
    if (!row) throw notFound('公示');
    return row;
  }

  async function detail(actor: Actor, id: string) {
    need(actor, 'case:read');
    const notice = await noticeOf(actor, id, 'case:read');
    const items = (await repo.items(id)).map(({ amountFen, status, ...i }) => ({
      ...i,
      status,
      statusLabel: caseStatusLabels[status],
      amount: amountFen === null ? null : fenToYuan(amountFen),
    }));
    const objectionRows = await repo.objections(id);
    // A notice without a case type lists training institutions (institutions-review.service.ts).
    const institutions = notice.caseTypeId === null ? await repo.institutions(id) : [];
    return { ...notice, items, institutions, objections: objectionRows };
  }

  return {
    detail,

    list: (actor: Actor, q: { status?: string | undefined; page: number; pageSize: number }) => {
      need(actor, 'case:read');
      return repo.list(actor, q, q);
    },

    async create(actor: Actor, input: NoticeInput) {
      need(actor, 'case:approve');
      checkCaseRefs(input.cases);
      const type = await deps.caseTypes.get(input.caseTypeId);
      if (!type.requiresPublicNotice) throw invalid(`事项「${type.name}」无需公示`);
      const today = deps.clock.today();
      const rule = { unit: 'working_days' as const, amount: type.publicNoticeDays };
      const problem = noticePeriodProblem(
        rule,
        input.startsOn,
        input.endsOn,
        today,
        lenientCalendar(deps.calendar),
      );
      if (problem) throw invalid(problem, [{ path: 'endsOn', message: problem }]);
      const id = await db.transaction(async (tx) => {
        const notice = await publishNotice(
          tx,
          actor,
          deps.clock,
          {
            title: input.title.trim(),
            body: input.body?.trim() || null,
            caseTypeId: type.id,
            startsOn: input.startsOn,
            endsOn: input.endsOn,
          },
          { cases: input.cases.length },
        );
        for (const ref of input.cases) {
          await stepInTx(deps, tx, actor, ref.id, 'publish_notice', {
            version: ref.version,
            check: (row) => {
              if (row.caseTypeId !== type.id) throw caseConflict(row.number, `不属于事项「${type.name}」`);
            },
            work: async ({ tx: stepTx, row }) => {
              const person = row.personId ? await createNoticeRepo(stepTx).personOf(row.personId) : undefined;
              await createNoticeRepo(stepTx).addCase({
                noticeId: notice.id,
                caseId: row.id,
                maskedName: maskName(person?.name ?? row.applicantName),
                maskedIdNumber: person?.idNumberMasked ?? null,
                amountFen: row.approvedAmountFen,
              });
              return { payload: { noticeId: notice.id, noticeNumber: notice.number } };
            },
          });
        }
        return notice.id;
      });
      return detail(actor, id);
    },

    async addObjection(actor: Actor, noticeId: string, input: ObjectionInput) {
      need(actor, 'case:approve');
      const notice = await noticeOf(actor, noticeId, 'case:approve');
      if (notice.status !== 'published') throw conflict('该公示已结束，不能再登记异议');
      const today = deps.clock.today();
      if (input.receivedOn > today) throw invalid(`收到异议日期「${input.receivedOn}」晚于今天`);
      if (notice.startsOn && input.receivedOn < notice.startsOn)
        throw invalid(`收到异议日期「${input.receivedOn}」早于公示开始日期「${notice.startsOn}」`);
      if (input.caseId && (await repo.caseIdsInNotice(noticeId, [input.caseId])).length === 0)
        throw invalid('所涉案件不在本次公示名单中', [{ path: 'caseId', message: '不在名单中' }]);
      const objection = await db.transaction(async (tx) => {
        const row = await createNoticeRepo(tx).insertObjection({
          noticeId,
          caseId: input.caseId ?? null,
          receivedOn: input.receivedOn,
          objector: input.objector?.trim() || null,
          content: input.content.trim(),
          createdBy: actor.userId,
        });
        await recordAudit(tx, actor, {
          action: 'notice.objection',
          targetType: 'objection',
          targetId: row.id,
          detail: { noticeId, number: notice.number, caseId: input.caseId ?? null },
        });
        return row;
      });
      return objection;
    },

    async resolveObjection(actor: Actor, objectionId: string, input: ResolutionInput) {
      need(actor, 'case:approve');
      const current = await repo.objection(objectionId);
      if (!current) throw notFound('异议');
      const notice = await noticeOf(actor, current.noticeId, 'case:approve');
      if (current.status !== 'open') throw conflict('该异议已处理');
      if (input.version !== current.version) throw staleObjection();
      // On an institution notice an objection concerns the institution listed: upheld, it blocks
      // the designation (the bureau then refuses it); on a case notice it must name its case.
      if (input.outcome === 'upheld' && !current.caseId && notice.caseTypeId !== null)
        throw invalid('异议成立须针对名单中的具体案件；针对公示整体的异议请驳回后重新公示');
      const resolution = input.resolution.trim();
      await db.transaction(async (tx) => {
        const txRepo = createNoticeRepo(tx);
        const resolved = await txRepo.resolveObjection(objectionId, current.version, {
          status: input.outcome,
          resolution,
          resolvedAt: deps.clock.now(),
          resolvedBy: actor.userId,
        });
        if (!resolved) throw staleObjection();
        if (input.outcome === 'upheld' && current.caseId) {
          const reason = `公示期间异议成立：${resolution}`;
          await stepInTx(deps, tx, actor, current.caseId!, 'uphold_objection', {
            work: async ({ tx: stepTx, row }) => {
              await createNoticeRepo(stepTx).revokeClaims(row.id, reason);
              return {
                patch: { decisionReasons: [...row.decisionReasons, reason] },
                note: reason,
                payload: { objectionId, noticeId: notice.id },
              };
            },
          });
        }
        await recordAudit(tx, actor, {
          action: `notice.objection.${input.outcome}`,
          targetType: 'objection',
          targetId: objectionId,
          detail: { noticeId: notice.id, number: notice.number, caseId: current.caseId },
        });
      });
      return detail(actor, notice.id);
    },

    async close(actor: Actor, id: string, version: number) {
      need(actor, 'case:approve');
      const today = deps.clock.today();
      await db.transaction(async (tx) => {
        const txRepo = createNoticeRepo(tx);
        const notice = await txRepo.row(actor, id, 'case:approve', true);
        if (!notice) throw notFound('公示');
        if (notice.status !== 'published') throw conflict('该公示已结束');
        if (notice.version !== version) throw staleNotice();
        const problem = noticeCloseProblem(notice.endsOn!, today, await txRepo.openObjections(id));
        if (problem) throw conflict(problem);
        for (const item of await txRepo.items(id)) {
          // Cases withdrawn by an upheld objection stay rejected; the rest pass the notice.
          if (item.status === 'in_public_notice')
            await stepInTx(deps, tx, actor, item.caseId, 'close_notice');
        }
        await txRepo.update(id, notice.version, {
          status: 'closed',
          closedAt: deps.clock.now(),
          closedBy: actor.userId,
        });
        await recordAudit(tx, actor, {
          action: 'notice.close',
          targetType: 'public_notice',
          targetId: id,
          detail: { number: notice.number },
        });
      });
      return detail(actor, id);
    },

    /** What the printed notice shows: masked names and ID numbers, amounts, period, issuer. */
    async printable(actor: Actor, id: string) {
      const notice = await detail(actor, id);
      const rows = notice.items
        .filter((i) => i.status !== 'rejected')
        .map((i, n) => ({ seq: n + 1, name: i.maskedName, idNumber: i.maskedIdNumber, amount: i.amount }));
      const totalFen = (await repo.items(id))
        .filter((i) => i.status !== 'rejected')
        .reduce((a, i) => a + (i.amountFen ?? 0), 0);
      return {
        number: notice.number,
        title: notice.title,
        body: notice.body,
        startsOn: notice.startsOn,
        endsOn: notice.endsOn,
        issuer: await repo.orgName(notice.orgId),
        rows,
        count: rows.length,
        totalAmount: fenToYuan(totalFen),
        institutions: notice.institutions.map(({ name, address, occupations }) => ({
          name,
          address,
          occupations,
        })),
      };
    },
  };
}

export type CasesNoticeService = ReturnType<typeof createCasesNoticeService>;
