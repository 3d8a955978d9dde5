import { earlierDate } from '@minsheng/rules/engine/dates.ts';
import { recruitmentCutoff } from '@minsheng/rules/policies/county/recruitment-assessment/cutoff.ts';
import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { hasPermission } from '../../../platform/access/actor.ts';
import type { AttachmentOwner } from '../../../platform/attachments/attachment-owners.ts';
import type { AttachmentsService } from '../../../platform/attachments/attachments.service.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import { conflict, DomainError, forbidden, invalid, notFound } from '../../../platform/errors.ts';
import {
  createContractsRepo,
  employerInScope,
  personInScope,
} from '../../registry/contracts/contracts.repo.ts';
import { createRecruitmentRepo, unitScope, type WorkerRow, workerScope } from './recruitment.repo.ts';
import { evaluateRecruitedWorker, evidenceCategories } from './worker-evidence.ts';

export const WORKER_OWNER_KIND = 'assessment.recruitment.worker';
const editable = new Set(['draft', 'rejected']);

export interface WorkerInput {
  personId: string;
  employerId: string;
  hiredOn: string;
  forSpecialTask?: boolean | undefined;
}

const stale = () => new DomainError('STALE', '该招工台账记录已被他人修改，请刷新后重试');

/**
 * 招工台账: the towns enter recruited workers with their five documents, the city checks them
 * monthly until the cut-off. Every write is audited; lists show masked ID numbers only.
 */
export function createRecruitmentLedgerService(deps: {
  db: Db;
  clock: Clock;
  attachments: AttachmentsService;
}) {
  const { db, clock } = deps;
  const repo = createRecruitmentRepo(db);
  const contracts = createContractsRepo(db);

  /** The day a check looks at: today during the year, the cut-off once it has passed. */
  const asOfFor = (year: number) => {
    const cutoff = recruitmentCutoff(year);
    const today = clock.today();
    return earlierDate(today, cutoff);
  };
  async function evaluate(w: Pick<WorkerRow, 'id' | 'personId' | 'employerId' | 'hiredOn'>, year: number) {
    const [categories, terms] = await Promise.all([
      deps.attachments.categoriesOf(WORKER_OWNER_KIND, [w.id]),
      contracts.listOfPerson(w.personId),
    ]);
    return evaluateRecruitedWorker(w, terms, categories.get(w.id)!, asOfFor(year));
  }

  const audit = (actor: Actor, action: string, w: { id: string; unitId: string }, detail = {}) =>
    db.transaction((tx) =>
      recordAudit(tx, actor, {
        action,
        targetType: 'recruited_worker',
        targetId: w.id,
        detail: { unitId: w.unitId, ...detail },
      }),
    );

  const owner: AttachmentOwner = {
    label: '招工台账记录',
    categories: evidenceCategories,
    canRead: async (actor, id) => Boolean(await repo.worker(id, workerScope(actor))),
    async canWrite(actor, id) {
      const w = await repo.worker(id, workerScope(actor, 'assessment:submit'));
      return w && editable.has(w.status) ? { orgId: w.orgId, orgPath: w.orgPath } : null;
    },
  };

  return {
    attachmentOwner: owner,

    async list(actor: Actor, unitId: string) {
      const unit = await repo.unit(unitId, unitScope(actor));
      if (!unit) throw notFound('招工责任单位');
      const rows = await repo.workersOfUnit(unitId);
      const categories = await deps.attachments.categoriesOf(
        WORKER_OWNER_KIND,
        rows.map((r) => r.id),
      );
      const asOf = asOfFor(unit.year);
      const items = await Promise.all(
        rows.map(async (r) => {
          const check = evaluateRecruitedWorker(
            r,
            await contracts.listOfPerson(r.personId),
            categories.get(r.id)!,
            asOf,
          );
          return {
            ...r,
            evidence: [...categories.get(r.id)!].sort(),
            counts: check.counts,
            reasons: check.reasons,
          };
        }),
      );
      return { unit: { id: unit.id, name: unit.name, year: unit.year }, asOf, items };
    },

    async add(actor: Actor, unitId: string, input: WorkerInput) {
      const unit = await repo.unit(unitId, unitScope(actor, 'assessment:submit'));
      if (!unit) throw notFound('招工责任单位');
      if (
        !hasPermission(actor, 'person:read') ||
        !(await personInScope(db, actor, input.personId, 'person:read'))
      )
        throw notFound('人员');
      if (!(await employerInScope(db, actor, input.employerId))) throw notFound('用人单位');
      if (input.hiredOn.slice(0, 4) !== String(unit.year))
        throw invalid(`录用日期须在${unit.year}年内（本年度新招收的人员）`);
      return db.transaction(async (tx) => {
        const txRepo = createRecruitmentRepo(tx);
        if ((await txRepo.workersOfUnit(unitId)).some((w) => w.personId === input.personId))
          throw conflict('该人员已在本单位本年度的招工台账中');
        const row = await txRepo.insertWorker({
          unitId,
          personId: input.personId,
          employerId: input.employerId,
          hiredOn: input.hiredOn,
          forSpecialTask: input.forSpecialTask ?? false,
          orgId: unit.orgId,
          orgPath: unit.orgPath,
          createdBy: actor.userId,
        });
        await recordAudit(tx, actor, {
          action: 'recruitment.worker.create',
          targetType: 'recruited_worker',
          targetId: row.id,
          detail: { unitId, personId: input.personId, employerId: input.employerId, hiredOn: input.hiredOn },
        });
        return txRepo.workerView(row.id);
      });
    },

    /** 提交认定: all five documents filed and the rule passes on the registry's contract. */
    async submit(actor: Actor, id: string) {
      const w = await repo.worker(id, workerScope(actor, 'assessment:submit'));
      if (!w) throw notFound('招工台账记录');
      if (!editable.has(w.status)) throw conflict('该记录已提交认定');
      const unit = (await repo.unit(w.unitId, unitScope(actor)))!;
      const check = await evaluate(w, unit.year);
      if (!check.counts) throw invalid(`不能认定：${check.reasons.join('；')}`, check.reasons);
      if (!(await repo.updateWorker(id, w.version, { status: 'submitted', checkNote: null }))) throw stale();
      await audit(actor, 'recruitment.worker.submit', w);
      return repo.workerView(id);
    },

    /** 每月核查: the city verifies or rejects (with a reason) until the cut-off. */
    async check(
      actor: Actor,
      id: string,
      input: { verdict: 'verified' | 'rejected'; note?: string | undefined },
    ) {
      if (!hasPermission(actor, 'assessment:review')) throw forbidden();
      const w = await repo.worker(id, workerScope(actor, 'assessment:review'));
      if (!w) throw notFound('招工台账记录');
      if (w.status === 'draft') throw conflict('该记录尚未提交认定');
      const unit = (await repo.unit(w.unitId, unitScope(actor)))!;
      const cutoff = recruitmentCutoff(unit.year);
      const today = clock.today();
      if (today > cutoff) throw conflict(`${unit.year}年度招工考核已于${cutoff}截止核查`);
      const note = input.note?.trim() || null;
      if (input.verdict === 'rejected' && !note) throw invalid('不予认定时请填写原因');
      if (input.verdict === 'verified') {
        const check = await evaluate(w, unit.year);
        if (!check.counts) throw invalid(`不能认定：${check.reasons.join('；')}`, check.reasons);
      }
      if (
        !(await repo.updateWorker(id, w.version, {
          status: input.verdict,
          checkedOn: today,
          checkNote: note,
        }))
      )
        throw stale();
      await audit(actor, `recruitment.worker.${input.verdict === 'verified' ? 'verify' : 'reject'}`, w, {
        checkedOn: today,
      });
      return repo.workerView(id);
    },
  };
}

export type RecruitmentLedgerService = ReturnType<typeof createRecruitmentLedgerService>;
