import type { RouteObject } from 'react-router-dom';

/** The signed-in pages of designated training institutions (the public list is outside the layout). */
export const trainingInstitutionRoutes: RouteObject[] = [
  {
    path: 'training/institutions',
    lazy: async () => ({ Component: (await import('./pages/institutions-page')).InstitutionsPage }),
  },
  {
    path: 'training/institutions/:id',
    lazy: async () => ({
      Component: (await import('./pages/institution-detail-page')).InstitutionDetailPage,
    }),
  },
  {
    path: 'training/my-institution',
    lazy: async () => ({ Component: (await import('./pages/my-institution-page')).MyInstitutionPage }),
  },
];
