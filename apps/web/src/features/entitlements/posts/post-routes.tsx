import type { RouteObject } from 'react-router-dom';

/** 公益性岗位台账: the register and a post's page. */
export const postRoutes: RouteObject[] = [
  {
    path: 'entitlements/posts',
    lazy: async () => ({ Component: (await import('./pages/posts-page')).PostsPage }),
  },
  {
    path: 'entitlements/posts/:id',
    lazy: async () => ({ Component: (await import('./pages/post-page')).PostPage }),
  },
];
