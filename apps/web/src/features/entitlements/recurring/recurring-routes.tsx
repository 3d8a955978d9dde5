import type { RouteObject } from 'react-router-dom';

/** 定期待遇, 发放名单, 多发追回 (/entitlements, /entitlements/:id, /entitlements/runs…, /entitlements/recoveries). */
export const recurringRoutes: RouteObject[] = [];
