import { fenToYuan } from '@minsheng/rules/engine/money.ts';
import type { Db } from '../../../db/client.ts';
import { type Actor, hasPermission } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { type CalendarSource, lenientCalendar } from '../../../platform/calendar/calendar-source.ts';
import type { Clock } from '../../../platform/clock.ts';
import { conflict, DomainError, forbidden, invalid, notFound } from '../../../platform/errors.ts';
import { nextNumber } from '../../cases/cases.repo.ts';
import { institutionOfUser, requireOwnInstitution } from '../institution-scope.ts';
import { type ClassFilter, type ClassRow, createClassesRepo, type TraineeOfClass } from './classes.repo.ts';
import { classDays, completes } from './classes.rules.ts';
import type { ClassStatus } from './classes.schema.ts';
import { type ClassApplication, checkApplication, openingProblem } from './classes-application.ts';

export interface ClassDeps {
  db: Db;
  clock: Clock;
  calendar: CalendarSource;
}

export const classActions = ['edit', 'start', 'close', 'roster', 'review'] as const;
type ClassAction = (typeof classActions)[number];

const stale = () => new DomainError('STALE', '该培训班已被他人修改，请刷新后重试');

export const classStatusLabels: Record<ClassStatus, string> = {
  applied: '待审批',
  rejected: '不予开班',
  approved: '已批准',
  running: '培训中',
  closed: '已结业',
};

/** The figures of a class's trainees (no names): what the class page and the closing report show. */
export function traineeSummary(trainees: readonly TraineeOfClass[]) {
  const by = (f: (t: TraineeOfClass) => boolean) => trainees.filter(f).length;
  return {
    total: trainees.length,
    enrolled: by((t) => t.status === 'enrolled'),
    withdrawn: by((t) => t.status === 'withdrawn'),
    completed: by((t) => t.status === 'completed'),
    notCompleted: by((t) => t.status === 'not_completed'),
    passed: by((t) => t.result === 'passed'),
    failed: by((t) => t.result === 'failed'),
    absent: by((t) => t.result === 'absent'),
    certified: by((t) => t.certificateId !== null),
  };
}

/**
 * 培训班: an institution applies to open a class, the bureau approves or rejects it, the
 * institution starts it on or after its first day and closes it after its last with a closing
 * report, which decides each enrolled trainee's completion from attendance. Every step is audited
 * and refused in Chinese when the class is not in the state it needs.
 */
export function createClassesService(deps: ClassDeps) {
  const { db, clock } = deps;
  const repo = createClassesRepo(db);

  async function checkAgainstRecords(institutionId: string, a: ClassApplication) {
    const inst = await repo.institution(institutionId);
    if (!inst) throw notFound('培训机构');
    checkApplication(a, inst, clock.today());
    const teachers = await repo.activeTeachers(institutionId, a.teacherIds);
    if (teachers.length !== a.teacherIds.length)
      throw invalid('所选教师须为本机构在岗的授课教师', [{ path: 'teacherIds', message: '教师无效' }]);
    if (a.employerId && !(await repo.employerName(a.employerId)))
      throw invalid('订单用人单位未在用人单位登记中', [{ path: 'employerId', message: '单位未登记' }]);
    return inst;
  }

  /** The institution's own class (staff of another institution get "not found"). */
  async function ownClass(actor: Actor, id: string) {
    const institutionId = await requireOwnInstitution(db, actor);
    const row = await repo.ofInstitution(institutionId, id);
    if (!row) throw notFound('培训班');
    return row;
  }

  const mustBe = (row: ClassRow, status: ClassStatus, what: string) => {
    if (row.status !== status)
      throw conflict(
        `培训班${classStatusLabels[row.status]}，不能${what}（须为「${classStatusLabels[status]}」）`,
      );
  };

  /** A versioned change of the class with its audit row, in one transaction. */
  async function change(
    actor: Actor,
    row: ClassRow,
    version: number,
    action: string,
    patch: Parameters<ReturnType<typeof createClassesRepo>['update']>[2],
    detail: Record<string, unknown> = {},
    more?: (tx: Parameters<Parameters<Db['transaction']>[0]>[0]) => Promise<void>,
  ) {
    if (version !== row.version) throw stale();
    return db.transaction(async (tx) => {
      const next = await createClassesRepo(tx).update(row.id, version, patch);
      if (!next) throw stale();
      await more?.(tx);
      await recordAudit(tx, actor, {
        action: `training_class.${action}`,
        targetType: 'training_class',
        targetId: row.id,
        detail: { number: row.number, from: row.status, to: next.status, ...detail },
      });
      return next;
    });
  }

  /**
   * The institution may still open this class: it may have been ordered to rectify, suspended,
   * withdrawn or have expired since it applied.
   */
  async function assertStillOpening(row: ClassRow) {
    const inst = await repo.institution(row.institutionId);
    const problem = inst ? openingProblem(inst, row.startsOn, row.endsOn) : '培训机构不存在';
    if (problem) throw conflict(problem);
  }

  /** What the viewer may do with the class now. */
  async function actionsFor(actor: Actor, row: ClassRow) {
    const today = clock.today();
    const own =
      hasPermission(actor, 'training:operate') &&
      (await institutionOfUser(db, actor.userId)) === row.institutionId;
    const actions: ClassAction[] = [];
    if (own && row.status === 'applied') actions.push('edit');
    if (own && row.status === 'approved' && today >= row.startsOn) actions.push('start');
    if (own && row.status === 'running' && today > row.endsOn) actions.push('close');
    if (own && row.status === 'closed') actions.push('roster');
    if (hasPermission(actor, 'training:manage') && row.status === 'applied') actions.push('review');
    return actions;
  }

  async function view(actor: Actor, row: ClassRow) {
    const [inst, employerName, trainees, availableActions] = await Promise.all([
      repo.institution(row.institutionId),
      row.employerId ? repo.employerName(row.employerId) : Promise.resolve(null),
      repo.trainees(row.id),
      actionsFor(actor, row),
    ]);
    return {
      ...row,
      institutionName: inst?.name ?? '',
      employerName: employerName ?? null,
      feePerTrainee: row.feePerTraineeFen === null ? null : fenToYuan(row.feePerTraineeFen),
      statusLabel: classStatusLabels[row.status],
      days: classDays(lenientCalendar(deps.calendar), row.startsOn, row.endsOn),
      trainees: traineeSummary(trainees),
      availableActions,
    };
  }

  return {
    async apply(actor: Actor, a: ClassApplication) {
      const institutionId = await requireOwnInstitution(db, actor);
      const inst = await checkAgainstRecords(institutionId, a);
      const row = await db.transaction(async (tx) => {
        const year = Number(a.startsOn.slice(0, 4));
        const created = await createClassesRepo(tx).insert({
          ...a,
          number: await nextNumber(tx, 'training_class', 'BJ', year),
          institutionId,
          orgId: inst.orgId,
          orgPath: inst.orgPath,
          createdBy: actor.userId,
        });
        await recordAudit(tx, actor, {
          action: 'training_class.apply',
          targetType: 'training_class',
          targetId: created.id,
          detail: { number: created.number, programme: a.programme, occupation: a.occupation },
        });
        return created;
      });
      return view(actor, row);
    },

    async update(actor: Actor, id: string, a: ClassApplication & { version: number }) {
      const row = await ownClass(actor, id);
      mustBe(row, 'applied', '修改');
      const { version, ...fields } = a;
      await checkAgainstRecords(row.institutionId, fields);
      return view(actor, await change(actor, row, version, 'update', fields));
    },

    /** What the application form offers: the institution's registered occupations and levels, teachers, validity. */
    async formOptions(actor: Actor) {
      const institutionId = await requireOwnInstitution(db, actor);
      const inst = await repo.institution(institutionId);
      if (!inst) throw notFound('培训机构');
      return {
        institutionId,
        name: inst.name,
        status: inst.status,
        validFrom: inst.validFrom,
        validTo: inst.validTo,
        capacity: inst.capacity,
        occupations: inst.occupations,
        teachers: await repo.teachersOf(institutionId),
      };
    },

    /** An order class's employer, found by credit code among registered employers. */
    async findEmployer(actor: Actor, creditCode: string) {
      await requireOwnInstitution(db, actor);
      const row = await repo.employerByCreditCode(creditCode);
      if (!row) throw notFound('用人单位');
      return row;
    },

    list: async (actor: Actor, f: ClassFilter) => {
      if (!hasPermission(actor, 'training:read') && !hasPermission(actor, 'training:operate'))
        throw forbidden();
      const { items, total } = await repo.list(actor, f);
      return {
        total,
        items: items.map(({ cls, institutionName }) => ({
          ...cls,
          institutionName,
          feePerTrainee: cls.feePerTraineeFen === null ? null : fenToYuan(cls.feePerTraineeFen),
          statusLabel: classStatusLabels[cls.status],
        })),
      };
    },

    async detail(actor: Actor, id: string) {
      const row = await repo.readable(actor, id);
      if (!row) throw notFound('培训班');
      return view(actor, row);
    },

    async review(
      actor: Actor,
      id: string,
      input: { version: number; approve: boolean; note?: string | undefined },
    ) {
      if (!hasPermission(actor, 'training:manage')) throw forbidden();
      const row = await repo.managed(actor, id);
      if (!row) throw notFound('培训班');
      mustBe(row, 'applied', input.approve ? '批准' : '不予开班');
      const note = input.note?.trim() || null;
      if (!input.approve && !note) throw invalid('不予开班须写明理由', [{ path: 'note', message: '必填' }]);
      if (input.approve) await assertStillOpening(row);
      const next = await change(actor, row, input.version, input.approve ? 'approve' : 'reject', {
        status: input.approve ? 'approved' : 'rejected',
        reviewNote: note,
        reviewedBy: actor.userId,
        reviewedAt: clock.now(),
      });
      return view(actor, next);
    },

    async start(actor: Actor, id: string, input: { version: number }) {
      const row = await ownClass(actor, id);
      mustBe(row, 'approved', '开课');
      if (clock.today() < row.startsOn) throw conflict(`培训班 ${row.startsOn} 开课，此前不能开始培训`);
      await assertStillOpening(row);
      return view(actor, await change(actor, row, input.version, 'start', { status: 'running' }));
    },

    /**
     * Closing (结业): each enrolled trainee is completed when attended days ÷ the class's days reach
     * the threshold, otherwise not completed; refused while a trainee who completes has no
     * appraisal result yet (the result is recorded on the trainees page).
     */
    async close(actor: Actor, id: string, input: { version: number; report: string }) {
      const row = await ownClass(actor, id);
      mustBe(row, 'running', '结业');
      if (clock.today() <= row.endsOn) throw conflict(`培训班 ${row.endsOn} 结束，结束之后才能结业`);
      const days = classDays(deps.calendar.current(), row.startsOn, row.endsOn);
      /** Completion from the trainees as they are now; refused while a completing one has no result. */
      const decide = (trainees: Awaited<ReturnType<typeof repo.trainees>>) => {
        const enrolled = trainees.filter((t) => t.status === 'enrolled');
        const done = enrolled.filter((t) => completes(t.attendedDays, days, row.completionThresholdPercent));
        const missing = done.filter((t) => t.result === null).length;
        if (missing > 0)
          throw conflict(
            `有 ${missing} 名出勤达到结业要求的学员尚未登记考核结果，请先在学员页登记考核结果后再结业`,
          );
        return { done, notDone: enrolled.filter((t) => !done.includes(t)) };
      };
      decide(await repo.trainees(row.id)); // the usual refusal before any write
      const summary: Record<string, unknown> = { days };
      const next = await change(
        actor,
        row,
        input.version,
        'close',
        {
          status: 'closed',
          closingReport: input.report.trim(),
          closedBy: actor.userId,
          closedAt: clock.now(),
        },
        summary,
        async (tx) => {
          // The class row is now locked by this transaction's update, and every attendance, result
          // or withdrawal locks it too: reading the trainees again here sees all committed ones.
          const txRepo = createClassesRepo(tx);
          const { done, notDone } = decide(await txRepo.trainees(row.id));
          summary.completed = done.length;
          summary.notCompleted = notDone.length;
          await txRepo.setTraineeStatus(
            done.map((t) => t.id),
            'completed',
          );
          await txRepo.setTraineeStatus(
            notDone.map((t) => t.id),
            'not_completed',
          );
        },
      );
      return view(actor, next);
    },
  };
}

export type ClassesService = ReturnType<typeof createClassesService>;
