import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AdministeredValue } from '@minsheng/rules/engine/administered.ts';
import type { FactColumns } from '@minsheng/rules/screening/screening.ts';

/** What every worker of a run knows: the day, and each policy's administered figures. */
export interface ScreenInit {
  on: string;
  policies: { id: string; values: AdministeredValue[] }[];
}

export type ScreeningSubject = 'person' | 'certificate';

export interface ScreenRequest {
  id: number;
  subject: ScreeningSubject;
  size: number;
  facts: FactColumns;
}

/** One policy's leads among the rows sent: row indexes, and per lead its fen, reason and what to verify. */
export interface PolicyLeads {
  policyId: string;
  rows: Int32Array;
  payableFen: Float64Array;
  reasons: string[];
  toVerify: string[][];
}

export type ScreenReply = { id: number; leads: PolicyLeads[] } | { id: number; error: string };

/**
 * The worker runs TypeScript like the CLI does (bin/minsheng.mjs): tsx registered in the thread
 * before the worker module is imported (Node 20 workers ignore `--import tsx` for their entry).
 */
const bootstrap = (entry: string) =>
  `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})` +
  `.then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;

/**
 * A pool of screening threads, one per core by default: `screen` splits the rows into one slice
 * per thread and merges the leads back in row order. `close()` ends the threads; an aborted
 * signal ends them at once and fails what is in flight.
 */
export function createScreeningPool(init: ScreenInit, opts: { size?: number; signal?: AbortSignal } = {}) {
  const entry = new URL('./screen.worker.ts', import.meta.url).href;
  const pending = new Map<number, { resolve(l: PolicyLeads[]): void; reject(e: Error): void }>();
  let nextId = 0;
  let failure: Error | null = null;

  const failAll = (err: Error) => {
    failure ??= err;
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
  };

  const workers = Array.from({ length: opts.size ?? availableParallelism() }, () => {
    const w = new Worker(bootstrap(entry), { eval: true, workerData: init });
    w.on('message', (reply: ScreenReply) => {
      const p = pending.get(reply.id);
      pending.delete(reply.id);
      if ('error' in reply) p?.reject(new Error(reply.error));
      else p?.resolve(reply.leads);
    });
    w.on('error', failAll);
    w.on('exit', (code) => {
      if (pending.size > 0) failAll(new Error(`screening worker exited (${code})`));
    });
    return w;
  });

  const close = () => Promise.all(workers.map((w) => w.terminate())).then(() => undefined);
  const onAbort = () => {
    failAll(new Error('screening aborted'));
    void close();
  };
  opts.signal?.addEventListener('abort', onAbort, { once: true });

  function send(worker: Worker, req: Omit<ScreenRequest, 'id'>) {
    return new Promise<PolicyLeads[]>((resolve, reject) => {
      if (failure) return reject(failure);
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...req, id } satisfies ScreenRequest);
    });
  }

  return {
    size: workers.length,

    /** Every policy of `subject` over `size` rows of `facts`; row indexes are of the whole. */
    async screen(subject: ScreeningSubject, facts: FactColumns, size: number) {
      const n = Math.max(1, Math.min(workers.length, size));
      const bounds = Array.from({ length: n + 1 }, (_, i) => Math.floor((i * size) / n));
      const parts = await Promise.all(
        workers.slice(0, n).map((w, i) => {
          const [from, to] = [bounds[i]!, bounds[i + 1]!];
          const slice = Object.fromEntries(
            Object.entries(facts).map(([k, col]) => [k, col!.slice(from, to)]),
          );
          return send(w, { subject, size: to - from, facts: slice });
        }),
      );
      const merged = new Map<string, PolicyLeads[]>();
      parts.forEach((leads, i) => {
        for (const l of leads) {
          const list = merged.get(l.policyId) ?? [];
          list.push({ ...l, rows: l.rows.map((r) => r + bounds[i]!) });
          merged.set(l.policyId, list);
        }
      });
      return [...merged].map(
        ([policyId, list]): PolicyLeads => ({
          policyId,
          rows: Int32Array.from(list.flatMap((l) => [...l.rows])),
          payableFen: Float64Array.from(list.flatMap((l) => [...l.payableFen])),
          reasons: list.flatMap((l) => l.reasons),
          toVerify: list.flatMap((l) => l.toVerify),
        }),
      );
    },

    async close() {
      opts.signal?.removeEventListener('abort', onAbort);
      await close();
    },
  };
}

export type ScreeningPool = ReturnType<typeof createScreeningPool>;
