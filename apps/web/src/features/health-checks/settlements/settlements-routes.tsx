import type { RouteObject } from 'react-router-dom';

/** 职工健康体检 (000 第四篇): the settlements pages. */
export const healthCheckSettlementsRoutes: RouteObject[] = [
  {
    path: 'health-checks/settlements',
    lazy: async () => ({ Component: (await import('./settlements-page')).SettlementsPage }),
  },
  {
    path: 'health-checks/settlements/:id',
    lazy: async () => ({ Component: (await import('./settlement-detail-page')).SettlementDetailPage }),
  },
];
