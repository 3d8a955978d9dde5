import type { OrgLevel } from '../../platform/orgs/orgs.schema.ts';
import type { Frequency } from './report-period.ts';

/** 本期 (the report period itself) or 本年累计 (1 January to the period's end). */
export const columnKeys = ['period', 'ytd'] as const;
export type ColumnKey = (typeof columnKeys)[number];

export interface ReportColumn {
  key: ColumnKey;
  label: string;
}

export interface ReportRow {
  key: string;
  /** 指标名称 as printed; `indent` 1 prints it as a 其中 line under the row above */
  label: string;
  indent?: 1;
  unit: '人' | '户' | '%' | '元';
  /** the indicator of the statistics catalogue that fills this row's cells */
  indicator: string;
  /**
   * the document and clause that ask for this row on this form; the indicator's own definition,
   * counting rule and clause are the statistics catalogue's
   */
  source: string;
  /** a stock counted at the period's end (期末数): no 本年累计 cell */
  stock?: boolean;
  /** false when the figures of two organisations do not add up; rates add numerators and denominators */
  sums?: boolean;
}

export interface ReportTemplate {
  code: string;
  title: string;
  /** 表号 and who prescribes the form */
  formNumber: string;
  prescribedBy: string;
  frequencies: Frequency[];
  /** the organisations that prepare and submit it; every level above sees, reviews and rolls up */
  reporterLevel: OrgLevel;
  columns: ReportColumn[];
  rows: ReportRow[];
  /**
   * Default deadline: the n-th working day after the period's last day. No seed sets one for these
   * reports, so the bureau may change it (报送时限设置); `basis` says where the default comes from.
   */
  due: { workingDays: number; basis: string };
}

const MINISTRY = '人力资源社会保障部《就业失业统计报表制度》';
const FEICHENG = '肥城市《2024年度对街镇就业再就业和社会保障工作考核办法》';
const FUJIAN = '福建省城镇技能再就业计划（闽劳社文〔2024〕96号）';
const LOCAL_DUE = '种子文件未规定报送时限，默认为期末后第5个工作日，可在报送时限设置中调整';

const periodAndYear: ReportColumn[] = [
  { key: 'period', label: '本期' },
  { key: 'ytd', label: '本年累计' },
];

/** The report tables as code: every cell is a row's indicator over a column's period. */
export const reportTemplates: ReportTemplate[] = [
  {
    code: 'employment-statistics',
    title: '就业失业情况统计表',
    formNumber: '人社就业统计表',
    prescribedBy: '人力资源社会保障部',
    frequencies: ['month', 'quarter', 'half', 'year'],
    reporterLevel: 'street',
    columns: periodAndYear,
    rows: [
      {
        key: 'urban_new_employment',
        label: '城镇新增就业人数',
        unit: '人',
        indicator: 'new_employment',
        source: MINISTRY,
      },
      {
        key: 'unemployed_reemployed',
        label: '失业人员再就业人数',
        unit: '人',
        indicator: 'reemployed_unemployed',
        source: MINISTRY,
      },
      {
        key: 'difficulty_employed',
        label: '就业困难人员实现就业人数',
        unit: '人',
        indicator: 'difficulty_employed',
        source: MINISTRY,
      },
      {
        key: 'registered_unemployed',
        label: '城镇登记失业人数（期末）',
        unit: '人',
        indicator: 'registered_unemployed',
        source: MINISTRY,
        stock: true,
      },
      {
        key: 'registered_unemployment_rate',
        label: '城镇登记失业率（期末）',
        unit: '%',
        indicator: 'registered_unemployment_rate',
        source: MINISTRY,
        stock: true,
      },
    ],
    due: { workingDays: 5, basis: LOCAL_DUE },
  },
  {
    code: 'town-quarterly',
    title: '街镇就业再就业和社会保障工作完成情况表',
    formNumber: '肥人社考核季报',
    prescribedBy: '肥城市人力资源和社会保障局',
    frequencies: ['quarter', 'half', 'year'],
    reporterLevel: 'street',
    columns: periodAndYear,
    rows: [
      {
        key: 'new_employment_and_reemployment',
        label: '新增就业再就业人数',
        unit: '人',
        indicator: 'new_employment_and_reemployment',
        source: `${FEICHENG} 三1`,
      },
      {
        key: 'new_employment_net',
        label: '新增就业人数',
        indent: 1,
        unit: '人',
        indicator: 'new_employment',
        source: `${FEICHENG} 三1：累计新就业人数减去累计自然减员人数`,
      },
      {
        key: 'laid_off_reemployed',
        label: '下岗、失业人员再就业人数',
        indent: 1,
        unit: '人',
        indicator: 'reemployed_unemployed',
        source: `${FEICHENG} 三1`,
      },
      {
        key: 'contract_signing_rate',
        label: '劳动合同签订率',
        unit: '%',
        indicator: 'contract_signing_rate',
        source: `${FEICHENG} 三1 认定依据：劳动合同按签订率得分`,
      },
      {
        key: 'insured_rate',
        label: '新增就业人员社会保险参保率',
        unit: '%',
        indicator: 'insurance_participation_rate',
        source: `${FEICHENG} 三1 认定依据：新增就业人员社会保险缴纳按参保率得分`,
      },
      {
        key: 'renewal_rate',
        label: '再就业人员社会保险续保率',
        unit: '%',
        indicator: 'insurance_renewal_rate',
        source: `${FEICHENG} 三1 认定依据：新增再就业人员持续社会保险按续保率得分`,
      },
      {
        key: 'rural_labour_transfer',
        label: '新增农村劳动力转移就业人数',
        unit: '人',
        indicator: 'rural_labour_transfer',
        source: `${FEICHENG} 三2：新从事非农生产以及新外出务工6个月以上的农业劳动力`,
      },
      {
        key: 'insurance_expansion',
        label: '社会保险扩面人数',
        unit: '人',
        indicator: 'insurance_expansion',
        source: `${FEICHENG} 三4：新增加的参加社会保险并至少缴纳过一次社会保险费的人员`,
      },
    ],
    due: { workingDays: 5, basis: `${FEICHENG} 二：街镇任务完成情况每季度上报一次；${LOCAL_DUE}` },
  },
  {
    code: 'programme-progress',
    title: '城镇技能再就业计划进展情况表',
    formNumber: '技能再就业半年报',
    prescribedBy: '省劳动和社会保障厅',
    frequencies: ['half', 'year'],
    reporterLevel: 'street',
    columns: [{ key: 'period', label: '本期' }],
    rows: [
      {
        key: 'trained',
        label: '培训人数',
        unit: '人',
        indicator: 'training_trained',
        source: `${FUJIAN} 二（二）：每年对8.5万人开展职业技能培训`,
      },
      {
        key: 'trained_certified',
        label: '培训取证人数',
        indent: 1,
        unit: '人',
        indicator: 'training_certified',
        source: `${FUJIAN} 二（二）`,
      },
      {
        key: 'training_pass_rate',
        label: '培训合格率',
        unit: '%',
        indicator: 'training_pass_rate',
        source: `${FUJIAN} 二（二）：培训合格率达到90%以上`,
      },
      {
        key: 'training_reemployment_rate',
        label: '培训后再就业率',
        unit: '%',
        indicator: 'training_reemployment_rate',
        source: `${FUJIAN} 二（二）：培训后再就业率达到60%以上`,
      },
    ],
    due: { workingDays: 5, basis: `${FUJIAN} 三（六）：每半年和年终上报进展情况；${LOCAL_DUE}` },
  },
];

const byCode = new Map(reportTemplates.map((t) => [t.code, t]));
export const templateOf = (code: string): ReportTemplate | undefined => byCode.get(code);

/** The cells of a template: each row under each column, except 本年累计 of a stock. */
export const cellsOf = (t: ReportTemplate) =>
  t.rows.flatMap((row) =>
    t.columns.filter((c) => !(row.stock && c.key === 'ytd')).map((column) => ({ row, column })),
  );

export const cellKey = (rowKey: string, column: ColumnKey) => `${rowKey}:${column}`;
