import type { RouteObject } from 'react-router-dom';
import { postRoutes } from './posts/post-routes';
import { recurringRoutes } from './recurring/recurring-routes';

/** 定期待遇: the public-welfare post register, recurring entitlements, period runs and recoveries. */
export const entitlementsRoutes: RouteObject[] = [...postRoutes, ...recurringRoutes];
