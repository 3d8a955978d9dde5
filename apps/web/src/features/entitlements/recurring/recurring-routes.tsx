import type { RouteObject } from 'react-router-dom';

/** 定期待遇, 发放名单, 多发追回 (/entitlements, /entitlements/:id, /entitlements/runs…, /entitlements/recoveries). */
export const recurringRoutes: RouteObject[] = [
  {
    path: 'entitlements',
    lazy: async () => ({ Component: (await import('./pages/entitlements-page')).EntitlementsPage }),
  },
  {
    path: 'entitlements/runs',
    lazy: async () => ({ Component: (await import('./pages/runs-page')).RunsPage }),
  },
  {
    path: 'entitlements/runs/:id',
    lazy: async () => ({ Component: (await import('./pages/run-page')).RunPage }),
  },
  {
    path: 'entitlements/recoveries',
    lazy: async () => ({ Component: (await import('./pages/recoveries-page')).RecoveriesPage }),
  },
  {
    path: 'entitlements/:id',
    lazy: async () => ({ Component: (await import('./pages/entitlement-page')).EntitlementPage }),
  },
];
