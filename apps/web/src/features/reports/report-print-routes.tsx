import { Outlet, type RouteObject } from 'react-router-dom';
import { StageGuard } from '../../app/auth/stage-guard';
import { RouteError } from '../../app/ui/route-error';

/** The printable report table: a full page outside the app layout. */
export const reportPrintRoutes: RouteObject = {
  path: '/print/reports/:id',
  element: (
    <StageGuard stages={['full']}>
      <Outlet />
    </StageGuard>
  ),
  errorElement: <RouteError />,
  children: [
    {
      index: true,
      lazy: async () => ({ Component: (await import('./pages/report-print-page')).ReportPrintPage }),
    },
  ],
};
