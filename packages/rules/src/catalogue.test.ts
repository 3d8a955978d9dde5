import { describe, expect, it } from 'vitest';
import { catalogue, getPolicy, listAssessments, listPolicies } from './catalogue.ts';
import { payableSum } from './engine/evaluate.ts';

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

  it('names what each amount line is, and every money policy grants at least one payable line', () => {
    for (const { policy } of catalogue) {
      for (const a of policy.amounts) expect(['payable', 'part', 'figure']).toContain(a.kind);
      if (policy.paysMoney)
        expect(policy.amounts.filter((a) => a.kind === 'payable').length, policy.id).toBeGreaterThan(0);
    }
  });

  it('never counts a total line and its own parts together (就业援助补贴 合计 = 养老 + 医疗)', () => {
    const assistance = getPolicy('county-city.employment-assistance')!;
    expect(assistance.amounts.map((a) => [a.id, a.kind])).toEqual([
      ['pension_subsidy', 'part'],
      ['medical_subsidy', 'part'],
      ['total', 'payable'],
    ]);
    expect(
      payableSum(assistance, { pension_subsidy: '2040.00', medical_subsidy: '1700.00', total: '3740.00' }),
    ).toBe('3740.00');
  });

  it('finds policies by id', () => {
    expect(getPolicy(catalogue[0]!.policy.id)).toBe(catalogue[0]!.policy);
    expect(getPolicy('nope')).toBeUndefined();
  });
});

describe('assessment list', () => {
  it('describes both scoring schemes with JSON Schemas', () => {
    const list = listAssessments();
    expect(list.map((a) => a.id)).toEqual(['feicheng.town-assessment', 'county.recruitment-assessment']);
    expect(list[1]!.inputSchema).toMatchObject({ type: 'object', required: ['cutoff', 'units'] });
  });
});
