import { z } from 'zod';
import type { AnyPolicy, PolicyMeta } from './engine/policy.ts';
import { policy as countyLoan } from './policies/county-city/guaranteed-loan/policy.ts';
import { policy as countyTraining } from './policies/county-city/training-subsidy/policy.ts';
import { policy as dezhouHealthCheck } from './policies/dezhou/health-check-settlement/policy.ts';
import { policy as qingdaoOverAge } from './policies/qingdao/over-age-fixed-workers/policy.ts';
import { policy as zhuhaiHighSkill } from './policies/zhuhai/high-skill-subsidy/policy.ts';

export interface CatalogueEntry {
  policy: AnyPolicy;
  /** directory holding policy.ts, parameters.yaml and tests.yaml */
  dir: URL;
}

const entry = (policy: unknown, dir: string): CatalogueEntry => ({
  policy: policy as AnyPolicy,
  dir: new URL(dir, import.meta.url),
});

/** Every policy the engine can evaluate. */
export const catalogue: readonly CatalogueEntry[] = [
  entry(zhuhaiHighSkill, './policies/zhuhai/high-skill-subsidy/'),
  entry(qingdaoOverAge, './policies/qingdao/over-age-fixed-workers/'),
  entry(dezhouHealthCheck, './policies/dezhou/health-check-settlement/'),
  entry(countyTraining, './policies/county-city/training-subsidy/'),
  entry(countyLoan, './policies/county-city/guaranteed-loan/'),
];

export interface PolicySummary extends PolicyMeta {
  /** JSON Schema (draft 2020-12) of the input a caller sends */
  inputSchema: Record<string, unknown>;
  conditions: { id: string; label: string; clause: string }[];
  checks: { id: string; label: string; clause?: string }[];
  amounts: { id: string; label: string }[];
  parameters: { name: string; label: string; unit: string; by?: string }[];
}

export function summarise(policy: AnyPolicy): PolicySummary {
  const {
    input,
    parameters,
    usesParameters,
    parameterDate,
    conditions,
    checks,
    amounts,
    outputs,
    rounding,
    ...meta
  } = policy;
  return {
    ...meta,
    inputSchema: z.toJSONSchema(input, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>,
    conditions: conditions.map(({ id, label, clause }) => ({ id, label, clause })),
    checks: checks.map(({ id, label, clause }) => ({ id, label, ...(clause ? { clause } : {}) })),
    amounts: amounts.map(({ id, label }) => ({ id, label })),
    parameters: usesParameters.map((name) => {
      const def = parameters[name]!;
      return { name, label: def.label, unit: def.unit, ...(def.by ? { by: def.by } : {}) };
    }),
  };
}

/** Metadata and JSON Schemas of all policies, for the server's policy list and forms. */
export function listPolicies(): PolicySummary[] {
  return catalogue.map((e) => summarise(e.policy));
}

/** A policy by id, or undefined. */
export function getPolicy(id: string): AnyPolicy | undefined {
  return catalogue.find((e) => e.policy.id === id)?.policy;
}
