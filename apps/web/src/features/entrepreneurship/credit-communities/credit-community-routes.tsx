import type { RouteObject } from 'react-router-dom';

/** The signed-in page of 信用社区评定 (the public list is outside the layout). */
export const creditCommunityRoutes: RouteObject[] = [
  {
    path: 'entrepreneurship/credit-communities',
    lazy: async () => ({
      Component: (await import('./pages/credit-communities-page')).CreditCommunitiesPage,
    }),
  },
];

/** 信用社区名单, public on purpose (名单公布): no session, no personal data. */
export const publicCreditCommunityRoute: RouteObject = {
  path: '/public/credit-communities',
  lazy: async () => ({
    Component: (await import('./pages/public-credit-communities-page')).PublicCreditCommunitiesPage,
  }),
};
