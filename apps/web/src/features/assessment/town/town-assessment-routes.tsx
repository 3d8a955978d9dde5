import { Outlet, type RouteObject } from 'react-router-dom';
import { StageGuard } from '../../../app/auth/stage-guard';
import { RouteError } from '../../../app/ui/route-error';

/** The town assessment's printed notices: full pages outside the app layout. */
export const townAssessmentPrintRoutes: RouteObject = {
  path: '/print/town-assessment',
  element: (
    <StageGuard stages={['full']}>
      <Outlet />
    </StageGuard>
  ),
  errorElement: <RouteError />,
  children: [
    {
      path: 'documents/:id',
      lazy: async () => ({ Component: (await import('./pages/document-print-page')).DocumentPrintPage }),
    },
  ],
};

/** The pages inside the app layout. */
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
