import { getPolicy } from '@minsheng/rules/catalogue.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chineseUsageError } from './cli-input.ts';
import { parseParamOverrides } from './param-overrides.ts';

const zhuhai = getPolicy('zhuhai.high-skill-subsidy')!;
const level = fc.constantFrom('level_1', 'level_2', 'level_3');
const amount = fc.integer({ min: 0, max: 1_000_000 }).map(String);

describe('parseParamOverrides', () => {
  it('turns every well-formed keyed assignment into the engine override of that key', () => {
    fc.assert(
      fc.property(level, amount, (key, value) => {
        const { overrides, problems } = parseParamOverrides(zhuhai, [`training_subsidy.${key}=${value}`]);
        expect(problems).toEqual([]);
        expect(overrides).toEqual({ [`training_subsidy.${key}`]: value });
      }),
    );
  });

  it('refuses what the policy cannot take, one Chinese sentence each', () => {
    const { problems } = parseParamOverrides(zhuhai, [
      'training_subsidy=1000',
      'application_window_days.x=1',
      'appraisal_subsidy.level_2=-5',
      'nonsense',
    ]);
    expect(problems).toEqual([
      '参数 training_subsidy（培训费补贴）按 certificate_level 分项，须写作 training_subsidy.<分项>=数值，分项可选：level_3、level_2、level_1',
      expect.stringContaining('不分项，应写作 application_window_days=数值'),
      expect.stringContaining('的取值「-5」应为非负数'),
      '--param nonsense 应写作 参数名=数值 或 参数名.分项=数值',
    ]);
  });

  it('refuses the same parameter twice', () => {
    const { problems } = parseParamOverrides(zhuhai, [
      'application_window_days=60',
      'application_window_days=90',
    ]);
    expect(problems).toEqual(['参数 application_window_days 重复指定']);
  });
});

describe('chineseUsageError', () => {
  it('says commander’s usage errors in Chinese and leaves other text alone', () => {
    expect(chineseUsageError("error: required option '--days <n>' not specified\n")).toBe(
      '错误：缺少必填选项 --days <n>（--help 查看用法）\n',
    );
    expect(chineseUsageError("error: unknown command 'wrokdays'\n")).toContain('未知命令 wrokdays');
    expect(chineseUsageError('Usage: minsheng [options]\n')).toBe('Usage: minsheng [options]\n');
  });
});
