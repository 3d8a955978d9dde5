import type { RouteObject } from 'react-router-dom';

/** 政策找人: the leads a station follows up and the screening runs that find them. */
export const screeningRoutes: RouteObject[] = [
  {
    path: 'screening/leads',
    lazy: async () => ({ Component: (await import('./pages/leads-page')).LeadsPage }),
  },
  {
    path: 'screening/leads/:id',
    lazy: async () => ({ Component: (await import('./pages/lead-page')).LeadPage }),
  },
  {
    path: 'screening/runs',
    lazy: async () => ({ Component: (await import('./pages/runs-page')).RunsPage }),
  },
];
