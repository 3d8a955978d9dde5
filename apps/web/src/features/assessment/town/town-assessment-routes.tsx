import type { RouteObject } from 'react-router-dom';

/** The town assessment's pages inside the app layout (its printed notices are under /print). */
export const townAssessmentRoutes: RouteObject[] = [
  {
    path: 'town-assessment',
    lazy: async () => ({ Component: (await import('./pages/town-assessment-page')).TownAssessmentPage }),
  },
  {
    path: 'town-assessment/submissions/:id',
    lazy: async () => ({ Component: (await import('./pages/submission-page')).SubmissionPage }),
  },
];
