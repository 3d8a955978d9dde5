import { describe, expect, it } from 'vitest';
import { getPolicy } from '../catalogue.ts';
import { isRulesError } from './errors.ts';
import { evaluate, policyInputFields } from './evaluate.ts';

const zhuhai = getPolicy('zhuhai.high-skill-subsidy')!;

const issuesOf = (input: unknown): string[] => {
  try {
    evaluate(zhuhai, input, { on: '2026-04-20' });
  } catch (e) {
    if (isRulesError(e)) return (e.details as { issues: { message: string }[] }).issues.map((i) => i.message);
    throw e;
  }
  throw new Error('expected POLICY_INPUT_INVALID');
};

describe('input validation messages', () => {
  it('name the form fields in Chinese, never an English path or zod wording', () => {
    const messages = issuesOf({ part: 'both', labourOrigin: 'mars', certificate: { level: 3 } });
    expect(messages).toContain(
      '「劳动力类别」须为：本市城镇劳动力、本市农村劳动力、省内农村劳动力、市外城镇劳动力、省外农村劳动力',
    );
    expect(messages).toContain('「职业资格证书 · 发证日期」未填写');
    expect(messages).toContain('「社会保险」未填写');
    for (const m of messages) expect(m).not.toMatch(/[A-Za-z]/);
  });

  it('explains a value of the wrong form in Chinese', () => {
    const messages = issuesOf({ certificate: { issuedOn: '2026-02-30' } });
    expect(messages).toContain('「职业资格证书 · 发证日期」须为有效日期（YYYY-MM-DD）');
  });

  it('names an item of a list by its number, and a bound in Chinese', () => {
    const dezhou = getPolicy('dezhou.health-check-settlement')!;
    const issues = (input: unknown): string[] => {
      try {
        evaluate(dezhou, input, { on: '2026-04-20' });
      } catch (e) {
        if (isRulesError(e))
          return (e.details as { issues: { message: string }[] }).issues.map((i) => i.message);
        throw e;
      }
      throw new Error('expected POLICY_INPUT_INVALID');
    };
    const messages = issues({
      hospital: { name: '医'.repeat(101), designated: true, grade: 4, general: true },
      examinationsEndedOn: '2026-03-31',
      fee: '1000.00',
      unsignedWaivedItems: [
        { examinee: '甲', item: '彩超', fee: '80.00' },
        { examinee: '乙', item: '心电图', fee: '45.505' },
      ],
      rates: { result_error: '0', missed_item: '0', data_entry_error: '0', satisfaction: '100.5' },
    });
    expect(messages).toContain(
      '「体检职工自动放弃且未签字认可的项目 · 第2项 · 项目费用（元）」须为十进制数字字符串（整数至多12位、小数至多2位），如 "1234.50"',
    );
    expect(messages).toContain('「体检质量指标 · 体检人员满意率（%）」不能大于 100');
    expect(messages).toContain('「体检医院 · 医院名称」不能超过100个字符');
    expect(messages).toContain('「体检医院 · 医院等级（卫生行政部门认定）」不能大于3');
    expect(messages).toHaveLength(4);
    for (const m of messages) expect(m).not.toMatch(/[A-Za-z]{2}/);
  });

  it('lists the fields with their titles and the registry facts that pre-fill them', () => {
    const fields = policyInputFields(zhuhai);
    expect(fields.find((f) => f.path.join('.') === 'certificate.issuedOn')).toMatchObject({
      title: '发证日期',
      titles: ['职业资格证书', '发证日期'],
      format: 'date',
      required: true,
      fact: 'certificate.issuedOn',
    });
    expect(fields.find((f) => f.path.join('.') === 'contract')).toMatchObject({
      group: true,
      nullable: true,
      fact: 'contract.current',
    });
    expect(fields.find((f) => f.path.join('.') === 'certificate.organisedLocally')).toMatchObject({
      required: true,
    });
    expect(fields.find((f) => f.path.join('.') === 'certificate.organisedLocally')?.fact).toBeUndefined();
  });
});
