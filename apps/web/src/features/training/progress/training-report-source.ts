import type { ReportSource } from './components/report-card';
import { downloadReport, fetchReport, trainingProgressKey } from './progress-api';

/** The training programme's report (城镇技能再就业计划 三(六)) for the report pages. */
export const trainingReportSource: ReportSource = {
  title: '城镇技能再就业计划进展情况报告',
  queryKey: [...trainingProgressKey, 'report'],
  fetch: fetchReport,
  download: downloadReport,
  printPath: '/print/training-report',
  testId: 'training-report',
};
