import type { PolicyKernels } from './engine/compiled/kernels.ts';

/**
 * Column kernels by policy id, for compileBatch. A policy without kernels is still evaluated in
 * batch, by its own rules row by row without trace (mode 'rows').
 */
const kernels: ReadonlyMap<string, PolicyKernels> = new Map([]);

export const kernelsFor = (policyId: string): PolicyKernels | undefined => kernels.get(policyId);
