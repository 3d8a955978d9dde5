import { getPolicy } from '@minsheng/rules/catalogue.ts';
import type { FactKey } from '@minsheng/rules/engine/facts.ts';
import { profileFactKeys, screenablePolicies } from '@minsheng/rules/screening/screen.ts';
import { z } from 'zod';
import { type Actor, hasPermission } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { conflict, DomainError, forbidden, notFound } from '../../../platform/errors.ts';
import { enqueue, type JobHandler } from '../../../platform/jobs/jobs.worker.ts';
import { createOrgsRepo } from '../../../platform/orgs/orgs.repo.ts';
import { administeredValues } from '../../policy/effective-policy.ts';
import { type ScreeningRunStatus, screeningRunStatusLabels } from '../screening.schema.ts';
import type { ScreeningDeps } from '../screening.services.ts';
import { createFactColumnsRepo } from './fact-columns.repo.ts';
import { screenRegistry } from './screen-registry.ts';
import { createScreeningPool, type ScreeningSubject } from './screening-pool.ts';
import { createScreeningRunsRepo, type ScreeningRunsRepo } from './screening-runs.repo.ts';

export const SCREENING_JOB = 'screening.run';

/** A run still "running" after this many hours was left by a stopped process: it blocks no new one. */
const STALE_RUN_HOURS = 6;

const Payload = z.union([z.object({ runId: z.uuid() }), z.object({ day: z.iso.date() })]);

export const RUN_FAILED_MESSAGE = '筛查未能完成，请稍后重试或联系管理员';
export const RUN_ABORTED_MESSAGE = '服务停止，筛查中断，请重新发起';

type Listed = NonNullable<Awaited<ReturnType<ScreeningRunsRepo['byId']>>>;

/** A run as the API shows it. */
const view = ({ run, orgName, triggeredByName }: Listed) => ({
  id: run.id,
  orgId: run.orgId,
  orgName,
  onDate: run.onDate,
  status: run.status,
  statusLabel: screeningRunStatusLabels[run.status as ScreeningRunStatus],
  policies: run.policyIds.map((id) => ({ id, name: getPolicy(id)?.name ?? id })),
  personsTotal: run.personsTotal,
  personsDone: run.personsDone,
  leadsNew: run.leadsNew,
  leadsKept: run.leadsKept,
  leadsLapsed: run.leadsLapsed,
  error: run.error,
  startedAt: run.startedAt.toISOString(),
  finishedAt: run.finishedAt?.toISOString() ?? null,
  triggeredByName: run.triggeredBy ? (triggeredByName ?? null) : '系统（每日筛查）',
});
export type ScreeningRunView = ReturnType<typeof view>;

/**
 * 政策找人 runs: every screenable policy whose case type accepts applications, over every person of
 * an organisation's subtree, in a pool of worker threads. On demand (`screening:run`, audited) or
 * daily over the whole bureau as the system.
 */
export function createScreeningRunsService(deps: ScreeningDeps) {
  const { db } = deps;
  const repo = createScreeningRunsRepo(db);

  /** The run row of `orgId` (default: the actor's organisation), audited, in one transaction with `queue`. */
  async function create(actor: Actor, orgId: number | undefined, queue: boolean) {
    if (!hasPermission(actor, 'screening:run')) throw forbidden();
    const org = await createOrgsRepo(db).byIdFor(actor, orgId ?? actor.orgId, ['screening:run']);
    if (!org) throw notFound('机构');
    return db.transaction(async (tx) => {
      const runs = createScreeningRunsRepo(tx);
      await runs.lockStarts();
      const going = await runs.overlappingRunning(org.path, STALE_RUN_HOURS);
      if (going)
        throw conflict(
          `${going.orgName}的筛查正在进行（已筛查 ${going.run.personsDone} 人），请待其完成后再运行`,
        );
      const run = await runs.insert({
        orgId: org.id,
        orgPath: org.path,
        onDate: deps.clock.today(),
        triggeredBy: actor.userId,
      });
      const job = queue ? await enqueue(tx, SCREENING_JOB, { runId: run.id }, actor) : null;
      if (job) await runs.update(run.id, { jobId: job.id });
      await recordAudit(tx, actor, {
        action: 'screening.run',
        targetType: 'screening_run',
        targetId: run.id,
        detail: { orgId: org.id, onDate: run.onDate, jobId: job?.id ?? null },
      });
      return { id: run.id, jobId: job?.id ?? null };
    });
  }

  /** The policies a run screens: a profile in force on the day, and a case type taking applications. */
  async function policiesOn(on: string) {
    const accepting = new Set((await deps.caseTypes.list()).filter((t) => t.enabled).map((t) => t.policyId));
    const screened = screenablePolicies(on).filter((p) => accepting.has(p.policy.id));
    /** per subject, the facts its policies read (only these columns go to the threads) */
    const factKeys: Partial<Record<ScreeningSubject, FactKey[]>> = {};
    for (const { policy, profile } of screened)
      factKeys[profile.subject] = [
        ...new Set([...(factKeys[profile.subject] ?? []), ...profileFactKeys(policy)]),
      ];
    const policies = await Promise.all(
      screened.map(async (p) => ({ id: p.policy.id, values: await administeredValues(db, p.policy.id) })),
    );
    return { policies, factKeys };
  }

  /**
   * Runs a created run to its end: 'done' with its counters, or 'failed' with a Chinese message
   * (never personal data). The threads end with the run, or at once when `signal` aborts.
   */
  async function execute(
    runId: string,
    opts: { signal?: AbortSignal; progress?: (done: number, total: number) => Promise<void> } = {},
  ) {
    const { run } = (await repo.byId(runId))!;
    if (run.status !== 'running') return null;
    try {
      const { policies, factKeys } = await policiesOn(run.onDate);
      const policyIds = policies.map((p) => p.id);
      const personsTotal = await createFactColumnsRepo(db).countPersons(run.orgPath);
      // from zero: a job claimed again after its worker died starts the count over
      await repo.update(run.id, { policyIds, personsTotal, personsDone: 0, leadsNew: 0, leadsKept: 0 });
      const pool = createScreeningPool({ on: run.onDate, policies }, { signal: opts.signal });
      let totals: Awaited<ReturnType<typeof screenRegistry>>;
      try {
        totals = await screenRegistry({
          db,
          run: { ...run, policyIds },
          pool,
          factKeys,
          signal: opts.signal,
          onChunk: async (t) => opts.progress?.(t.personsDone, personsTotal),
        });
      } finally {
        await pool.close();
      }
      await db.transaction(async (tx) => {
        const runs = createScreeningRunsRepo(tx);
        const leadsLapsed = await runs.lapse({ ...run, policyIds });
        await runs.update(run.id, { status: 'done', leadsLapsed, finishedAt: new Date() });
      });
      return totals;
    } catch (err) {
      const message =
        err instanceof DomainError
          ? err.message
          : opts.signal?.aborted
            ? RUN_ABORTED_MESSAGE
            : RUN_FAILED_MESSAGE;
      await repo.update(run.id, { status: 'failed', error: message, finishedAt: new Date() });
      throw err;
    }
  }

  const runView = async (id: string) => view((await repo.byId(id))!);

  /** The job: a queued on-demand run, or the daily run over the topmost organisation as the system. */
  const handler: JobHandler = async (payload, ctx) => {
    const p = Payload.parse(payload);
    let runId: string;
    if ('runId' in p) runId = p.runId;
    else {
      const top = await createOrgsRepo(db).topmost();
      if (!top) return null;
      runId = (await repo.insert({ orgId: top.id, orgPath: top.path, onDate: p.day, triggeredBy: null })).id;
    }
    const totals = await execute(runId, {
      signal: ctx.signal,
      progress: (done, total) => ctx.progress(done, total, `已筛查 ${done} / ${total} 人`),
    });
    return { runId, ...totals };
  };

  return {
    handler,

    /** Starts a run in the background: `{ id, jobId }` (progress on the run and the job). */
    async start(actor: Actor, input: { orgId?: number | undefined }) {
      const created = await create(actor, input.orgId, true);
      return { id: created.id, jobId: created.jobId! };
    },

    /** Runs one inline (the demo, tests) and answers the finished run. */
    async runNow(actor: Actor, input: { orgId?: number | undefined }) {
      const { id } = await create(actor, input.orgId, false);
      await execute(id).catch((err: unknown) => {
        if (!(err instanceof DomainError)) throw err;
      });
      return runView(id);
    },

    /** Runs of the actor's subtree or above its organisation, newest first. */
    async list(actor: Actor, q: { page: number; pageSize: number }) {
      if (!hasPermission(actor, 'screening:read')) throw forbidden();
      const { items, total } = await repo.list(actor, q.page, q.pageSize);
      const inScope = await repo.openLeadsInScope(
        actor,
        items.map((r) => r.run.id),
      );
      return {
        items: items.map((r) => ({ ...view(r), openLeadsInScope: inScope.get(r.run.id) ?? 0 })),
        total,
      };
    },

    async get(actor: Actor, id: string) {
      if (!hasPermission(actor, 'screening:read')) throw forbidden();
      const row = await repo.readable(actor, id);
      if (!row) throw notFound('筛查批次');
      return view(row);
    },
  };
}

export type ScreeningRunsService = ReturnType<typeof createScreeningRunsService>;
