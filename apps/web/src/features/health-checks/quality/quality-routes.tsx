import type { RouteObject } from 'react-router-dom';

/** 职工健康体检 (000 第四篇): the quality pages. */
export const healthCheckQualityRoutes: RouteObject[] = [
  {
    path: 'health-checks/quality',
    lazy: async () => ({ Component: (await import('./quality-page')).QualityPage }),
  },
];
