import type { ReportSource } from '../../training/progress/components/report-card';
import { downloadKpiReport, entrepreneurshipKpisKey, fetchKpiReport } from './kpis-api';

/** The entrepreneurship training report (能力促创业计划 三(八)) for the report pages. */
export const kpisReportSource: ReportSource = {
  title: '创业培训进展情况报告',
  queryKey: [...entrepreneurshipKpisKey, 'report'],
  fetch: fetchKpiReport,
  download: downloadKpiReport,
  printPath: '/print/entrepreneurship-report',
  testId: 'entrepreneurship-report',
};
