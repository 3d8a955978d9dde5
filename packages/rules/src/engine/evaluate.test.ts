import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isRulesError } from './errors.ts';
import { evaluate } from './evaluate.ts';
import { parseParameters } from './parameters.ts';
import { definePolicy } from './policy.ts';

const parameters = parseParameters(`
amount:
  label: 补贴标准
  unit: yuan
  values:
    2025-01-01: { value: 100.005, ref: { doc: 测试〔2025〕1号, clause: 第三条, published: 2025-01-01 } }
wage:
  label: 平均工资
  unit: yuan
  values:
    2025-01-01: { value: 60000, ref: 管理员设置, placeholder: true }
`);

const base = {
  id: 'test.policy',
  name: '测试补贴',
  jurisdiction: { code: 'test', name: '测试市' },
  document: { doc: '测试〔2025〕1号' },
  validity: { from: '2025-01-01', to: '2025-12-31', clause: '第九条' },
  paysMoney: true,
  applicantKinds: ['person'] as const,
  materials: [],
  timeLimits: [],
  input: z.object({
    person: z.object({ age: z.number(), name: z.string() }),
    useWage: z.boolean().default(false),
  }),
  parameters,
  usesParameters: ['amount', 'wage'],
  parameterDate: () => '2025-06-01',
};

const policy = definePolicy({
  ...base,
  conditions: [
    {
      id: 'adult',
      clause: '第二条第（一）项',
      label: '年龄',
      pass: '已年满18周岁',
      fail: '未满18周岁',
      test: (ctx) => ctx.input.person.age >= 18,
    },
  ],
  checks: [{ id: 'materials', label: '材料齐全', clause: '第四条' }],
  amounts: [
    {
      id: 'subsidy',
      label: '补贴',
      kind: 'payable',
      compute: (ctx) => (ctx.input.useWage ? ctx.param('wage').div(12) : ctx.param('amount')),
    },
  ],
});

describe('evaluate', () => {
  it('returns conditions, checks, rounded amounts, trace and a Chinese explanation', () => {
    const r = evaluate(policy, { person: { age: 30, name: '张三' } }, { on: '2025-06-01' });
    expect(r.outcome).toBe('needs_review');
    expect(r.eligible).toBe(false);
    expect(r.amounts).toEqual({ subsidy: '100.01' });
    expect(r.explanationLines).toContain('符合：已年满18周岁（测试〔2025〕1号 第二条第（一）项）');
    expect(r.explanationLines).toContain('待审核：材料齐全（测试〔2025〕1号 第四条）');
    const condition = r.trace.children[0]!.children[0]!;
    expect(condition).toMatchObject({ rule: 'adult', inputs: { 'person.age': 30 }, value: true });
    expect(condition.inputs).not.toHaveProperty('person.name');
    const amount = r.trace.children[1]!.children[0]!;
    expect(amount.parameters[0]).toMatchObject({
      name: 'amount',
      value: '100.005',
      date: '2025-06-01',
      ref: { doc: '测试〔2025〕1号', clause: '第三条' },
    });
    expect(amount.value).toBe('100.01');
    expect(JSON.parse(JSON.stringify(r.trace))).toEqual(r.trace);
  });

  it('is eligible once every check is confirmed, and ineligible when a condition fails', () => {
    const ok = evaluate(
      policy,
      { person: { age: 30, name: 'x' } },
      { on: '2025-06-01', confirmedChecks: { materials: true } },
    );
    expect(ok.outcome).toBe('eligible');
    const no = evaluate(
      policy,
      { person: { age: 17, name: 'x' } },
      { on: '2025-06-01', confirmedChecks: { materials: true } },
    );
    expect(no).toMatchObject({ outcome: 'ineligible', failed: ['adult'], amounts: {} });
    expect(no.explanationLines).toContain('不符合：未满18周岁（测试〔2025〕1号 第二条第（一）项）');
  });

  it('fails outside the validity period', () => {
    const r = evaluate(policy, { person: { age: 30, name: 'x' } }, { on: '2026-01-01' });
    expect(r.failed).toEqual(['policy_in_force']);
  });

  it('never lets a placeholder parameter pass silently', () => {
    const r = evaluate(
      policy,
      { person: { age: 30, name: 'x' }, useWage: true },
      { on: '2025-06-01', confirmedChecks: { materials: true, placeholder_parameters: true } },
    );
    expect(r.outcome).toBe('needs_review');
    expect(r.checks.find((c) => c.id === 'placeholder_parameters')).toMatchObject({
      status: 'pending',
      label: '「平均工资」尚未设置：须由管理员设置实际数值后重新核验',
      figures: [{ name: 'wage', label: '平均工资' }],
    });
    const overridden = evaluate(
      policy,
      { person: { age: 30, name: 'x' }, useWage: true },
      { on: '2025-06-01', confirmedChecks: { materials: true }, overrides: { wage: '72000' } },
    );
    expect(overridden).toMatchObject({ outcome: 'eligible', amounts: { subsidy: '6000.00' } });
  });

  it('rejects invalid input with a typed error listing the paths', () => {
    try {
      evaluate(policy, { person: { age: 'x' } }, { on: '2025-06-01' });
      expect.unreachable();
    } catch (error) {
      expect(isRulesError(error, 'POLICY_INPUT_INVALID')).toBe(true);
    }
  });

  it('rejects malformed past claims with a typed error', () => {
    try {
      evaluate(
        policy,
        { person: { age: 30, name: 'x' } },
        { on: '2025-06-01', pastClaims: [{ id: 'C' } as never] },
      );
      expect.unreachable();
    } catch (error) {
      expect(isRulesError(error, 'PAST_CLAIM_INVALID')).toBe(true);
    }
  });

  it('refuses parameters a policy did not declare', () => {
    const sneaky = definePolicy({
      ...base,
      usesParameters: ['amount'],
      conditions: [],
      checks: [],
      amounts: [{ id: 'x', label: 'x', kind: 'payable', compute: (ctx) => ctx.param('wage') }],
    });
    expect(() => evaluate(sneaky, { person: { age: 1, name: 'x' } }, { on: '2025-06-01' })).toThrow(
      /未在 usesParameters/,
    );
  });
});
