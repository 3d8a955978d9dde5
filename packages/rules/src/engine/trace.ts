import type { ParamValue } from './parameters.ts';

export interface TraceNode {
  rule: string;
  label: string;
  /** input paths read by the rule and their values */
  inputs: Record<string, unknown>;
  /** parameter values used, with the date looked up and the reference */
  parameters: ParamValue[];
  /** intermediate values */
  notes: { label: string; value: string | number | boolean }[];
  value?: string | boolean;
  children: TraceNode[];
}

export function traceNode(rule: string, label: string): TraceNode {
  return { rule, label, inputs: {}, parameters: [], notes: [], children: [] };
}

/**
 * Wrap a parsed (plain JSON) input so that every leaf value read by a rule is recorded
 * in `sink` under its dotted path. Arrays are recorded whole.
 */
export function trackInput<T>(input: T, sink: () => Record<string, unknown>, path = ''): T {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  return new Proxy(input as object, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof prop !== 'string') return value;
      const p = path ? `${path}.${prop}` : prop;
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        return trackInput(value, sink, p);
      }
      sink()[p] = value;
      return value;
    },
  }) as T;
}
