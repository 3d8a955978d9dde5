import type { EvaluationResult } from '@minsheng/rules/engine/evaluate.ts';
import { fenToYuan } from '@minsheng/rules/engine/money.ts';
import type { Executor } from '../../../db/client.ts';
import { type Actor, hasPermission } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { FieldCipher } from '../../../platform/crypto.ts';
import { conflict, DomainError, notFound } from '../../../platform/errors.ts';
import { createBatchRepo } from '../../cases/batches/cases-batch.repo.ts';
import { createCasesBatchService } from '../../cases/batches/cases-batch.service.ts';
import { nextNumber } from '../../cases/cases.repo.ts';
import { createCasesCreateService, submissionFields } from '../../cases/cases-create.service.ts';
import { type CaseStatus, caseStatusLabels } from '../../cases/workflow/case-status.ts';
import type { CaseDeps } from '../../cases/workflow/case-transition.ts';
import { type StageTx, stepInTx, txDeps } from '../../cases/workflow/cases-stage.ts';
import { createPlansRepo } from '../../entrepreneurship/files/plans.repo.ts';
import { requireOwnInstitution } from '../institution-scope.ts';
import { createTraineesRepo } from '../trainees/trainees.repo.ts';
import { type ClassRow, createClassesRepo, type TraineeOfClass } from './classes.repo.ts';
import { classDays } from './classes.rules.ts';
import { createRosterRepo } from './roster.repo.ts';
import { type RosterInput, rosterInput, TRAINING_SUBSIDY } from './roster.rules.ts';

export interface RosterOptions {
  /**
   * trainees of an entrepreneurship class who handed in a business plan (创业项目计划书); when not
   * given, those whose entrepreneurship file has a plan the experts approved
   */
  businessPlanTraineeIds?: string[] | undefined;
}

interface Reason {
  text: string;
  /** the clause the reason rests on, as the deployment names the document; null for the class's own rule */
  citation: string | null;
}

/** The case a trainee's line was filed as (not rejected or withdrawn); its id only for a reader of cases. */
interface FiledCase {
  caseId: string | null;
  caseNumber: string;
  status: CaseStatus;
  statusLabel: string;
}

/** One trainee's line of the roster: the amount the rules decide, or why there is none. */
interface RosterLine {
  row: number;
  trainee: TraineeOfClass;
  eligible: boolean;
  kind: string | null;
  amount: string | null;
  reasons: Reason[];
  input: RosterInput | null;
}

/**
 * The subsidy roster of a closed class (培训补贴花名册): per trainee the amount the training-subsidy
 * policy decides, or the refusal with its clause; submitted by the institution, it becomes one case
 * per eligible trainee in a roster batch, which the case chain reviews, approves and pays.
 */
export function createRosterService(deps: CaseDeps & { cipher: FieldCipher }) {
  const { db, clock } = deps;
  const classes = createClassesRepo(db);
  const rosterRepo = createRosterRepo(db);
  const batches = createCasesBatchService(deps);

  const reasonsOf = (e: EvaluationResult): Reason[] =>
    e.conditions
      .filter((c) => c.status === 'fail')
      .map((c) => ({ text: c.detail ? `${c.sentence}（${c.detail}）` : c.sentence, citation: c.citation }));

  /** The eligible lines' persons' recorded and pending claims as read by `ex`, in a comparable form. */
  const claimsOf = async (ex: Executor, ls: RosterLine[]) =>
    JSON.stringify(
      [...(await createRosterRepo(ex).pastClaims(ls.map((l) => l.trainee.personId)))]
        .map(([person, claims]) => [person, claims.map((c) => JSON.stringify(c)).sort()] as const)
        .sort(([a], [b]) => a.localeCompare(b)),
    );

  /**
   * Each trainee's line as the rules decide it today. The claims of `ignored` (case numbers) are left
   * out: the preview reads its filed lines as they were when filed, not refused by their own claim.
   */
  async function lines(
    cls: ClassRow,
    opts: RosterOptions,
    trainees: TraineeOfClass[],
    ignored: ReadonlySet<string> = new Set(),
  ): Promise<{ days: number; lines: RosterLine[]; plans: Set<string> }> {
    if (cls.status !== 'closed') throw conflict('培训班结业后才能生成补贴花名册');
    const days = classDays(deps.calendar.current(), cls.startsOn, cls.endsOn);
    const past = await rosterRepo.pastClaims(trainees.map((t) => t.personId));
    const plans = await planTrainees(opts, trainees);
    const on = clock.today();
    const out: RosterLine[] = [];
    for (const [i, t] of trainees.entries()) {
      const row = i + 1;
      if (t.status !== 'completed') {
        const text = `出勤 ${t.attendedDays} 天，未达到培训天数 ${days} 天的 ${cls.completionThresholdPercent}%，未结业`;
        out.push({
          row,
          trainee: t,
          eligible: false,
          kind: null,
          amount: null,
          reasons: [{ text, citation: null }],
          input: null,
        });
        continue;
      }
      const input = rosterInput(cls, t, days, plans.has(t.id));
      const evaluation = await deps.policies.present(
        await deps.policies.evaluate(TRAINING_SUBSIDY, {
          on,
          input,
          pastClaims: (past.get(t.personId) ?? []).filter((c) => !ignored.has(c.id)),
        }),
      );
      const eligible = evaluation.outcome !== 'ineligible';
      out.push({
        row,
        trainee: t,
        eligible,
        kind: input.kind,
        amount: eligible ? evaluation.payableTotal : null,
        reasons: reasonsOf(evaluation),
        input,
      });
    }
    return { days, lines: out, plans };
  }

  const present = ({ trainee: t, input: _i, ...l }: RosterLine, filed: FiledCase | null) => ({
    ...l,
    traineeId: t.id,
    name: t.name,
    idNumberMasked: t.idNumberMasked,
    group: t.group,
    status: t.status,
    attendedDays: t.attendedDays,
    result: t.result,
    certificateNumber: t.certificateNumber,
    filed,
  });

  /** The trainees counted as having a business plan: as typed, or from their files' approved plans. */
  async function planTrainees(opts: RosterOptions, trainees: TraineeOfClass[]) {
    if (opts.businessPlanTraineeIds) return new Set(opts.businessPlanTraineeIds);
    const approved = await createPlansRepo(db).approvedPersons(trainees.map((t) => t.personId));
    return new Set(trainees.filter((t) => approved.has(t.personId)).map((t) => t.id));
  }

  /** The trainees a roster reads: all but those withdrawn. */
  const rosterTrainees = async (cls: ClassRow) =>
    (await classes.trainees(cls.id)).filter((t) => t.status !== 'withdrawn');

  /** The class when the actor may read it; an institution's staff only their own. */
  async function readable(actor: Actor, id: string) {
    const row = await classes.readable(actor, id);
    if (!row) throw notFound('培训班');
    return row;
  }

  /** One case per eligible line, created and submitted by the institution inside the batch. */
  async function fileLine(tx: StageTx, actor: Actor, cls: ClassRow, batchId: string, l: RosterLine) {
    const t = l.trainee;
    const created = await createCasesCreateService(txDeps(deps, tx)).create(
      actor,
      {
        caseTypeId: TRAINING_SUBSIDY,
        applicantKind: 'institution_on_behalf',
        personId: t.personId,
        ...(l.kind !== 'entrepreneurship' && t.certificateId ? { certificateId: t.certificateId } : {}),
        application: { ...l.input, trainingClassId: cls.id, traineeId: t.id, rosterRow: l.row },
      },
      { id: t.personId, name: t.name, orgId: t.orgId, orgPath: t.orgPath },
    );
    await createBatchRepo(tx).linkCase(created.id, batchId);
    await stepInTx(deps, tx, actor, created.id, 'submit', {
      version: created.version,
      work: (ctx) => ({ patch: submissionFields(ctx) }),
    });
  }

  return {
    /**
     * The roster as the rules decide it now. A trainee already filed from this class shows the case
     * instead (the rules would refuse it for that very claim); `eligible` marks only the lines a
     * submission would file now.
     */
    async preview(actor: Actor, id: string, opts: RosterOptions) {
      const cls = await readable(actor, id);
      const trainees = await rosterTrainees(cls);
      const filed = new Map(
        (
          await rosterRepo.filedOfClass(
            actor,
            cls.id,
            trainees.map((t) => t.personId),
          )
        ).map((c) => [c.traineeId, c]),
      );
      const own = new Set([...filed.values()].map((c) => c.number));
      const { days, lines: all, plans } = await lines(cls, opts, trainees, own);
      // The same trainees the actor's trainee list shows: a station sees its own residents only.
      const visible = new Set((await createTraineesRepo(db).list(actor, cls.id)).map((t) => t.id));
      const shown = all.filter((l) => visible.has(l.trainee.id));
      await recordAudit(db, actor, {
        action: 'training_class.roster_preview',
        targetType: 'training_class',
        targetId: cls.id,
        detail: { number: cls.number, rows: shown.length },
      });
      const withCase = (l: RosterLine) => {
        const c = filed.get(l.trainee.id);
        if (!c) return present(l, null);
        // the approved amount once decided, the amount the roster filed before
        const amount = c.approvedAmountFen === null ? l.amount : fenToYuan(c.approvedAmountFen);
        return present(
          { ...l, eligible: false, amount, reasons: [] },
          {
            caseId: c.readable ? c.caseId : null,
            caseNumber: c.number,
            status: c.status,
            statusLabel: caseStatusLabels[c.status],
          },
        );
      };
      return {
        classId: cls.id,
        number: cls.number,
        days,
        lines: shown.map(withCase),
        businessPlanTraineeIds: shown.map((l) => l.trainee.id).filter((id) => plans.has(id)),
      };
    },

    /** The class's submitted rosters with each case's status, approved and paid amounts. */
    async rosters(actor: Actor, id: string) {
      const cls = await readable(actor, id);
      if (!hasPermission(actor, 'case:read')) return [];
      const people = (await classes.trainees(cls.id)).map((t) => t.personId);
      const ids = await rosterRepo.batchesOfClass(cls.id, people);
      const out = [];
      for (const batchId of ids) out.push(await batches.detail(actor, batchId));
      return out.sort((a, b) => a.number.localeCompare(b.number));
    },

    async submit(actor: Actor, id: string, opts: RosterOptions) {
      const institutionId = await requireOwnInstitution(db, actor);
      const cls = await classes.ofInstitution(institutionId, id);
      if (!cls) throw notFound('培训班');
      const { lines: all } = await lines(cls, opts, await rosterTrainees(cls));
      const eligible = all.filter((l) => l.eligible);
      if (eligible.length === 0)
        throw conflict(
          `本班没有可以申领培训补贴的学员：${[...new Set(all.flatMap((l) => l.reasons.map((r) => r.text)))].join('；')}`,
        );
      const type = await deps.caseTypes.get(TRAINING_SUBSIDY);
      await deps.caseTypes.assertAccepting(type);
      const inst = await classes.institution(institutionId);
      const today = clock.today();
      const claimsSeen = await claimsOf(db, eligible);
      const batchId = await db.transaction(async (tx) => {
        // Two submissions of the same class wait for each other here; the second then finds the
        // first one's pending claims changed and stops, so no trainee is filed twice.
        await createClassesRepo(tx).lockForUpdate(cls.id);
        if ((await claimsOf(tx, eligible)) !== claimsSeen)
          throw conflict('本班学员的补贴申领情况刚刚发生变化（可能已由他人提交花名册），请刷新后重新核对');
        const repo = createBatchRepo(tx);
        const batch = await repo.insert({
          number: await nextNumber(tx, 'case_batch', 'BZ', Number(today.slice(0, 4))),
          caseTypeId: type.id,
          applicantOrgId: actor.orgId,
          applicantName: inst?.name ?? '',
          fileName: `${cls.number} 培训补贴花名册`,
          orgId: actor.orgId,
          orgPath: actor.orgPath,
          createdBy: actor.userId,
        });
        const errors = all
          .filter((l) => !l.eligible)
          .map((l) => ({
            row: l.row,
            messages: l.reasons.map((r) => (r.citation ? `${r.text}（${r.citation}）` : r.text)),
          }));
        let createdCount = 0;
        for (const l of eligible) {
          try {
            // a savepoint per trainee: a refused line leaves nothing behind
            await tx.transaction((sp) => fileLine(sp, actor, cls, batch.id, l));
            createdCount += 1;
          } catch (e) {
            if (!(e instanceof DomainError) || e.code === 'INTERNAL') throw e;
            errors.push({ row: l.row, messages: [e.message] });
          }
        }
        errors.sort((a, b) => a.row - b.row);
        await repo.setTotals(batch.id, {
          status: createdCount > 0 ? 'submitted' : 'processed',
          totalRows: all.length,
          createdCount,
          errorCount: errors.length,
          errors,
        });
        await recordAudit(tx, actor, {
          action: 'training_class.roster_submit',
          targetType: 'training_class',
          targetId: cls.id,
          detail: { number: cls.number, batch: batch.number, rows: all.length, created: createdCount },
        });
        return batch.id;
      });
      return batches.detail(actor, batchId);
    },
  };
}

export type RosterService = ReturnType<typeof createRosterService>;
