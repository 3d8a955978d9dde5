import type { RouteObject } from 'react-router-dom';

/** 职工健康体检 (000 第四篇): the examinations pages — 体检登记, 体检记录 and 重要异常通知. */
export const healthCheckExaminationsRoutes: RouteObject[] = [
  {
    path: 'health-checks/examinees/:id/examination',
    lazy: async () => ({ Component: (await import('./pages/examination-page')).ExaminationPage }),
  },
  {
    path: 'health-checks/examinations',
    lazy: async () => ({ Component: (await import('./pages/examinations-page')).ExaminationsPage }),
  },
  {
    path: 'health-checks/findings',
    lazy: async () => ({ Component: (await import('./pages/findings-page')).FindingsPage }),
  },
];
