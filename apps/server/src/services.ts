import type { CalendarYearData } from '@minsheng/rules/engine/calendar.ts';
import type { Db } from './db/client.ts';
import { importKinds } from './imports.ts';
import { createRecruitmentService } from './modules/assessment/recruitment/recruitment.service.ts';
import {
  createRecruitmentLedgerService,
  WORKER_OWNER_KIND,
} from './modules/assessment/recruitment/recruitment-ledger.service.ts';
import { createPlansService } from './modules/assessment/town/plans.service.ts';
import { createRankingService } from './modules/assessment/town/ranking.service.ts';
import { statisticsSystemCounts } from './modules/assessment/town/statistics-counts.ts';
import { townAssessmentTargets } from './modules/assessment/town/statistics-targets.ts';
import {
  submissionAttachmentKind,
  submissionAttachmentOwner,
} from './modules/assessment/town/submission-attachments.ts';
import { createSubmissionReviewService } from './modules/assessment/town/submission-review.service.ts';
import { createSubmissionsService } from './modules/assessment/town/submissions.service.ts';
import { createCaseTypesService } from './modules/cases/case-types/case-types.service.ts';
import { createCasesService } from './modules/cases/cases.service.ts';
import { createCasesExport } from './modules/cases/cases-export.ts';
import { createProvisionalDeadlinesService } from './modules/cases/deadlines/provisional-deadlines.service.ts';
import { createOverAgeService } from './modules/cases/over-age/over-age.service.ts';
import { createCaseStageServices } from './modules/cases/workflow/cases-stage.services.ts';
import { createEntitlementsServices } from './modules/entitlements/entitlements.services.ts';
import { createBusinessesService } from './modules/entrepreneurship/businesses/businesses.service.ts';
import { createCreditCommunitiesService } from './modules/entrepreneurship/credit-communities/credit-communities.service.ts';
// entrepreneurship: trainee files, plans, experts, teachers, projects
import { createExpertsService } from './modules/entrepreneurship/experts/experts.service.ts';
import { createTeachersService } from './modules/entrepreneurship/experts/teachers.service.ts';
import { createFileRecordsService } from './modules/entrepreneurship/files/file-records.service.ts';
import { createFilesService } from './modules/entrepreneurship/files/files.service.ts';
import {
  createBusinessPlansService,
  PLAN_OWNER_KIND,
} from './modules/entrepreneurship/files/plans.service.ts';
import { createIncubationService } from './modules/entrepreneurship/incubation/incubation.service.ts';
import { createKpisService } from './modules/entrepreneurship/kpis/kpis.service.ts';
import { createKpisReportService } from './modules/entrepreneurship/kpis/kpis-report.service.ts';
import { createBanksService } from './modules/entrepreneurship/loans/banks.service.ts';
import { createInterestSubsidyService } from './modules/entrepreneurship/loans/interest-subsidy/interest-subsidy.service.ts';
import { createInterestSubsidySubmitService } from './modules/entrepreneurship/loans/interest-subsidy/interest-subsidy-submit.service.ts';
import { createLoanImportsService } from './modules/entrepreneurship/loans/loan-imports.service.ts';
import { createLoanServicingService } from './modules/entrepreneurship/loans/loan-servicing.service.ts';
import { createLoansService } from './modules/entrepreneurship/loans/loans.service.ts';
import { createProjectsService } from './modules/entrepreneurship/projects/projects.service.ts';
import { createHealthCheckServices } from './modules/health-checks/health-checks.services.ts';
import { createDeploymentService } from './modules/policy/deployment.service.ts';
import { createPolicyService } from './modules/policy/policy.service.ts';
import { createCertificatesService } from './modules/registry/certificates/certificates.service.ts';
import { createContractsService } from './modules/registry/contracts/contracts.service.ts';
import { createContributionsService } from './modules/registry/contributions/contributions.service.ts';
import { createInsuranceSummaryService } from './modules/registry/contributions/insurance-summary.service.ts';
import { createDifficultyService } from './modules/registry/difficulty/difficulty.service.ts';
import { createEmployersExport } from './modules/registry/employers/employers.export.ts';
import { createEmployersService } from './modules/registry/employers/employers.service.ts';
import { createHouseholdsExport } from './modules/registry/households/households.export.ts';
import { createHouseholdsService } from './modules/registry/households/households.service.ts';
import { createPersonTimelineService } from './modules/registry/person-timeline/person-timeline.service.ts';
import { createPersonDataExport } from './modules/registry/persons/person-data-export.ts';
import { createPersonsExport } from './modules/registry/persons/persons.excel.ts';
import { createPersonsService } from './modules/registry/persons/persons.service.ts';
import { createRegistrationExports } from './modules/registry/registrations/registrations.export.ts';
import { createRegistrationsService } from './modules/registry/registrations/registrations.service.ts';
import { createShortageOccupationsService } from './modules/registry/shortage-occupations/shortage-occupations.service.ts';
import { createZeroEmploymentService } from './modules/registry/zero-employment/zero-employment.service.ts';
import { statisticsIndicators } from './modules/reports/indicators-statistics.ts';
import { createReportsServices } from './modules/reports/reports.services.ts';
import { createScreeningServices } from './modules/screening/screening.services.ts';
import { createCaseWorkService } from './modules/statistics/case-work.service.ts';
import { createStatisticsService } from './modules/statistics/statistics.service.ts';
import { createClassesService } from './modules/training/classes/classes.service.ts';
import { createRosterService } from './modules/training/classes/roster.service.ts';
import { createInstitutionsService } from './modules/training/institutions/institutions.service.ts';
import { createInstitutionsPublicService } from './modules/training/institutions/institutions-public.service.ts';
import { createInstitutionsReviewService } from './modules/training/institutions/institutions-review.service.ts';
import { createLeagueService } from './modules/training/league/league.service.ts';
import { createProgressService } from './modules/training/progress/progress.service.ts';
import { createProgressReportService } from './modules/training/reports/progress-report.service.ts';
import { createTargetsService } from './modules/training/targets/targets.service.ts';
import { createAttendanceService } from './modules/training/trainees/attendance.service.ts';
import { createResultsService } from './modules/training/trainees/results.service.ts';
import { createTraineesService } from './modules/training/trainees/trainees.service.ts';
import { createAttachmentOwners } from './platform/attachments/attachment-owners.ts';
import type { AttachmentStorage } from './platform/attachments/attachment-storage.ts';
import { createAttachmentsService } from './platform/attachments/attachments.service.ts';
import { checkpointAnchor } from './platform/audit/audit-checkpoint.ts';
import { createAuditLogService } from './platform/audit/audit-log.service.ts';
import { createAuthService } from './platform/auth/auth.service.ts';
import { createCalendarService } from './platform/calendar/calendar.service.ts';
import type { CalendarSource } from './platform/calendar/calendar-source.ts';
import type { Clock } from './platform/clock.ts';
import { createFieldCipher } from './platform/crypto.ts';
import { createDictionariesService } from './platform/dictionaries/dictionaries.service.ts';
import { createImportsService } from './platform/excel-import/imports.service.ts';
import { createJobsService } from './platform/jobs/jobs.service.ts';
import { createOrgsService } from './platform/orgs/orgs.service.ts';
import { createRolesService } from './platform/roles/roles.service.ts';
import { createSecurityService } from './platform/security/security.service.ts';
import { createUsersService } from './platform/users/users.service.ts';

/** Wires every domain service with its explicit dependencies; no container, no globals. */
export function createServices(deps: {
  db: Db;
  dataKey: Buffer;
  dataDir: string;
  clock: Clock;
  calendar: CalendarSource;
  /** the calendar years shipped with the rules package, which entered years join */
  packagedCalendarYears: readonly CalendarYearData[];
  attachmentStorage: AttachmentStorage;
  attachmentMaxBytes: number;
  /** where a stored file that could not be cleaned up is reported (its storage key only) */
  onOrphanAttachment?: (storageKey: string, err: unknown) => void;
}) {
  const cipher = createFieldCipher(deps.dataKey);
  const auditAnchor = checkpointAnchor(deps.dataDir, deps.dataKey);
  const { db, clock, calendar } = deps;
  const deployment = createDeploymentService({ db, clock });
  const policies = createPolicyService({ db, clock, calendar, deployment });
  const provisionalDeadlines = createProvisionalDeadlinesService({ db, calendar });
  const caseTypes = createCaseTypesService({ db, deployment });
  const employers = createEmployersService({ db, cipher });
  const caseDeps = { db, caseTypes, policies, clock, calendar };
  const cases = createCasesService(caseDeps);
  const registrations = createRegistrationsService({ db, clock });
  const difficulty = createDifficultyService({ db, clock });
  const households = createHouseholdsService({ db, clock });
  const statistics = createStatisticsService({ db, clock, targets: townAssessmentTargets(db) });
  const townSubmissions = createSubmissionsService({
    db,
    clock,
    counts: statisticsSystemCounts(statistics),
  });
  // Modules register the records that own files (`attachmentOwners.register`) as they are wired.
  const attachmentOwners = createAttachmentOwners();
  const attachments = createAttachmentsService({
    db,
    clock,
    storage: deps.attachmentStorage,
    owners: attachmentOwners,
    maxBytes: deps.attachmentMaxBytes,
    ...(deps.onOrphanAttachment ? { onOrphan: deps.onOrphanAttachment } : {}),
  });
  const trainingInstitutions = createInstitutionsService({ db, clock });
  const trainingProgress = createProgressService({ db });
  const recruitmentLedger = createRecruitmentLedgerService({ db, clock, attachments });
  attachmentOwners.register(WORKER_OWNER_KIND, recruitmentLedger.attachmentOwner);
  attachmentOwners.register(submissionAttachmentKind, submissionAttachmentOwner(db));
  const entrepreneurshipPlans = createBusinessPlansService({ db, clock });
  attachmentOwners.register(PLAN_OWNER_KIND, entrepreneurshipPlans.attachmentOwner);
  return {
    db,
    cipher,
    auth: createAuthService({ db, cipher, clock }),
    orgs: createOrgsService({ db }),
    users: createUsersService({ db, clock }),
    roles: createRolesService({ db }),
    security: createSecurityService({ db, clock }),
    auditAnchor,
    auditLog: createAuditLogService({ db, anchor: auditAnchor }),
    dicts: createDictionariesService({ db }),
    calendar: createCalendarService({
      db,
      clock,
      calendar,
      packagedYears: deps.packagedCalendarYears,
      followUp: provisionalDeadlines,
    }),
    provisionalDeadlines,
    persons: createPersonsService({ db, cipher, clock }),
    personsExport: createPersonsExport({ db, cipher, clock }),
    personData: createPersonDataExport({ db, cipher, clock }),
    employers,
    employersExport: createEmployersExport({ db, employers }),
    certificates: createCertificatesService({ db, clock }),
    shortageOccupations: createShortageOccupationsService({ db, clock }),
    registrations,
    difficulty,
    registrationExports: createRegistrationExports({ db, registrations, difficulty }),
    contracts: createContractsService({ db, clock }),
    contributions: createContributionsService({ db, clock }),
    insuranceSummary: createInsuranceSummaryService({ db, clock }),
    households,
    householdsExport: createHouseholdsExport({ db, households }),
    zeroEmployment: createZeroEmploymentService({ db, clock }),
    // Stateless services: the timeline gets its own instances of those it reads.
    personTimeline: createPersonTimelineService({
      db,
      persons: createPersonsService({ db, cipher, clock }),
      certificates: createCertificatesService({ db, clock }),
      households: createHouseholdsService({ db, clock }),
      zeroEmployment: createZeroEmploymentService({ db, clock }),
      registrations: createRegistrationsService({ db, clock }),
      difficulty: createDifficultyService({ db, clock }),
      contracts: createContractsService({ db, clock }),
      insuranceSummary: createInsuranceSummaryService({ db, clock }),
    }),
    attachmentOwners,
    attachments,
    recruitment: createRecruitmentService({ db, clock }),
    recruitmentLedger,
    jobs: createJobsService({ db }),
    imports: createImportsService({ db, cipher, clock, kinds: importKinds }),
    deployment,
    policies,
    caseTypes,
    cases,
    casesExport: createCasesExport({ db, cases }),
    caseStages: createCaseStageServices({ ...caseDeps, cipher }),
    overAge: createOverAgeService(caseDeps),
    statistics,
    reports: createReportsServices({ db, clock, calendar, indicators: statisticsIndicators(statistics) }),
    townPlans: createPlansService({ db }),
    townSubmissions,
    townReview: createSubmissionReviewService({ db, clock, submissions: townSubmissions }),
    townRanking: createRankingService({ db, clock }),
    caseWork: createCaseWorkService({ db, clock, cases }),
    trainingInstitutions,
    trainingInstitutionsReview: createInstitutionsReviewService({
      db,
      clock,
      calendar,
      institutions: trainingInstitutions,
    }),
    trainingInstitutionsPublic: createInstitutionsPublicService({ db, clock }),
    trainingClasses: createClassesService({ db, clock, calendar }),
    trainingRosters: createRosterService({ ...caseDeps, cipher }),
    trainingTrainees: {
      trainees: createTraineesService({ db, cipher, clock }),
      attendance: createAttendanceService({ db, cipher, clock }),
      results: createResultsService({ db, clock }),
    },
    trainingTargets: createTargetsService({ db }),
    trainingProgress,
    trainingReports: createProgressReportService({ db, clock, progress: trainingProgress }),
    trainingLeague: createLeagueService({ db, clock }),
    // 创业担保贷款 (entrepreneurship/loans)
    loans: createLoansService({ db, clock, policies }),
    loanServicing: createLoanServicingService({ db, clock, policies }),
    lendingBanks: createBanksService({ db }),
    loanImports: createLoanImportsService({ db, clock }),
    // entrepreneurship: interest subsidy (贴息)
    interestSubsidies: createInterestSubsidyService(caseDeps),
    interestSubsidySubmission: createInterestSubsidySubmitService({ ...caseDeps, cipher }),
    // entrepreneurship: businesses, incubation, KPIs
    entrepreneurshipBusinesses: createBusinessesService({ db, clock, employers }),
    entrepreneurshipIncubation: createIncubationService({ db, clock }),
    entrepreneurshipKpis: createKpisService({ db }),
    entrepreneurshipKpisReport: createKpisReportService({ db, clock, kpis: createKpisService({ db }) }),
    // entrepreneurship: credit communities
    creditCommunities: createCreditCommunitiesService(caseDeps),
    // 职工健康体检 (000 第四篇)
    healthChecks: createHealthCheckServices({ ...caseDeps, cipher }),
    // 政策找人 (screening)
    screening: createScreeningServices({ ...caseDeps, cipher }),
    // 定期待遇 (recurring entitlements and the public-welfare post register)
    entitlements: createEntitlementsServices({ ...caseDeps, cipher }),
    entrepreneurship: {
      files: createFilesService({ db, clock }),
      fileRecords: createFileRecordsService({ db, clock }),
      plans: entrepreneurshipPlans,
      experts: createExpertsService({ db }),
      teachers: createTeachersService({ db, clock }),
      projects: createProjectsService({ db, clock }),
    },
  };
}

export type Services = ReturnType<typeof createServices>;
