import type { Actor } from '../../../platform/access/actor.ts';
import { hasPermission } from '../../../platform/access/actor.ts';
import type { Permission } from '../../../platform/access/permissions.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { conflict, DomainError, forbidden, invalid, notFound } from '../../../platform/errors.ts';
import type { CaseRow } from '../cases.repo.ts';
import { createCasesCreateService } from '../cases-create.service.ts';
import { approvedStatuses, type CaseStatus } from '../workflow/case-status.ts';
import type { CaseDeps } from '../workflow/case-transition.ts';
import { OVER_AGE_POLICY, parseOverAgeApplication } from './over-age.application.ts';
import { type FrozenOverAgeEvaluation, overAgeBill } from './over-age.bill.ts';
import { createOverAgeRepo, type OverAgeRecord } from './over-age.repo.ts';

export interface ConfirmServiceYearsInput {
  /** the record's version when correcting an earlier confirmation; omitted for the first one */
  version?: number | undefined;
  serviceYears: number;
  deemedServiceYears: number;
  archiveNumber: string;
  basis: string;
}

export interface RecordPaymentInput {
  receiptNumber: string;
  paidOn: string;
}

/** The agency confirms service years between submission and approval (a reviewed case may be re-evaluated). */
const confirmable: ReadonlySet<CaseStatus> = new Set(['submitted', 'accepted', 'reviewed']);

const staleRecord = () => new DomainError('STALE', '工龄认定已被他人修改，请刷新后重试');

const confirmationView = (r: OverAgeRecord) => ({
  serviceYears: r.serviceYears,
  deemedServiceYears: r.deemedServiceYears,
  archiveNumber: r.archiveNumber,
  basis: r.basis,
  confirmedBy: r.confirmedBy,
  confirmedByName: r.confirmedByName,
  confirmedAt: r.confirmedAt,
  version: r.version,
});

const paymentView = (r: OverAgeRecord | undefined) =>
  r?.receiptNumber
    ? {
        receiptNumber: r.receiptNumber,
        paidOn: r.paidOn!,
        paidTotalFen: r.paidTotalFen!,
        recordedByName: r.paymentRecordedByName!,
        recordedAt: r.paymentRecordedAt!,
      }
    : null;

/** The over-age item's own steps around the case workflow (青劳社〔2024〕69号 第四条). */
export function createOverAgeService(deps: CaseDeps) {
  const { db } = deps;
  const drafts = createCasesCreateService(deps);

  async function load(actor: Actor, caseId: string, permission: Permission) {
    if (!hasPermission(actor, permission)) throw forbidden();
    const found = await createOverAgeRepo(db).caseWithRecord(actor, caseId, permission);
    if (!found) throw notFound('案件');
    if (found.case.policyId !== OVER_AGE_POLICY) throw notFound('超龄固定工案件');
    return found;
  }

  function billOf(row: CaseRow) {
    if (!approvedStatuses.has(row.status) || !row.frozenEvaluation)
      throw conflict('案件尚未批准，不能出具补缴核定单');
    return overAgeBill(row.frozenEvaluation as unknown as FrozenOverAgeEvaluation);
  }

  const billView = (row: CaseRow, record: OverAgeRecord | undefined) => ({
    caseId: row.id,
    caseNumber: row.number,
    applicantName: row.applicantName,
    decidedOn: row.decidedOn,
    serviceYears: record?.serviceYears ?? null,
    ...billOf(row),
    payment: paymentView(record),
  });

  return {
    async overview(actor: Actor, caseId: string) {
      const { case: row, record } = await load(actor, caseId, 'case:read');
      const app = parseOverAgeApplication(row.application);
      return {
        caseId: row.id,
        status: row.status,
        applicationComplete: app.ok,
        applicationIssues: app.ok ? [] : app.issues,
        confirmation: record ? confirmationView(record) : null,
        bill: approvedStatuses.has(row.status) && row.frozenEvaluation ? billView(row, record) : null,
        payment: paymentView(record),
        pensionStartMonth: record?.pensionStartMonth ?? null,
      };
    },

    /** The street centre fills the declared application on a draft (or returned) case. */
    async saveApplication(actor: Actor, caseId: string, input: { version: number; application: unknown }) {
      await load(actor, caseId, 'case:create');
      const app = parseOverAgeApplication(input.application);
      if (!app.ok) throw invalid(`申请信息有误：${app.issues.map((i) => i.message).join('；')}`, app.issues);
      await drafts.update(actor, caseId, { version: input.version, application: app.value });
    },

    /** 工龄认定: the city agency confirms continuous service years into the electronic archive. */
    async confirmServiceYears(actor: Actor, caseId: string, input: ConfirmServiceYearsInput) {
      const { case: row, record } = await load(actor, caseId, 'case:review');
      if (!confirmable.has(row.status)) throw conflict('案件当前状态不能认定工龄（须在提交后、批准前认定）');
      if (input.deemedServiceYears > input.serviceYears) {
        throw invalid('视同工龄不能超过连续工龄', [
          { path: 'deemedServiceYears', message: '不能超过连续工龄' },
        ]);
      }
      if (record && input.version !== record.version) throw staleRecord();
      const now = deps.clock.now();
      const values = {
        serviceYears: input.serviceYears,
        deemedServiceYears: input.deemedServiceYears,
        archiveNumber: input.archiveNumber.trim(),
        basis: input.basis.trim(),
        confirmedBy: actor.userId,
        confirmedByName: actor.displayName,
        confirmedAt: now,
      };
      return db.transaction(async (tx) => {
        const repo = createOverAgeRepo(tx);
        const saved = record
          ? await repo.update(caseId, record.version, values)
          : await repo.insert({ caseId, ...values });
        if (!saved) throw staleRecord();
        await recordAudit(tx, actor, {
          action: 'over_age.confirm_service_years',
          targetType: 'case',
          targetId: caseId,
          detail: {
            number: row.number,
            before: record
              ? { serviceYears: record.serviceYears, archiveNumber: record.archiveNumber }
              : null,
            after: { serviceYears: saved.serviceYears, archiveNumber: saved.archiveNumber },
          },
        });
        return confirmationView(saved);
      });
    },

    async bill(actor: Actor, caseId: string) {
      const { case: row, record } = await load(actor, caseId, 'case:read');
      return billView(row, record);
    },

    /**
     * Payment of the bill at the district agency (第四条第（三）项). Idempotent: the same receipt
     * again answers the recorded payment; a different one is refused.
     */
    async recordPayment(actor: Actor, caseId: string, input: RecordPaymentInput) {
      const { case: row, record } = await load(actor, caseId, 'case:finance');
      const bill = billOf(row);
      const receiptNumber = input.receiptNumber.trim();
      if (!record) throw conflict('尚无工龄认定记录，不能登记缴费');
      if (record.receiptNumber) {
        if (record.receiptNumber === receiptNumber && record.paidOn === input.paidOn)
          return billView(row, record);
        throw conflict(`该补缴核定单已登记缴费（收据号 ${record.receiptNumber}），不能重复登记`);
      }
      const today = deps.clock.today();
      if (input.paidOn > today || (row.decidedOn && input.paidOn < row.decidedOn)) {
        throw invalid(`缴费日期应在批准日期（${row.decidedOn ?? ''}）与今天（${today}）之间`, [
          { path: 'paidOn', message: '缴费日期不在有效范围内' },
        ]);
      }
      return db.transaction(async (tx) => {
        const saved = await createOverAgeRepo(tx).update(caseId, record.version, {
          paidTotalFen: bill.totalFen,
          receiptNumber,
          paidOn: input.paidOn,
          paymentRecordedBy: actor.userId,
          paymentRecordedByName: actor.displayName,
          paymentRecordedAt: deps.clock.now(),
          pensionStartMonth: bill.pensionStartMonth,
        });
        if (!saved) throw staleRecord();
        await recordAudit(tx, actor, {
          action: 'over_age.record_payment',
          targetType: 'case',
          targetId: caseId,
          detail: {
            number: row.number,
            receiptNumber,
            paidOn: input.paidOn,
            paidTotalFen: bill.totalFen,
            pensionStartMonth: bill.pensionStartMonth,
          },
        });
        return billView(row, saved);
      });
    },
  };
}

export type OverAgeService = ReturnType<typeof createOverAgeService>;
