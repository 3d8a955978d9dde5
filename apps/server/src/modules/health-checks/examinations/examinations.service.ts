import { parseResidentId } from '@minsheng/rules/national/resident-id.ts';
import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { lenientCalendar } from '../../../platform/calendar/calendar-source.ts';
import { conflict, DomainError, invalid, notFound } from '../../../platform/errors.ts';
import { requireOwnHospital } from '../health-check-access.ts';
import type { HealthCheckDeps } from '../health-checks.services.ts';
import { examineeStatusLabels, type PackageItem } from '../plans/plans.schema.ts';
import { archiveDueOn } from '../settlements/settlement-rule.ts';
import { conclusionGaps, findingSummary } from './examination-entry.ts';
import { createExaminationsRepo } from './examinations.repo.ts';
import {
  type DeclinedItem,
  examinationStatusLabels,
  healthCheckExaminations,
} from './examinations.schema.ts';
import { findingCodes, isSerious } from './finding-codes.ts';
import { decodeHealthData, encodeHealthData, type ResultsInput } from './health-data-codec.ts';

/** 第十七条: the notification is due this many working days after the conclusion. */
export const FINDING_NOTICE_WORKING_DAYS = 3;

/** An examination of the user's hospital; another hospital's does not exist for them. */
async function ownExamination(db: Executor, hospitalId: string, id: string, lock = false) {
  const scope = eq(healthCheckExaminations.hospitalId, hospitalId);
  const row = await createExaminationsRepo(db).examination(scope, id, lock);
  if (!row) throw notFound('体检记录');
  return row;
}

const stale = () => new DomainError('STALE', '该体检记录已被他人修改，请刷新后重试');

/** The hospital's own examination still being entered, locked, at the version the form had. */
async function openExamination(tx: Executor, hospitalId: string, id: string, version: number) {
  const row = await ownExamination(tx, hospitalId, id, true);
  if (row.exam.status !== 'entered') throw conflict('该体检已出具结论，结果不能再修改');
  if (row.exam.version !== version) throw stale();
  return row;
}

const unsigned = (declined: readonly DeclinedItem[]) => declined.filter((d) => !d.signed).length;
const packageView = (items: readonly PackageItem[]) =>
  items.map(({ code, name, referenceRange, unit }) => ({ code, name, referenceRange, unit }));

/**
 * The examination at the hospital (第十二、十三、十五条): the identity check against the registry,
 * the results entered item by item (performed or declined with the signature flag, 第二十条), the
 * conclusion, which opens the archive (第十八条) and a notification task per serious finding
 * (第十七条); the health data stored only encrypted and read only with a stated purpose.
 */
export function createExaminationsService(deps: HealthCheckDeps) {
  const { db, clock, cipher, policies, calendar } = deps;

  return {
    /** The desk's page for one examinee of the user's hospital: package, and the draft if any. */
    async page(actor: Actor, examineeId: string) {
      const hospitalId = await requireOwnHospital(db, actor);
      const row = await createExaminationsRepo(db).examineeAtHospital(examineeId, hospitalId);
      if (!row) throw notFound('参检职工');
      const exam = row.examination;
      let draft = null;
      if (exam?.status === 'entered') {
        const d = decodeHealthData(cipher, exam, row.items);
        draft = { items: d.entries, conclusion: d.conclusion, advice: d.advice, findings: d.findings };
        if (exam.resultsEnc)
          await recordAudit(db, actor, {
            action: 'health_check_examination.draft_read',
            targetType: 'health_check_examination',
            targetId: exam.id,
            detail: { purpose: '体检结果录入' },
          });
      }
      return {
        examinee: {
          id: row.examinee.id,
          personName: row.personName,
          idNumberMasked: row.idNumberMasked,
          employerName: row.employerName,
          scheduledOn: row.examinee.scheduledOn,
          status: row.examinee.status,
          statusLabel: examineeStatusLabels[row.examinee.status],
        },
        items: packageView(row.items),
        findingCodes: findingCodes.map((f) => ({ ...f })),
        examination: exam && {
          id: exam.id,
          status: exam.status,
          statusLabel: examinationStatusLabels[exam.status],
          examinedOn: exam.examinedOn,
          identityVerifiedAt: exam.identityVerifiedAt.toISOString(),
          version: exam.version,
          draft,
        },
      };
    },

    /**
     * 第十五条 仔细核对体检人员身份: the ID number shown (typed or read from the card) is compared with
     * the registry person's by keyed hash and never kept; a mismatch is refused and audited. A match
     * starts the examination on the bureau's today.
     */
    async verifyIdentity(actor: Actor, examineeId: string, input: { idNumber: string; source: string }) {
      const hospitalId = await requireOwnHospital(db, actor);
      const repo = createExaminationsRepo(db);
      const row = await repo.examineeAtHospital(examineeId, hospitalId);
      if (!row) throw notFound('参检职工');
      if (row.examination) throw conflict('该参检职工已核验身份，请继续录入体检结果');
      if (row.examinee.status !== 'allocated' && row.examinee.status !== 'absent')
        throw conflict(`参检职工状态为「${examineeStatusLabels[row.examinee.status]}」，不能登记体检`);
      const today = clock.today();
      const parsed = parseResidentId(input.idNumber, { on: today });
      if (!parsed.ok) {
        const message = `公民身份号码有误：${parsed.message}`;
        throw invalid(message, [{ path: 'idNumber', message }]);
      }
      const target = { targetType: 'health_check_examinee', targetId: examineeId };
      if (cipher.lookupHash(parsed.id) !== row.idNumberHash) {
        await recordAudit(db, actor, {
          action: 'health_check_examinee.identity_mismatch',
          ...target,
          detail: { source: input.source },
        });
        throw conflict('所持身份证件号码与参检职工登记信息不一致，不能体检，请核实本人身份');
      }
      return db.transaction(async (tx) => {
        const exam = await createExaminationsRepo(tx).insertExamination({
          examineeId,
          planId: row.examinee.planId,
          hospitalId,
          examinedOn: today,
          identityVerifiedAt: clock.now(),
          identityVerifiedBy: actor.userId,
          enteredBy: actor.userId,
        });
        await recordAudit(tx, actor, {
          action: 'health_check_examinee.identity_verified',
          ...target,
          detail: { source: input.source, examinationId: exam.id },
        });
        return { id: exam.id, version: exam.version, status: exam.status };
      });
    },

    /** 保存: the draft as entered so far (any items), encrypted. */
    async save(actor: Actor, id: string, input: ResultsInput) {
      const hospitalId = await requireOwnHospital(db, actor);
      return db.transaction(async (tx) => {
        const row = await openExamination(tx, hospitalId, id, input.version);
        const { patch, declined } = encodeHealthData(cipher, row.items, input);
        const saved = await createExaminationsRepo(tx).updateExamination(id, input.version, patch);
        if (!saved) throw stale();
        await recordAudit(tx, actor, {
          action: 'health_check_examination.save',
          targetType: 'health_check_examination',
          targetId: id,
          detail: { performed: patch.performedItems, declined: declined.length },
        });
        return { id, version: saved.version, status: saved.status };
      });
    },

    /**
     * 出具结论: every item performed or declined, conclusion and advice written. The examinee is
     * examined, the archive opens with its 第十八条 return date, and each serious finding becomes a
     * 第十七条 task to tell the employer (or, without one, the family) within three working days.
     */
    async conclude(actor: Actor, id: string, input: ResultsInput) {
      const today = clock.today();
      const noticeDue = lenientCalendar(calendar).addWorkingDays(today, FINDING_NOTICE_WORKING_DAYS);
      const hospitalId = await requireOwnHospital(db, actor);
      // the archive's return date, from the rule, before the transaction (examinedOn never changes)
      const archiveDue = await archiveDueOn(
        policies,
        (await ownExamination(db, hospitalId, id)).exam.examinedOn,
      );
      return db.transaction(async (tx) => {
        const row = await openExamination(tx, hospitalId, id, input.version);
        const { patch, results, declined, findings } = encodeHealthData(cipher, row.items, input);
        const gaps = conclusionGaps(row.items, results, declined, input);
        if (gaps.length > 0) throw invalid(`不能出具结论：${gaps.join('；')}`);
        const repo = createExaminationsRepo(tx);
        const saved = await repo.updateExamination(id, input.version, {
          ...patch,
          status: 'concluded',
          concludedAt: clock.now(),
          concludedBy: actor.userId,
        });
        if (!saved) throw stale();
        await repo.setExamineeStatus(saved.examineeId, 'examined');
        await repo.insertArchive({
          examinationId: id,
          hospitalId: saved.hospitalId,
          planId: saved.planId,
          dueOn: archiveDue,
        });
        const serious = findings.filter(isSerious);
        await repo.insertFindings(
          serious.map((code) => ({
            examinationId: id,
            hospitalId: saved.hospitalId,
            summaryEnc: cipher.encrypt(findingSummary(code, input.conclusion)),
            notifyParty: row.employerId ? ('employer' as const) : ('family' as const),
            dueOn: noticeDue,
            raisedBy: actor.userId,
          })),
        );
        await recordAudit(tx, actor, {
          action: 'health_check_examination.conclude',
          targetType: 'health_check_examination',
          targetId: id,
          detail: {
            performed: patch.performedItems,
            declined: declined.length,
            unsignedDeclined: unsigned(declined),
            seriousFindings: serious.length,
          },
        });
        return { id, version: saved.version, status: saved.status };
      });
    },
  };
}

export type ExaminationsService = ReturnType<typeof createExaminationsService>;
