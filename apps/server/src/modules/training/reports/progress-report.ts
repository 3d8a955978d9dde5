import type { ProgressService } from '../progress/progress.service.ts';

type Progress = Awaited<ReturnType<ProgressService['progress']>>;
type Figures = Progress['total'];

export const percent = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(2)}%`);
export const statusText = {
  met: '达到',
  not_met: '未达到',
  no_target: '未设目标',
  no_data: '无数据',
} as const;

/** The report's table columns, shared by the screen, the print page and the xlsx. */
export const reportColumns = [
  '单位',
  '年度目标（人）',
  '培训人数',
  '目标完成率',
  '合格人数',
  '合格率',
  '参加技能鉴定取证人数',
  '取证率',
  '培训后再就业人数（技能岗位对接）',
  '再就业率',
] as const;

const line = (name: string, f: Figures) => [
  name,
  f.target?.trainees ?? '—',
  f.trained,
  f.target && f.target.trainees > 0 ? percent(f.trained / f.target.trainees) : '—',
  f.passed,
  percent(f.passRate),
  f.certified,
  percent(f.certificateRate),
  f.reemployed,
  percent(f.reemploymentRate),
];

/**
 * The half-year / year-end progress report to the province (福建 城镇技能再就业计划 三(六): 每半年和
 * 年终…进展情况，其中包括下岗失业人员参加技能鉴定、技能岗位对接等情况), generated from the records:
 * a summary in words, the table by subordinate organisation and the counting rules.
 */
export function progressReport(p: Progress, generatedOn: string) {
  const t = p.total;
  const title = `${p.org.name}城镇技能再就业计划${p.period.kind === 'half' ? '半年' : '年度'}进展情况报告`;
  const summary = [
    `${p.period.label}（${p.period.from}至${p.period.to}结业），${p.org.name}下岗失业人员参加职业技能培训并结业${t.trained}人` +
      (t.target
        ? `，为年度目标${t.target.trainees}人的${percent(t.target.trainees > 0 ? t.trained / t.target.trainees : null)}`
        : '（未设年度目标）') +
      '。',
    `培训合格${t.passed}人，合格率${percent(t.passRate)}；参加技能鉴定取得职业资格证书${t.certified}人，取证率${percent(t.certificateRate)}。`,
    `经技能岗位对接等服务，结业后${p.window.months}个月内实现再就业${t.reemployed}人，培训后再就业率${percent(t.reemploymentRate)}。`,
    ...t.kpis.map((k) => `${k.sentence}（${k.citation}）。`),
  ];
  const notes = [
    '培训人数：结业日期在报告期内、结业状态为“已结业”的学员，按学员本人所属单位统计。',
    '合格人数：其中考核结果为“合格”的学员；取证人数：其中由鉴定取得登记在册职业资格证书的学员。',
    `再就业：结业次日起${p.window.months}个月内，登记有就业登记开始、劳动合同开始或社会保险缴费（已缴月份）之一的学员；依据：${p.window.citation}。`,
    ...(p.kpiNote ? [p.kpiNote] : []),
    ...(t.target ? [`年度目标依据：${t.target.basis}`] : []),
  ];
  return {
    title,
    org: p.org,
    period: p.period,
    generatedOn,
    summary,
    columns: [...reportColumns],
    rows: p.rows.map((r) => line(r.org.name, r).map(String)),
    total: line('合计', t).map(String),
    statuses: t.kpis.map((k) => ({ label: k.label, status: statusText[k.status] })),
    notes,
  };
}

export type ProgressReport = ReturnType<typeof progressReport>;
