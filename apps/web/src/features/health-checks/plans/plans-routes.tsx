import type { RouteObject } from 'react-router-dom';

/** 职工健康体检 (000 第四篇): the plans pages. */
export const healthCheckPlansRoutes: RouteObject[] = [
  {
    path: 'health-checks/plans',
    lazy: async () => ({ Component: (await import('./pages/plans-page')).PlansPage }),
  },
  {
    path: 'health-checks/plans/:id',
    lazy: async () => ({ Component: (await import('./pages/plan-detail-page')).PlanDetailPage }),
  },
  {
    path: 'health-checks/examinees',
    lazy: async () => ({ Component: (await import('./pages/examinees-page')).ExamineesPage }),
  },
];
