import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { townAssessmentRoutes } from '../features/assessment/town/town-assessment-routes';
import { overAgePrintRoutes } from '../features/cases/over-age/over-age-print-routes';
import { entitlementsRoutes } from '../features/entitlements/entitlements-routes';
import {
  creditCommunityRoutes,
  publicCreditCommunityRoute,
} from '../features/entrepreneurship/credit-communities/credit-community-routes';
import { loanRoutes } from '../features/entrepreneurship/loans/loan-routes';
import { healthCheckArchivesRoutes } from '../features/health-checks/archives/archives-routes';
import { healthCheckExaminationsRoutes } from '../features/health-checks/examinations/examinations-routes';
import { healthCheckHospitalsRoutes } from '../features/health-checks/hospitals/hospitals-routes';
import { healthCheckPlansRoutes } from '../features/health-checks/plans/plans-routes';
import { healthCheckQualityRoutes } from '../features/health-checks/quality/quality-routes';
import { healthCheckReportsRoutes } from '../features/health-checks/reports/reports-routes';
import { healthCheckSettlementsRoutes } from '../features/health-checks/settlements/settlements-routes';
import { printRoutes } from '../features/print/print-routes';
import { screeningRoutes } from '../features/screening/screening-routes';
import { trainingInstitutionRoutes } from '../features/training/institutions/institution-routes';
import { StageGuard } from './auth/stage-guard';
import { AppLayout } from './layout/app-layout';
import { RootRoute } from './root-route';
import { NotFoundPage } from './ui/not-found-page';
import { PageSpin } from './ui/page-spin';
import { RouteError } from './ui/route-error';

const router = createBrowserRouter([
  {
    element: <RootRoute />,
    errorElement: <RouteError />,
    HydrateFallback: PageSpin,
    children: [
      {
        path: '/login',
        lazy: async () => ({ Component: (await import('../features/auth/pages/login-page')).LoginPage }),
      },
      {
        path: '/change-password',
        lazy: async () => ({
          Component: (await import('../features/auth/pages/change-password-page')).ChangePasswordPage,
        }),
      },
      {
        path: '/totp-enrol',
        lazy: async () => ({
          Component: (await import('../features/auth/pages/totp-enrol-page')).TotpEnrolPage,
        }),
      },
      {
        path: '/totp',
        lazy: async () => ({
          Component: (await import('../features/auth/pages/totp-verify-page')).TotpVerifyPage,
        }),
      },
      {
        // Public on purpose (社会公示和公布): no session, no personal data.
        path: '/public/training',
        lazy: async () => ({
          Component: (await import('../features/training/institutions/pages/public-training-page'))
            .PublicTrainingPage,
        }),
      },
      // entrepreneurship: credit communities (public list)
      publicCreditCommunityRoute,
      {
        // entrepreneurship: the project resource library open to trainees, no personal data
        path: '/public/entrepreneurship-projects',
        lazy: async () => ({
          Component: (await import('../features/entrepreneurship/projects/pages/public-projects-page'))
            .PublicProjectsPage,
        }),
      },
      printRoutes,
      overAgePrintRoutes,
      {
        path: '/',
        element: (
          <StageGuard stages={['full']}>
            <AppLayout />
          </StageGuard>
        ),
        children: [
          {
            errorElement: <RouteError />,
            children: [
              {
                index: true,
                lazy: async () => ({
                  Component: (await import('../features/dashboard/dashboard-page')).DashboardPage,
                }),
              },
              {
                path: 'orgs',
                lazy: async () => ({
                  Component: (await import('../features/orgs/pages/orgs-page')).OrgsPage,
                }),
              },
              {
                path: 'users',
                lazy: async () => ({
                  Component: (await import('../features/users/pages/users-page')).UsersPage,
                }),
              },
              {
                path: 'roles',
                lazy: async () => ({
                  Component: (await import('../features/roles/pages/roles-page')).RolesPage,
                }),
              },
              {
                path: 'dicts',
                lazy: async () => ({
                  Component: (await import('../features/dicts/pages/dicts-page')).DictsPage,
                }),
              },
              {
                path: 'deployment',
                lazy: async () => ({
                  Component: (await import('../features/deployment/pages/deployment-page')).DeploymentPage,
                }),
              },
              {
                path: 'calendar',
                lazy: async () => ({
                  Component: (await import('../features/calendar/pages/calendar-page')).CalendarPage,
                }),
              },
              {
                path: 'tools',
                lazy: async () => ({
                  Component: (await import('../features/tools/pages/tools-page')).ToolsPage,
                }),
              },
              {
                path: 'security/settings',
                lazy: async () => ({
                  Component: (await import('../features/security/pages/security-settings-page'))
                    .SecuritySettingsPage,
                }),
              },
              {
                path: 'security/sessions',
                lazy: async () => ({
                  Component: (await import('../features/security/pages/sessions-page')).SessionsPage,
                }),
              },
              {
                path: 'logs/login',
                lazy: async () => ({
                  Component: (await import('../features/logs/pages/login-log-page')).LoginLogPage,
                }),
              },
              {
                path: 'logs/audit',
                lazy: async () => ({
                  Component: (await import('../features/logs/pages/audit-log-page')).AuditLogPage,
                }),
              },
              // entrepreneurship: businesses, incubation, KPIs
              {
                path: 'entrepreneurship/kpis',
                lazy: async () => ({
                  Component: (
                    await import('../features/entrepreneurship/kpis/pages/entrepreneurship-kpis-page')
                  ).EntrepreneurshipKpisPage,
                }),
              },
              {
                path: 'entrepreneurship/kpis/report',
                lazy: async () => ({
                  Component: (
                    await import('../features/entrepreneurship/kpis/pages/entrepreneurship-report-page')
                  ).EntrepreneurshipReportPage,
                }),
              },
              {
                path: 'entrepreneurship/kpis/drilldown',
                lazy: async () => ({
                  Component: (
                    await import(
                      '../features/entrepreneurship/kpis/pages/entrepreneurship-kpis-drilldown-page'
                    )
                  ).EntrepreneurshipKpisDrilldownPage,
                }),
              },
              {
                path: 'entrepreneurship/businesses',
                lazy: async () => ({
                  Component: (await import('../features/entrepreneurship/businesses/pages/businesses-page'))
                    .BusinessesPage,
                }),
              },
              {
                path: 'entrepreneurship/businesses/new',
                lazy: async () => ({
                  Component: (
                    await import('../features/entrepreneurship/businesses/pages/business-create-page')
                  ).BusinessCreatePage,
                }),
              },
              {
                path: 'entrepreneurship/businesses/:id',
                lazy: async () => ({
                  Component: (
                    await import('../features/entrepreneurship/businesses/pages/business-detail-page')
                  ).BusinessDetailPage,
                }),
              },
              {
                path: 'entrepreneurship/incubation-bases',
                lazy: async () => ({
                  Component: (
                    await import('../features/entrepreneurship/incubation/pages/incubation-bases-page')
                  ).IncubationBasesPage,
                }),
              },
              {
                path: 'entrepreneurship/incubation-bases/:id',
                lazy: async () => ({
                  Component: (
                    await import('../features/entrepreneurship/incubation/pages/incubation-base-page')
                  ).IncubationBasePage,
                }),
              },
              {
                path: 'training/progress',
                lazy: async () => ({
                  Component: (await import('../features/training/progress/pages/training-progress-page'))
                    .TrainingProgressPage,
                }),
              },
              {
                path: 'training/progress/drilldown',
                lazy: async () => ({
                  Component: (
                    await import('../features/training/progress/pages/training-progress-drilldown-page')
                  ).TrainingProgressDrilldownPage,
                }),
              },
              {
                path: 'training/report',
                lazy: async () => ({
                  Component: (await import('../features/training/progress/pages/training-report-page'))
                    .TrainingReportPage,
                }),
              },
              {
                path: 'entrepreneurship/interest-subsidies',
                lazy: async () => ({
                  Component: (
                    await import('../features/entrepreneurship/interest-subsidy/interest-subsidy-page')
                  ).InterestSubsidyPage,
                }),
              },
              {
                path: 'training/league',
                lazy: async () => ({
                  Component: (await import('../features/training/league/training-league-page'))
                    .TrainingLeaguePage,
                }),
              },
              {
                path: 'assessment/recruitment',
                lazy: async () => ({
                  Component: (await import('../features/assessment/recruitment/pages/recruitment-page'))
                    .RecruitmentPage,
                }),
              },
              // entrepreneurship: trainee files, experts, projects
              {
                path: 'entrepreneurship/files',
                lazy: async () => ({
                  Component: (await import('../features/entrepreneurship/files/pages/files-page'))
                    .EntrepreneurshipFilesPage,
                }),
              },
              {
                path: 'entrepreneurship/files/:id',
                lazy: async () => ({
                  Component: (await import('../features/entrepreneurship/files/pages/file-detail-page'))
                    .EntrepreneurshipFileDetailPage,
                }),
              },
              {
                path: 'entrepreneurship/reviews',
                lazy: async () => ({
                  Component: (await import('../features/entrepreneurship/files/pages/reviews-page'))
                    .ExpertReviewsPage,
                }),
              },
              {
                path: 'entrepreneurship/experts',
                lazy: async () => ({
                  Component: (await import('../features/entrepreneurship/experts/pages/experts-page'))
                    .ExpertsPage,
                }),
              },
              {
                path: 'entrepreneurship/projects',
                lazy: async () => ({
                  Component: (await import('../features/entrepreneurship/projects/pages/projects-page'))
                    .ProjectsPage,
                }),
              },
              {
                path: 'entrepreneurship/projects/:id',
                lazy: async () => ({
                  Component: (await import('../features/entrepreneurship/projects/pages/project-detail-page'))
                    .ProjectDetailPage,
                }),
              },
              {
                path: 'training/classes',
                lazy: async () => ({
                  Component: (await import('../features/training/classes/pages/classes-page')).ClassesPage,
                }),
              },
              {
                path: 'training/classes/new',
                lazy: async () => ({
                  Component: (await import('../features/training/classes/pages/class-form-page'))
                    .ClassFormPage,
                }),
              },
              {
                path: 'training/classes/:id',
                lazy: async () => ({
                  Component: (await import('../features/training/classes/pages/class-detail-page'))
                    .ClassDetailPage,
                }),
              },
              {
                path: 'training/classes/:id/edit',
                lazy: async () => ({
                  Component: (await import('../features/training/classes/pages/class-form-page'))
                    .ClassFormPage,
                }),
              },
              {
                path: 'assessment/recruitment/units/:id',
                lazy: async () => ({
                  Component: (await import('../features/assessment/recruitment/pages/recruitment-unit-page'))
                    .RecruitmentUnitPage,
                }),
              },
              ...trainingInstitutionRoutes,
              // 创业服务: 创业担保贷款
              ...loanRoutes,
              ...healthCheckHospitalsRoutes,
              ...healthCheckPlansRoutes,
              ...healthCheckExaminationsRoutes,
              ...healthCheckReportsRoutes,
              ...healthCheckArchivesRoutes,
              ...healthCheckQualityRoutes,
              ...healthCheckSettlementsRoutes,
              ...screeningRoutes,
              ...entitlementsRoutes,
              // entrepreneurship: credit communities
              ...creditCommunityRoutes,
              {
                path: 'training/classes/:id/trainees',
                lazy: async () => ({
                  Component: (await import('../features/training/trainees/pages/class-trainees-page'))
                    .ClassTraineesPage,
                }),
              },
              {
                path: 'persons',
                lazy: async () => ({
                  Component: (await import('../features/persons/pages/persons-page')).PersonsPage,
                }),
              },
              {
                path: 'persons/new',
                lazy: async () => ({
                  Component: (await import('../features/persons/pages/person-create-page')).PersonCreatePage,
                }),
              },
              {
                path: 'persons/:id',
                lazy: async () => ({
                  Component: (await import('../features/persons/pages/person-detail-page')).PersonDetailPage,
                }),
              },
              {
                path: 'persons/:id/edit',
                lazy: async () => ({
                  Component: (await import('../features/persons/pages/person-edit-page')).PersonEditPage,
                }),
              },
              {
                path: 'unemployment-registrations',
                lazy: async () => ({
                  Component: (await import('../features/registrations/pages/unemployment-registrations-page'))
                    .UnemploymentRegistrationsPage,
                }),
              },
              {
                path: 'difficulty-determinations',
                lazy: async () => ({
                  Component: (await import('../features/registrations/pages/difficulty-determinations-page'))
                    .DifficultyDeterminationsPage,
                }),
              },
              {
                path: 'imports',
                lazy: async () => ({
                  Component: (await import('../features/imports/pages/import-page')).ImportPage,
                }),
              },
              {
                path: 'households',
                lazy: async () => ({
                  Component: (await import('../features/households/pages/households-page')).HouseholdsPage,
                }),
              },
              {
                path: 'households/:id',
                lazy: async () => ({
                  Component: (await import('../features/households/pages/household-detail-page'))
                    .HouseholdDetailPage,
                }),
              },
              {
                path: 'policies',
                lazy: async () => ({
                  Component: (await import('../features/policies/pages/policies-page')).PoliciesPage,
                }),
              },
              {
                path: 'policies/:id',
                lazy: async () => ({
                  Component: (await import('../features/policies/pages/policy-detail-page')).PolicyDetailPage,
                }),
              },
              {
                path: 'policy-figures',
                lazy: async () => ({
                  Component: (await import('../features/policies/pages/policy-figures-page'))
                    .PolicyFiguresPage,
                }),
              },
              {
                path: 'employers',
                lazy: async () => ({
                  Component: (await import('../features/employers/pages/employers-page')).EmployersPage,
                }),
              },
              {
                path: 'employers/new',
                lazy: async () => ({
                  Component: (await import('../features/employers/pages/employer-create-page'))
                    .EmployerCreatePage,
                }),
              },
              {
                path: 'employers/:id',
                lazy: async () => ({
                  Component: (await import('../features/employers/pages/employer-detail-page'))
                    .EmployerDetailPage,
                }),
              },
              {
                path: 'employers/:id/edit',
                lazy: async () => ({
                  Component: (await import('../features/employers/pages/employer-edit-page'))
                    .EmployerEditPage,
                }),
              },
              {
                path: 'shortage-occupations',
                lazy: async () => ({
                  Component: (
                    await import('../features/shortage-occupations/pages/shortage-occupations-page')
                  ).ShortageOccupationsPage,
                }),
              },
              {
                path: 'case-types',
                lazy: async () => ({
                  Component: (await import('../features/case-types/pages/case-types-page')).CaseTypesPage,
                }),
              },
              {
                path: 'tasks',
                lazy: async () => ({
                  Component: (await import('../features/cases/pages/my-tasks-page')).MyTasksPage,
                }),
              },
              {
                path: 'cases',
                lazy: async () => ({
                  Component: (await import('../features/cases/pages/cases-page')).CasesPage,
                }),
              },
              {
                path: 'cases/:id',
                lazy: async () => ({
                  Component: (await import('../features/cases/pages/case-detail-page')).CaseDetailPage,
                }),
              },
              {
                path: 'statistics',
                lazy: async () => ({
                  Component: (await import('../features/statistics/pages/indicators-page')).IndicatorsPage,
                }),
              },
              {
                path: 'statistics/:code',
                lazy: async () => ({
                  Component: (await import('../features/statistics/pages/drilldown-page')).DrilldownPage,
                }),
              },
              {
                path: 'case-batches',
                lazy: async () => ({
                  Component: (await import('../features/case-batches/pages/case-batches-page'))
                    .CaseBatchesPage,
                }),
              },
              {
                path: 'case-batches/:id',
                lazy: async () => ({
                  Component: (await import('../features/case-batches/pages/case-batch-detail-page'))
                    .CaseBatchDetailPage,
                }),
              },
              {
                path: 'finance',
                lazy: async () => ({
                  Component: (await import('../features/finance/pages/finance-page')).FinancePage,
                }),
              },
              {
                path: 'finance/plans',
                lazy: async () => ({
                  Component: (await import('../features/finance/pages/payment-plans-page')).PaymentPlansPage,
                }),
              },
              {
                path: 'finance/plans/:id',
                lazy: async () => ({
                  Component: (await import('../features/finance/pages/payment-plan-detail-page'))
                    .PaymentPlanDetailPage,
                }),
              },
              {
                path: 'public-notices',
                lazy: async () => ({
                  Component: (await import('../features/public-notices/pages/public-notices-page'))
                    .PublicNoticesPage,
                }),
              },
              {
                path: 'public-notices/:id',
                lazy: async () => ({
                  Component: (await import('../features/public-notices/pages/public-notice-detail-page'))
                    .PublicNoticeDetailPage,
                }),
              },
              {
                path: 'reports',
                lazy: async () => ({
                  Component: (await import('../features/reports/pages/reports-page')).ReportsPage,
                }),
              },
              {
                path: 'reports/:id',
                lazy: async () => ({
                  Component: (await import('../features/reports/pages/report-detail-page')).ReportDetailPage,
                }),
              },
              ...townAssessmentRoutes,
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
