/**
 * Rules-engine benchmark: `zhuhai.high-skill-subsidy` for a fixed population, evaluated
 *   - per person: `evaluate()` in a loop over row objects (the baseline), and
 *   - in batch:   `evaluateBatch()` over columnar input,
 * at 10 000 and 100 000 persons. Run from the repository root:
 *
 *   npx tsx packages/rules/bench/batch.bench.ts
 *
 * Each (size, mode) runs in its own child process so that its peak RSS (getrusage maxrss) is its own;
 * children run one after another, alternating modes. Inputs are generated from a fixed seed and built
 * before the clock starts; each child warms up on 2 000 persons first. The table is Markdown.
 */
import { cpus } from 'node:os';
import { type Columns, evaluateBatch } from '../src/engine/batch.ts';
import type { PastClaimInput } from '../src/engine/constraints.ts';
import { isRulesError } from '../src/engine/errors.ts';
import { evaluate } from '../src/engine/evaluate.ts';
import { policy } from '../src/policies/zhuhai/high-skill-subsidy/policy.ts';
import { runChild } from './child.ts';
import { zhuhaiPopulation } from './populations.ts';

const SIZES = [10_000, 100_000] as const;
const WARM_UP = 2_000;
const SEED = 20_260_630;
const ON = '2026-06-30';
type Mode = 'per-person' | 'batch';

interface Measurement {
  mode: Mode;
  size: number;
  ms: number;
  /** user + system CPU time of the timed section (less sensitive than wall time to a shared machine) */
  cpuMs: number;
  peakRssKiB: number;
  rssAfterInputKiB: number;
  eligible: number;
  ineligible: number;
  needsReview: number;
  errors: number;
  /** sum of all amounts in fen, to check both modes agree */
  totalFen: string;
}

/** Row objects for the per-person loop, built the way a caller would send them. */
function rows(columns: Columns, size: number): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const get = (key: string, i: number) => columns[key]![i];
  for (let i = 0; i < size; i++) {
    out.push({
      part: get('part', i),
      labourOrigin: get('labourOrigin', i),
      appliedOn: get('appliedOn', i),
      certificate: {
        level: get('certificate.level', i),
        occupation: get('certificate.occupation', i),
        issuedOn: get('certificate.issuedOn', i),
        obtainedBy: get('certificate.obtainedBy', i),
        organisedLocally: get('certificate.organisedLocally', i),
      },
      shortageCatalogue: {
        listed: get('shortageCatalogue.listed', i),
        publishedOn: get('shortageCatalogue.publishedOn', i),
      },
      contract: {
        localEmployer: get('contract.localEmployer', i),
        startOn: get('contract.startOn', i),
        endOn: get('contract.endOn', i),
      },
      insurance: {
        payingLocally: get('insurance.payingLocally', i),
        localMonths: get('insurance.localMonths', i),
      },
      recordedInSystem: get('recordedInSystem', i),
    });
  }
  return out;
}

const toFen = (amount: string | null | undefined): bigint => (amount ? BigInt(amount.replace('.', '')) : 0n);

/** Per-person baseline: keeps the same per-row fields evaluateBatch keeps. */
function perPerson(input: Record<string, unknown>[], pastClaims: PastClaimInput[][]) {
  const outcome: (string | null)[] = [];
  const failed: string[][] = [];
  const amounts: Record<string, (string | null)[]> = Object.fromEntries(
    policy.amounts.map((a) => [a.id, []]),
  );
  const errors: (string | null)[] = [];
  for (let i = 0; i < input.length; i++) {
    try {
      const r = evaluate(policy, input[i], { on: ON, pastClaims: pastClaims[i]! });
      outcome.push(r.outcome);
      failed.push(r.failed);
      for (const a of policy.amounts) amounts[a.id]!.push(r.amounts[a.id] ?? null);
      errors.push(null);
    } catch (error) {
      if (!isRulesError(error)) throw error;
      outcome.push(null);
      failed.push([]);
      for (const a of policy.amounts) amounts[a.id]!.push(null);
      errors.push(error.code);
    }
  }
  return { outcome, failed, amounts, errors };
}

function child(mode: Mode, size: number): Measurement {
  const { columns, pastClaims } = zhuhaiPopulation(size, SEED);
  const input = mode === 'per-person' ? rows(columns, size) : [];
  const warm = zhuhaiPopulation(WARM_UP, SEED + 1);
  if (mode === 'per-person') perPerson(rows(warm.columns, WARM_UP), warm.pastClaims);
  else evaluateBatch(policy, warm.columns, { on: ON, pastClaims: warm.pastClaims });
  const rssAfterInputKiB = Math.round(process.memoryUsage().rss / 1024);

  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const result =
    mode === 'per-person'
      ? perPerson(input, pastClaims)
      : evaluateBatch(policy, columns, { on: ON, pastClaims });
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);

  let totalFen = 0n;
  for (const values of Object.values(result.amounts)) for (const v of values) totalFen += toFen(v);
  return {
    mode,
    size,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakRssKiB: process.resourceUsage().maxRSS,
    rssAfterInputKiB,
    eligible: result.outcome.filter((o) => o === 'eligible').length,
    ineligible: result.outcome.filter((o) => o === 'ineligible').length,
    needsReview: result.outcome.filter((o) => o === 'needs_review').length,
    errors: result.errors.filter((e) => e !== null).length,
    totalFen: totalFen.toString(),
  };
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const mib = (kib: number) => fmt(kib / 1024, 1);

async function main() {
  const started = new Date().toISOString();
  console.error(`# rules-engine benchmark (${policy.id}), started ${started}`);
  console.error(`# node ${process.version}, ${cpus().length} logical CPUs; children run one at a time`);
  const results: Measurement[] = [];
  for (const size of SIZES) {
    for (const mode of ['per-person', 'batch'] as const) {
      const m = await runChild<Measurement>(import.meta.url, [mode, String(size)]);
      console.error(`#   ${mode} ${size}: ${fmt(m.ms)} ms wall, ${fmt(m.cpuMs)} ms CPU`);
      results.push(m);
    }
  }

  const lines = [
    `Policy \`${policy.id}\`, evaluation date ${ON}, seed ${SEED}, warm-up ${fmt(WARM_UP)} persons per process.`,
    '',
    '| persons | mode | wall time (s) | persons/s (wall) | CPU time (s) | persons/CPU-s | peak RSS (MiB) | RSS before timing (MiB) | needs review / ineligible / errors |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const m of results) {
    lines.push(
      `| ${fmt(m.size)} | ${m.mode === 'batch' ? '`evaluateBatch` (columnar)' : '`evaluate` per person'} | ${fmt(m.ms / 1000, 2)} | ${fmt((m.size / m.ms) * 1000)} | ${fmt(m.cpuMs / 1000, 2)} | ${fmt((m.size / m.cpuMs) * 1000)} | ${mib(m.peakRssKiB)} | ${mib(m.rssAfterInputKiB)} | ${m.needsReview} / ${m.ineligible} / ${m.errors} |`,
    );
  }
  lines.push(
    '',
    '| persons | batch ÷ per-person, wall throughput (> 1 = batch faster) | same, CPU throughput | same results |',
    '| ---: | ---: | ---: | --- |',
  );
  for (const size of SIZES) {
    const pp = results.find((m) => m.size === size && m.mode === 'per-person')!;
    const b = results.find((m) => m.size === size && m.mode === 'batch')!;
    const same =
      pp.totalFen === b.totalFen &&
      pp.eligible === b.eligible &&
      pp.ineligible === b.ineligible &&
      pp.needsReview === b.needsReview &&
      pp.errors === b.errors;
    lines.push(
      `| ${fmt(size)} | ${fmt(pp.ms / b.ms, 3)} | ${fmt(pp.cpuMs / b.cpuMs, 3)} | ${same ? 'yes' : 'NO'} |`,
    );
  }
  console.log(lines.join('\n'));
  if (lines.some((l) => l.endsWith('| NO |'))) process.exitCode = 1;
}

const [flag, mode, size] = process.argv.slice(2);
if (flag === '--child') {
  process.send!(child(mode as Mode, Number(size)), () => process.disconnect());
} else {
  await main();
}
