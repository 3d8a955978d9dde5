import { formatPeriod } from '../../app/format/date-time';
import { inputKeyLabels, inputValueLabels } from './case-input-labels';

/**
 * Chinese names for the facts a rule read (frozenFacts.input), so reviewers never read JSON.
 * Unknown keys show as they are; values render as 是/否, dates and nested "名称：值" pairs.
 */
const keyLabels: Record<string, string> = {
  part: '申领项目',
  appliedOn: '申请日期',
  labourOrigin: '劳动力类别',
  certificate: '职业资格证书',
  shortageCatalogue: '紧缺工种目录',
  contract: '劳动合同',
  insurance: '社会保险',
  recordedInSystem: '合同与参保已录入信息系统',
  remark: '备注',
  organisedLocally: '本市组织培训鉴定',
  level: '等级',
  occupation: '职业(工种)',
  issuedOn: '发证日期',
  obtainedBy: '取得方式',
  listed: '列入目录',
  publishedOn: '目录发布日期',
  localEmployer: '本市用人单位',
  startOn: '起始日期',
  endOn: '终止日期',
  payingLocally: '正在本市参保缴费',
  localMonths: '本市缴费月数',
  rosterRow: '花名册行号',
};

/** Coded values, by the fact they belong to. */
const valueLabels: Record<string, Record<string, string>> = {
  part: { both: '培训费和鉴定费', training: '培训费', appraisal: '鉴定费' },
  labourOrigin: {
    local_urban: '本市城镇劳动力',
    local_rural: '本市农村劳动力',
    in_province_rural: '省内农村劳动力',
    out_of_city_urban: '市外城镇劳动力',
    out_of_province_rural: '省外农村劳动力',
  },
  obtainedBy: { training: '培训鉴定', competition: '竞赛', evaluation: '评价', direct_appraisal: '直接鉴定' },
};

export const factLabel = (key: string): string => keyLabels[key] ?? inputKeyLabels[key] ?? key;

/** The start and end keys of the periods the policies read ({ fromMonth, toMonth } …). */
const periodKeys = [
  ['from', 'to'],
  ['fromMonth', 'toMonth'],
  ['startOn', 'endOn'],
] as const;

/**
 * A period object as `start 至 end`, start first: PostgreSQL's jsonb returns keys shortest first,
 * so listing the keys as stored put the end before the start.
 */
function periodText(value: Record<string, unknown>): string | null {
  if (Object.keys(value).length !== 2) return null;
  const pair = periodKeys.find(([start, end]) => start in value && end in value);
  if (!pair) return null;
  const day = (v: unknown) => (typeof v === 'string' ? v : null);
  return formatPeriod(day(value[pair[0]]), day(value[pair[1]]));
}

export function factValue(value: unknown, key = ''): string {
  if (value === null || value === undefined) return '无';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string') return valueLabels[key]?.[value] ?? inputValueLabels[value] ?? value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((v) => factValue(v, key)).join('、') || '无';
  if (typeof value === 'object')
    return (
      periodText(value as Record<string, unknown>) ??
      Object.entries(value as Record<string, unknown>)
        .map(([k, v]) => `${factLabel(k)}：${factValue(v, k)}`)
        .join('；')
    );
  return String(value);
}
