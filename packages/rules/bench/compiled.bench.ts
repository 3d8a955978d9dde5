/**
 * Compiled batch benchmark: for zhuhai.high-skill-subsidy and county-city.employment-assistance,
 *   - hand:     the same formulas written by hand as loops over the columns (hand-written.ts),
 *   - compiled: compileBatch(policy, { kernels }).run(columns),
 * at 1 000 000 persons, and
 *   - evaluate: evaluate() per person on the first 20 000 of the same persons (extrapolated per person).
 * Run from the repository root: `npx tsx packages/rules/bench/compiled.bench.ts` (or `npm run bench`).
 *
 * Each (policy, mode) runs in its own child process (--expose-gc), one after another, so its peak RSS
 * is its own. Inputs come from a fixed seed and are built, then garbage-collected, before the clock
 * starts; each child warms up on 2 000 other persons. Every mode reports the same checksum (outcome
 * counts, failed conditions, payable fen) over the first 20 000 persons, and hand and compiled over
 * all of them: the table says whether they agree. Output is Markdown.
 */
import { cpus } from 'node:os';
import { kernelsFor } from '../src/batch-kernels.ts';
import { rowAt } from '../src/engine/batch.ts';
import { compileBatch } from '../src/engine/compiled/compile.ts';
import { OUTCOMES } from '../src/engine/compiled/result.ts';
import { type PastClaim, pastClaimSchema } from '../src/engine/constraints.ts';
import { evaluate } from '../src/engine/evaluate.ts';
import type { AnyPolicy } from '../src/engine/policy.ts';
import { policy as assistance } from '../src/policies/county-city/employment-assistance/policy.ts';
import { policy as zhuhai } from '../src/policies/zhuhai/high-skill-subsidy/policy.ts';
import { runChild } from './child.ts';
import { assistanceByHand, zhuhaiByHand } from './hand-written.ts';
import { type BenchPopulation, employmentAssistancePopulation, zhuhaiPopulation } from './populations.ts';

const SIZE = 1_000_000;
const SAMPLE = 20_000;
const WARM_UP = 2_000;
const SEED = 20_261_205;
const MODES = ['hand', 'compiled', 'evaluate'] as const;
type Mode = (typeof MODES)[number];

interface Case {
  policy: AnyPolicy;
  on: string;
  overrides: Record<string, number>;
  population(size: number, seed: number): BenchPopulation;
}
const CASES: Record<string, Case> = {
  zhuhai: { policy: zhuhai, on: '2026-06-30', overrides: {}, population: zhuhaiPopulation },
  assistance: {
    policy: assistance,
    on: '2027-01-15',
    overrides: { previous_year_city_average_wage: 96_000 },
    population: employmentAssistancePopulation,
  },
};

/** Per row: outcome code (0 eligible, 1 ineligible, 2 needs review), failed count, payable fen (NaN: none). */
interface Decided {
  outcome: ArrayLike<number>;
  failedCount(i: number): number;
  payableFen: ArrayLike<number>;
}

function checksum(d: Decided, size: number): string {
  const counts = [0, 0, 0];
  let failed = 0;
  let fen = 0;
  for (let i = 0; i < size; i++) {
    counts[d.outcome[i]!]! += 1;
    failed += d.failedCount(i);
    if (!Number.isNaN(d.payableFen[i]!)) fen += d.payableFen[i]!;
  }
  return `${counts.join('/')} failed ${failed} fen ${fen}`;
}

const bits = (mask: number) => mask.toString(2).replace(/0/g, '').length;

function decide(name: string, mode: Mode, pop: BenchPopulation, size: number): Decided {
  const c = CASES[name]!;
  if (mode === 'hand') {
    const claims = pop.pastClaims.map((cs) => cs.map((x) => pastClaimSchema.parse(x) as PastClaim));
    const r =
      name === 'zhuhai'
        ? zhuhaiByHand(pop.columns, claims, c.on)
        : assistanceByHand(pop.columns, c.overrides);
    return { outcome: r.outcome, payableFen: r.payableFen, failedCount: (i) => bits(r.failedMask[i]!) };
  }
  if (mode === 'compiled') {
    const compiled = compileBatch(c.policy, {
      on: c.on,
      overrides: c.overrides,
      kernels: kernelsFor(c.policy.id),
    });
    const r = compiled.run(pop.columns, { pastClaims: pop.pastClaims });
    if (r.mode !== 'columns' || r.rowPath > 0) throw new Error(`${name}: not fully on the column path`);
    return { outcome: r.outcome, payableFen: r.payableFen, failedCount: (i) => r.failed[i]!.length };
  }
  const outcome = new Uint8Array(size);
  const payableFen = new Float64Array(size).fill(Number.NaN);
  const failed = new Uint8Array(size);
  const rows = Array.from({ length: size }, (_, i) => rowAt(pop.columns, i));
  const start = performance.now();
  for (let i = 0; i < size; i++) {
    const r = evaluate(c.policy, rows[i], {
      on: c.on,
      overrides: c.overrides,
      pastClaims: pop.pastClaims[i] ?? [],
    });
    outcome[i] = OUTCOMES.indexOf(r.outcome);
    failed[i] = r.failed.length;
    if (r.payableTotal !== null) payableFen[i] = Math.round(Number(r.payableTotal) * 100);
  }
  evaluateMs = performance.now() - start;
  return { outcome, payableFen, failedCount: (i) => failed[i]! };
}
let evaluateMs = 0;

interface Measurement {
  name: string;
  mode: Mode;
  size: number;
  ms: number;
  cpuMs: number;
  rssBeforeInputMiB: number;
  rssAfterInputMiB: number;
  peakRssMiB: number;
  sampleChecksum: string;
  fullChecksum: string;
}

const mib = (bytes: number) => bytes / 1024 / 1024;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

function child(name: string, mode: Mode): Measurement {
  const size = mode === 'evaluate' ? SAMPLE : SIZE;
  gc();
  const rssBeforeInputMiB = mib(process.memoryUsage.rss());
  const pop = CASES[name]!.population(size, SEED);
  gc();
  const rssAfterInputMiB = mib(process.memoryUsage.rss());
  decide(name, mode, CASES[name]!.population(WARM_UP, SEED + 1), WARM_UP);
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const decided = decide(name, mode, pop, size);
  let ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  if (mode === 'evaluate') ms = evaluateMs; // row objects are built before the clock, as a caller would send them
  return {
    name,
    mode,
    size,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    rssBeforeInputMiB,
    rssAfterInputMiB,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    sampleChecksum: checksum(decided, SAMPLE),
    fullChecksum: checksum(decided, size),
  };
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const perPersonUs = (m: Measurement) => (m.ms * 1000) / m.size;

async function main() {
  console.error(`# compiled batch benchmark, node ${process.version}, ${cpus().length} logical CPUs`);
  const lines = [
    `Seed ${SEED}; ${fmt(SIZE)} persons (evaluate(): the first ${fmt(SAMPLE)} of them, extrapolated per person); warm-up ${fmt(WARM_UP)}.`,
    '',
    '| policy | mode | persons | wall (s) | µs/person (wall) | CPU (s) | RSS before input (MiB) | RSS with input (MiB) | peak RSS (MiB) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const summary = [
    '',
    '| policy | compiled ÷ hand (time per person) | evaluate ÷ compiled (time per person) | peak − input (MiB), compiled / hand | same decisions (hand = compiled on all; evaluate = compiled on the sample) |',
    '| --- | ---: | ---: | --- | --- |',
  ];
  for (const name of Object.keys(CASES)) {
    const ms: Record<string, Measurement> = {};
    for (const mode of MODES) {
      const m = await runChild<Measurement>(import.meta.url, [name, mode], ['--expose-gc']);
      console.error(`#   ${name} ${mode}: ${fmt(m.ms)} ms`);
      ms[mode] = m;
      lines.push(
        `| ${CASES[name]!.policy.id} | ${mode} | ${fmt(m.size)} | ${fmt(m.ms / 1000, 2)} | ${fmt(perPersonUs(m), 3)} | ${fmt(m.cpuMs / 1000, 2)} | ${fmt(m.rssBeforeInputMiB, 1)} | ${fmt(m.rssAfterInputMiB, 1)} | ${fmt(m.peakRssMiB, 1)} |`,
      );
    }
    const { hand, compiled, evaluate: single } = ms as Record<Mode, Measurement>;
    const same =
      hand.fullChecksum === compiled.fullChecksum && single.sampleChecksum === compiled.sampleChecksum;
    summary.push(
      `| ${CASES[name]!.policy.id} | ${fmt(perPersonUs(compiled) / perPersonUs(hand), 2)} | ${fmt(perPersonUs(single) / perPersonUs(compiled), 0)} | ${fmt(compiled.peakRssMiB - compiled.rssAfterInputMiB, 1)} / ${fmt(hand.peakRssMiB - hand.rssAfterInputMiB, 1)} | ${same ? 'yes' : `NO (${hand.fullChecksum} · ${compiled.fullChecksum} · ${single.sampleChecksum} · ${compiled.sampleChecksum})`} |`,
    );
  }
  console.log([...lines, ...summary].join('\n'));
  if (summary.some((l) => l.includes('| NO ('))) process.exitCode = 1;
}

const [flag, name, mode] = process.argv.slice(2);
if (flag === '--child') process.send!(child(name!, mode as Mode), () => process.disconnect());
else await main();
