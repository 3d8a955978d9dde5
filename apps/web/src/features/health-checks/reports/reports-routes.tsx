import type { RouteObject } from 'react-router-dom';

/** 职工健康体检 (000 第四篇): the reports pages — weekly progress tables and the analysis report. */
export const healthCheckReportsRoutes: RouteObject[] = [
  {
    path: 'health-checks/weekly-reports',
    lazy: async () => ({ Component: (await import('./pages/weekly-reports-page')).WeeklyReportsPage }),
  },
  {
    path: 'health-checks/weekly-reports/analysis',
    lazy: async () => ({ Component: (await import('./pages/analysis-page')).AnalysisPage }),
  },
];
