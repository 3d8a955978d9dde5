import type { RouteObject } from 'react-router-dom';

/** 职工健康体检 (000 第四篇): the archives pages — review by the 医保处 and return by the hospital. */
export const healthCheckArchivesRoutes: RouteObject[] = [
  {
    path: 'health-checks/archives',
    lazy: async () => ({ Component: (await import('./pages/archives-page')).ArchivesPage }),
  },
];
