import { dec } from '@minsheng/rules/engine/money.ts';

/**
 * Chinese names of the breakdowns (`by`) of the policy parameters and of their keys, as the
 * parameters.yaml files of packages/rules spell them; an unknown code is shown as it is.
 */
const dimensions: Record<string, { label: string; keys: Record<string, string> }> = {
  area: {
    label: '地区',
    keys: {
      city_districts: '市内各区',
      jiaonan: '胶南市',
      jiaozhou: '胶州市',
      jimo: '即墨市',
      laixi: '莱西市',
      pingdu: '平度市',
    },
  },
  borrower_group: { label: '借款人类别', keys: { full: '全额贴息人员', other_unemployed: '其他失业人员' } },
  certificate_level: {
    label: '证书等级',
    keys: {
      level_1: '一级（高级技师）',
      level_2: '二级（技师）',
      level_3: '三级（高级工）',
      level_4: '四级（中级工）',
      level_5: '五级（初级工）',
    },
  },
  city_kind: { label: '城市类别', keys: { municipality: '直辖市', ordinary: '其他城市' } },
  firm_size: { label: '企业规模', keys: { from_100: '100 人及以上', under_100: '不足 100 人' } },
  gender: { label: '性别', keys: { female: '女', male: '男' } },
  indicator: {
    label: '考核指标',
    keys: { data_entry_error: '数据录入错误', missed_item: '漏检项目', result_error: '结果错误' },
  },
  insurance: { label: '险种', keys: { medical: '医疗保险', pension: '养老保险', unemployment: '失业保险' } },
  labour_origin: { label: '劳动力来源', keys: { local: '本市劳动力', non_local: '外来劳动力' } },
  loan_kind: {
    label: '贷款类别',
    keys: { standard: '个人贷款', collateral: '抵押贷款', partnership: '合伙经营' },
  },
  person_group: { label: '人员类别', keys: { difficulty: '就业困难人员', other: '其他人员' } },
  relief: { label: '减免项目', keys: { fees: '行政事业性收费', tax: '税收' } },
  scheme: {
    label: '补贴方案',
    keys: {
      over_4050: '城镇“4050”失业人员',
      near_retirement: '距法定退休年龄不足 2 年',
      government_market: '政府投资创办的商贸市场',
      other_premises: '其他经营场所',
      difficulty_micro_project: '就业困难人员从事微利项目',
    },
  },
  trainee_group: {
    label: '培训对象',
    keys: {
      certificate_or_difficulty: '持证或就业困难人员',
      land_expropriated_or_other: '被征地农民及其他人员',
    },
  },
  unit_kind: { label: '单位类别', keys: { existing_unit: '原有单位', new_unit: '新办单位' } },
};

/** The name of a parameter's breakdown: `scheme` → 补贴方案. */
export const dimensionLabel = (by: string): string => dimensions[by]?.label ?? by;

/** The name of one key of a breakdown: (`insurance`, `pension`) → 养老保险. */
export const parameterKeyLabel = (by: string | null, key: string): string =>
  (by ? dimensions[by]?.keys[key] : undefined) ?? key;

/**
 * A parameter's value in its unit's words: a rate 0.06 → 6%, an amount 1000 → 1000 (unit beside it).
 * The unit is a string: the figures list (`GET /policy-figures`) answers it as one.
 */
export function parameterValueText(unit: string, value: string): string {
  if (unit !== 'rate') return value;
  try {
    return `${dec(value).times(100).toFixed()}%`;
  } catch {
    return value;
  }
}
