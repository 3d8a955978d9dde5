import type { RouteObject } from 'react-router-dom';

/** 公益性岗位台账 (helper "posts" builds the pages: /entitlements/posts, /entitlements/posts/:id). */
export const postRoutes: RouteObject[] = [];
