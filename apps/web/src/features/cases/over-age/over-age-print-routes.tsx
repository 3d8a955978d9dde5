import { Outlet, type RouteObject } from 'react-router-dom';
import { StageGuard } from '../../../app/auth/stage-guard';
import { RouteError } from '../../../app/ui/route-error';

/** The two forms of 青劳社〔2024〕69号 (附件1, 附件2): full pages outside the app layout. */
export const overAgePrintRoutes: RouteObject = {
  path: '/print/cases/:id',
  element: (
    <StageGuard stages={['full']}>
      <Outlet />
    </StageGuard>
  ),
  errorElement: <RouteError />,
  children: [
    {
      path: 'over-age-application',
      lazy: async () => ({
        Component: (await import('./over-age-application-print')).OverAgeApplicationPrintPage,
      }),
    },
    {
      path: 'over-age-pension-review',
      lazy: async () => ({
        Component: (await import('./over-age-pension-review-print')).OverAgePensionReviewPrintPage,
      }),
    },
  ],
};
