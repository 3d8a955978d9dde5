import type { RouteObject } from 'react-router-dom';

/** 职工健康体检 (000 第四篇): the register of hospitals, one hospital, and a hospital's own page. */
export const healthCheckHospitalsRoutes: RouteObject[] = [
  {
    path: 'health-checks/hospitals',
    lazy: async () => ({ Component: (await import('./pages/hospitals-page')).HospitalsPage }),
  },
  {
    path: 'health-checks/hospitals/:id',
    lazy: async () => ({ Component: (await import('./pages/hospital-detail-page')).HospitalDetailPage }),
  },
  {
    path: 'health-checks/my-hospital',
    lazy: async () => ({ Component: (await import('./pages/my-hospital-page')).MyHospitalPage }),
  },
];
