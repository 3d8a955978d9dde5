import { describe, expect, it } from 'vitest';
import { getPolicy } from '../catalogue.ts';
import { policyExamples } from '../examples.ts';
import { withAdministeredValues } from './administered.ts';
import { evaluate } from './evaluate.ts';
import { lookup } from './parameters.ts';

const qingdao = getPolicy('qingdao.over-age-fixed-workers')!;
const ref = { doc: '青岛市统计局公报', note: '管理员设置' };

describe('administered parameter values', () => {
  it('replaces a placeholder from its date on, leaving earlier dates and the original policy alone', () => {
    const name = Object.values(qingdao.parameters).find((d) =>
      Object.values(d.steps).some((steps) => steps.some((s) => s.placeholder)),
    )!;
    const key = Object.keys(name.steps)[0]!;
    const placeholderStep = name.steps[key]!.find((s) => s.placeholder)!;
    const later = `${Number(placeholderStep.from.slice(0, 4)) + 0}-12-31`;
    const administered = withAdministeredValues(qingdao, [
      { name: name.name, key: name.by ? key : undefined, from: later, value: '123456.78', ref },
    ]);
    const k = name.by ? key : undefined;
    const after = lookup(administered.parameters, name.name, later, k);
    expect(after).toMatchObject({ value: '123456.78', placeholder: false, ref });
    const before = lookup(administered.parameters, name.name, placeholderStep.from, k);
    expect(before.placeholder).toBe(true);
    expect(lookup(qingdao.parameters, name.name, later, k).placeholder).toBe(true);
  });

  it('rejects an unknown parameter with a Chinese message', () => {
    expect(() =>
      withAdministeredValues(qingdao, [{ name: 'no_such', from: '2024-01-01', value: '1', ref }]),
    ).toThrow(/不存在/);
  });

  // Zhuhai selects parameters by the certificate's issue date (2026-03-02), not the application date.
  it('changes an evaluation from the administered date on, with its reference in the trace', () => {
    const zhuhai = getPolicy('zhuhai.high-skill-subsidy')!;
    expect(withAdministeredValues(zhuhai, [])).toBe(zhuhai);
    const raised = withAdministeredValues(zhuhai, [
      {
        name: 'training_subsidy',
        key: 'level_2',
        from: '2026-03-01',
        value: '1300',
        ref: { doc: '珠人社〔2026〕1号' },
      },
    ]);
    const input = policyExamples('zhuhai.high-skill-subsidy')[0]!.input;
    const confirmedChecks = { training_materials: true, appraisal_materials: true };
    expect(evaluate(zhuhai, input, { on: '2026-04-20', confirmedChecks }).amounts.training).toBe('1200.00');
    const result = evaluate(raised, input, { on: '2026-04-20', confirmedChecks });
    expect(result.amounts.training).toBe('1300.00');
    expect(result.explanation).toContain('1300.00');
  });
});
