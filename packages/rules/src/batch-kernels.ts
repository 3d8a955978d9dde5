import type { PolicyKernels } from './engine/compiled/kernels.ts';
import { kernels as countyEmploymentAssistance } from './policies/county-city/employment-assistance/kernels.ts';
import { kernels as zhuhaiHighSkill } from './policies/zhuhai/high-skill-subsidy/kernels.ts';

/**
 * Column kernels by policy id, for compileBatch. A policy without kernels is still evaluated in
 * batch, by its own rules row by row without trace (mode 'rows').
 */
const kernels: ReadonlyMap<string, PolicyKernels> = new Map(
  [zhuhaiHighSkill, countyEmploymentAssistance].map((k) => [k.policyId, k]),
);

export const kernelsFor = (policyId: string): PolicyKernels | undefined => kernels.get(policyId);
