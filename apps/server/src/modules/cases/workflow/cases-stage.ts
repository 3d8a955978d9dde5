import { eq, inArray } from 'drizzle-orm';
import type { Db, Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { conflict, invalid, notFound } from '../../../platform/errors.ts';
import { createCaseTypesRepo } from '../case-types/case-types.repo.ts';
import type { CaseRow } from '../cases.repo.ts';
import { cases } from '../cases.schema.ts';
import type { CaseAction } from './case-lifecycle.ts';
import { type CaseDeps, runTransition, staleCase, type TransitionRequest } from './case-transition.ts';

/**
 * Shared plumbing of the stages after approval (notice, finance, batches): lifecycle steps of many
 * cases inside one transaction, so a bulk action moves every case or none.
 */

/** The transaction `db.transaction` hands its callback. */
export type StageTx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** One case of a bulk action, with the version the officer saw. */
export interface CaseRef {
  id: string;
  version: number;
}

/** Refuses an empty or repeated list of cases before anything is read. */
export function checkCaseRefs(refs: readonly CaseRef[], max = 500) {
  if (refs.length === 0) throw invalid('请至少选择一件案件', [{ path: 'cases', message: '不能为空' }]);
  if (refs.length > max) throw invalid(`一次最多处理 ${max} 件案件`, [{ path: 'cases', message: '过多' }]);
  if (new Set(refs.map((r) => r.id)).size !== refs.length)
    throw invalid('案件重复选择', [{ path: 'cases', message: '重复' }]);
}

/**
 * Runs the colleague's `runTransition` for one case inside the caller's transaction: it opens a
 * savepoint there, so its version check, event and audit row commit or roll back with the whole
 * bulk action. `version` undefined: the case's current version (the caller already holds a lock
 * that orders concurrent attempts, e.g. the payment plan's row).
 */
export async function stepInTx(
  deps: CaseDeps,
  tx: StageTx,
  actor: Actor,
  caseId: string,
  action: CaseAction,
  opts: Omit<TransitionRequest, 'action' | 'version'> & { version?: number | undefined } = {},
) {
  const version = opts.version ?? (await currentVersion(tx, caseId));
  return runTransition(txDeps(deps, tx), actor, caseId, { ...opts, action, version });
}

/**
 * The case workflow's dependencies bound to a transaction: every read and write goes through it.
 * (The embedded database has one connection; a read through the pool while a transaction holds it
 * would wait for ever.) Case types are read straight from the table: they exist, cases refer to them.
 */
export function txDeps(deps: CaseDeps, tx: StageTx): CaseDeps {
  const types = createCaseTypesRepo(tx);
  return {
    ...deps,
    // A transaction is an executor with `transaction` (a savepoint): what the services need of Db.
    db: tx as unknown as Db,
    caseTypes: {
      ...deps.caseTypes,
      get: async (id: string) => {
        const row = await types.one(id);
        if (!row) throw notFound('经办事项');
        return row;
      },
      assertAccepting: (row) => deps.caseTypes.assertAccepting(row, tx),
    },
  };
}

async function currentVersion(tx: Executor, caseId: string): Promise<number> {
  const [row] = await tx.select({ version: cases.version }).from(cases).where(eq(cases.id, caseId));
  if (!row) throw staleCase();
  return row.version;
}

/** Locks the cases (in id order, so two bulk actions never deadlock) and answers them by id. */
export async function lockCases(tx: Executor, ids: readonly string[]): Promise<Map<string, CaseRow>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select()
    .from(cases)
    .where(inArray(cases.id, [...ids]))
    .orderBy(cases.id)
    .for('update');
  return new Map(rows.map((r) => [r.id, r]));
}

/** A bulk refusal naming the case (案件 MS-2026-000001：…). */
export const caseConflict = (number: string, reason: string) => conflict(`案件 ${number}：${reason}`);
