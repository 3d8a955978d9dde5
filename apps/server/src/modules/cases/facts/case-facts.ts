import { getPolicy } from '@minsheng/rules/catalogue.ts';
import { policyInputFields } from '@minsheng/rules/engine/evaluate.ts';
import type { InputField } from '@minsheng/rules/engine/input-fields.ts';
import type { FrozenFacts } from '../cases.schema.ts';
import { OVER_AGE_POLICY } from '../over-age/over-age.application.ts';
import { overAgeFacts } from '../over-age/over-age.facts.ts';
import { type FactSubject, factProviders, factReader, type RegistryFact } from './fact-providers.ts';
import type { FactOverride, FieldProvenance } from './fact-types.ts';
import type { CaseFactsRepo } from './facts.repo.ts';

/**
 * The policy input of a case, built from the registry as of a date ("records in the information
 * system are authoritative", 000 第三篇 五(一)), completed with the declared application data for
 * what the registry does not hold, and with the facts an officer changed (with a reason).
 */
export interface FactsCase extends FactSubject {
  id: string;
  policyId: string;
  application: Record<string, unknown>;
  factOverrides: Record<string, FactOverride>;
}

export const DECLARED = '申请填报';
const CHANGED = '经办人修改';

const key = (path: readonly string[]) => path.join('.');

export function getPath(obj: unknown, path: readonly string[]): unknown {
  let v = obj;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[p];
  }
  return v;
}

export function setPath(obj: Record<string, unknown>, path: readonly string[], value: unknown) {
  let o = obj;
  for (const p of path.slice(0, -1)) {
    const next = o[p];
    if (next === null || typeof next !== 'object') o[p] = {};
    o = o[p] as Record<string, unknown>;
  }
  o[path.at(-1)!] = value;
}

/** The fields the registry may fill: those naming a fact, except inside an object filled as a whole. */
export function factFields(fields: readonly InputField[]): InputField[] {
  const whole = fields.filter((f) => f.fact && f.group).map((f) => `${key(f.path)}.`);
  return fields.filter(
    (f) => f.fact && !f.path.includes('*') && !whole.some((w) => key(f.path).startsWith(w)),
  );
}

/** The registry facts of a case's fact fields as of `asOf` (path → fact); unknown ones are absent. */
export async function registryFacts(
  repo: CaseFactsRepo,
  policyId: string,
  c: FactSubject,
  asOf: string,
): Promise<Map<string, RegistryFact>> {
  const policy = getPolicy(policyId);
  const out = new Map<string, RegistryFact>();
  if (!policy) return out;
  const reader = factReader(repo, c, asOf);
  for (const f of factFields(policyInputFields(policy))) {
    const fact = await factProviders[f.fact as keyof typeof factProviders]?.(reader);
    if (fact) out.set(key(f.path), fact);
  }
  return out;
}

/**
 * Registry facts over the declared data, officers' changes over both. `provenance` says for each
 * field where its value came from, so the reviewer sees what the rule read from where.
 */
export async function assembleInput(repo: CaseFactsRepo, c: FactsCase, asOf: string) {
  const input = structuredClone(c.application);
  const provenance: Record<string, FieldProvenance> = {};
  const policy = getPolicy(c.policyId);
  const fields = policy ? policyInputFields(policy) : [];
  for (const f of fields.filter((f) => !f.group && !f.path.includes('*'))) {
    if (getPath(c.application, f.path) !== undefined) provenance[key(f.path)] = { source: DECLARED };
  }
  const facts = await registryFacts(repo, c.policyId, c, asOf);
  // A registry fact does not open an optional part of the form by itself (the borrower asking for a
  // counter-guarantee waiver exists only when the application says so): it fills the part only
  // when the application or an officer's change has opened it.
  const optionalGroups = fields.filter((f) => f.group && !f.required).map((f) => key(f.path));
  const opened = (group: string) =>
    getPath(c.application, group.split('.')) !== undefined ||
    Object.keys(c.factOverrides).some((p) => p === group || p.startsWith(`${group}.`));
  for (const [path, fact] of facts) {
    if (optionalGroups.some((g) => path.startsWith(`${g}.`) && !opened(g))) continue;
    setPath(input, path.split('.'), fact.value);
    for (const p of Object.keys(provenance)) if (p.startsWith(`${path}.`)) delete provenance[p];
    provenance[path] = { source: fact.source, on: fact.on ?? null };
  }
  for (const [path, o] of Object.entries(c.factOverrides)) {
    setPath(input, path.split('.'), o.value);
    provenance[path] = {
      source: CHANGED,
      registryValue: facts.get(path)?.value,
      override: { reason: o.reason, byName: o.byName, at: o.at },
    };
  }
  return { input, provenance, facts };
}

/** The over-age item builds its input from its own application form; officers' changes still apply. */
function withOverrides(f: FrozenFacts, overrides: Record<string, FactOverride>): FrozenFacts {
  for (const [path, o] of Object.entries(overrides)) {
    setPath(f.input, path.split('.'), o.value);
    f.sources[path] = `${CHANGED}：${o.reason}`;
  }
  return f;
}

/** The frozen facts of a review: the assembled input with a source per field. */
export async function buildFacts(repo: CaseFactsRepo, c: FactsCase, asOf: string): Promise<FrozenFacts> {
  if (c.policyId === OVER_AGE_POLICY)
    return withOverrides(await overAgeFacts(repo, c, asOf), c.factOverrides);
  const { input, provenance } = await assembleInput(repo, c, asOf);
  const sources = Object.fromEntries(
    Object.entries(provenance).map(([path, p]) => [
      path,
      p.override ? `${p.source}：${p.override.reason}` : p.on ? `${p.source}（${p.on}）` : p.source,
    ]),
  );
  return { asOf, input, sources, provenance };
}
