import { percent, statusText } from '../../training/reports/progress-report.ts';
import type { KpiTally } from './kpis.repo.ts';
import type { KpisService } from './kpis.service.ts';
import { SERVICE_RULE } from './services-received.sql.ts';

type ByChild = Awaited<ReturnType<KpisService['kpisByChild']>>;

const rate = (num: number, den: number) => percent(den === 0 ? null : num / den);
const perBusiness = (f: KpiTally) => (f.businesses === 0 ? '—' : (f.jobs / f.businesses).toFixed(2));

/** The report's table columns, shared by the screen, the print page and the xlsx. */
export const kpiReportColumns = [
  '单位',
  '创业培训人数',
  '合格人数',
  '合格率',
  '接受创业服务人数',
  '接受创业服务比例',
  '3个月内开业人数',
  '3个月内开业成功率',
  '半年内开业人数',
  '半年内开业成功率',
  '期内开业创业实体（户）',
  '带动就业人数',
  '户均带动就业人数',
  '开业满一年的创业实体（户）',
  '其中稳定经营（户）',
  '稳定经营一年以上比率',
] as const;

const line = (name: string, f: KpiTally) => [
  name,
  f.trainees,
  f.passed,
  rate(f.passed, f.trainees),
  f.served,
  rate(f.served, f.trainees),
  f.opened3,
  rate(f.opened3, f.trainees),
  f.opened6,
  rate(f.opened6, f.trainees),
  f.businesses,
  f.jobs,
  perBusiness(f),
  f.cohort,
  f.survived,
  rate(f.survived, f.cohort),
];

/**
 * The half-year / year-end report on entrepreneurship training to the province (000 第五篇 能力促创业
 * 计划 三(八): 每半年和年终…创业培训进展情况，其中包括参加创业培训人员接受创业服务、开业成功率等情况),
 * generated from the figures `kpisByChild` counts: a summary in words with the plan's checks (二(二)),
 * the table by subordinate organisation and the counting rules.
 */
export function kpisReport(k: ByChild, generatedOn: string) {
  const f = k.figures;
  const rates = k.indicators.filter((i) => i.kind === 'ratio');
  const summary = [
    `${k.period.label}（${k.period.from}至${k.period.to}），${k.org.name}创业培训结束${f.trainees}人，` +
      `考核合格${f.passed}人，合格率${rate(f.passed, f.trainees)}。`,
    `参加创业培训人员中接受开业指导、项目推荐、融资、孵化、见习、跟踪扶持等创业服务${f.served}人，` +
      `占${rate(f.served, f.trainees)}。`,
    `培训结束后3个月内开业${f.opened3}人，开业成功率${rate(f.opened3, f.trainees)}；` +
      `半年内开业${f.opened6}人，开业成功率${rate(f.opened6, f.trainees)}。`,
    `统计期内开业的创业实体${f.businesses}户，带动就业${f.jobs}人，户均${perBusiness(f)}人；` +
      (f.cohort === 0
        ? '尚无开业满一年的创业实体，稳定经营一年以上比率暂无法计算。'
        : `开业满一年的${f.cohort}户中稳定经营${f.survived}户，稳定经营一年以上比率${rate(f.survived, f.cohort)}。`),
    ...rates.map((i) => `${i.sentence}（${i.citation}）。`),
  ];
  const notes = [
    k.definitions.trainees,
    SERVICE_RULE,
    k.definitions.opened,
    k.definitions.jobs,
    k.definitions.survival,
    '分单位：培训、接受服务和开业人数按学员档案所属单位统计，创业实体按其登记单位统计；“（本级）”为直接登记在本机构的记录。',
    '目标（闽劳社文〔2024〕96号 能力促创业计划 二(二)）：培训结束后3个月内开业成功率30%以上、半年内50%以上，1人创业平均带动至少3人就业，稳定经营一年以上的比率80%；达到与否按合计判断，依据见总体情况。',
    ...(k.note ? [k.note] : []),
  ];
  return {
    title: `${k.org.name}创业培训${k.period.kind === 'half' ? '半年' : '年度'}进展情况报告`,
    org: k.org,
    period: k.period,
    generatedOn,
    summary,
    columns: [...kpiReportColumns],
    rows: k.rows.map((r) => line(r.org.name, r.figures).map(String)),
    total: line('合计', f).map(String),
    statuses: rates.map((i) => ({ label: i.label, status: statusText[i.status] })),
    notes,
  };
}

export type KpisReport = ReturnType<typeof kpisReport>;
