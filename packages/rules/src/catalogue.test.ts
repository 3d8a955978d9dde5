import { describe, expect, it } from 'vitest';
import { catalogue, getPolicy, listPolicies } from './catalogue.ts';

describe('catalogue', () => {
  it('lists each policy once with metadata and a JSON Schema', () => {
    const list = listPolicies();
    expect(new Set(list.map((p) => p.id)).size).toBe(list.length);
    for (const p of list) {
      expect(p.name).toMatch(/\p{Script=Han}/u);
      expect(p.inputSchema).toMatchObject({ type: 'object' });
      expect(p.conditions.length).toBeGreaterThan(0);
      if (p.paysMoney) expect(p.amounts.length).toBeGreaterThan(0);
    }
  });

  it('exports the Zhuhai input schema with date formats and enums', () => {
    const zhuhai = listPolicies().find((p) => p.id === 'zhuhai.high-skill-subsidy')!;
    const props = zhuhai.inputSchema.properties as Record<string, { properties?: Record<string, unknown> }>;
    expect(props.certificate?.properties?.issuedOn).toMatchObject({ type: 'string', format: 'date' });
    expect(zhuhai.materials.flatMap((m) => m.items)).toContain('补贴对象委托书');
    expect(zhuhai.timeLimits.map((t) => [t.id, t.unit, t.amount])).toEqual([
      ['application', 'days', 60],
      ['bureau_to_finance', 'working_days', 8],
      ['finance_approval', 'working_days', 7],
    ]);
  });

  it('finds policies by id', () => {
    expect(getPolicy(catalogue[0]!.policy.id)).toBe(catalogue[0]!.policy);
    expect(getPolicy('nope')).toBeUndefined();
  });
});
