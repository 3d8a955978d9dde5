import type { ComponentType } from 'react';
import { Outlet, type RouteObject } from 'react-router-dom';
import { StageGuard } from '../../app/auth/stage-guard';
import { NotFoundPage } from '../../app/ui/not-found-page';
import { RouteError } from '../../app/ui/route-error';

const page = (path: string, load: () => Promise<ComponentType>): RouteObject => ({
  path,
  lazy: async () => ({ Component: await load() }),
});

/**
 * The printable documents: full pages outside the app layout (no menu or header to print), for
 * signed-in users only. Other pages open them with a plain link in a new tab.
 */
export const printRoutes: RouteObject = {
  path: '/print',
  element: (
    <StageGuard stages={['full']}>
      <Outlet />
    </StageGuard>
  ),
  errorElement: <RouteError />,
  children: [
    page(
      'cases/:id/supplement-notice',
      async () => (await import('./pages/supplement-notice-page')).SupplementNoticePrintPage,
    ),
    page(
      'cases/:id/approval-notice',
      async () => (await import('./pages/approval-notice-page')).ApprovalNoticePrintPage,
    ),
    page(
      'cases/:id/application-form',
      async () => (await import('./pages/application-form-page')).ApplicationFormPrintPage,
    ),
    page(
      'training-report',
      async () =>
        (await import('../training/progress/pages/training-report-print-page')).TrainingReportPrintPage,
    ),
    page(
      'entrepreneurship-report',
      async () =>
        (await import('../entrepreneurship/kpis/pages/entrepreneurship-report-print-page'))
          .EntrepreneurshipReportPrintPage,
    ),
    page('case-batches/:id/roster', async () => (await import('./pages/roster-page')).RosterPrintPage),
    page('payment-plans/:id', async () => (await import('./pages/payment-plan-page')).PaymentPlanPrintPage),
    page(
      'public-notices/:id',
      async () => (await import('./pages/public-notice-print-page')).PublicNoticePrintPage,
    ),
    page('reports/:id', async () => (await import('../reports/pages/report-print-page')).ReportPrintPage),
    page(
      'assessment/recruitment/:year',
      async () =>
        (await import('../assessment/recruitment/pages/recruitment-print-page')).RecruitmentResultsPrintPage,
    ),
    page(
      'town-assessment/documents/:id',
      async () => (await import('../assessment/town/pages/document-print-page')).DocumentPrintPage,
    ),
    page(
      'health-checks/plans/:id/notice',
      async () => (await import('../health-checks/plans/pages/notice-print-page')).NoticePrintPage,
    ),
    page(
      'screening/leads/:id',
      async () => (await import('../screening/pages/lead-print-page')).LeadPrintPage,
    ),
    page(
      'health-check-archives/register',
      async () =>
        (await import('../health-checks/archives/pages/return-register-print-page')).ReturnRegisterPrintPage,
    ),
    { path: '*', element: <NotFoundPage /> },
  ],
};
