import type { FastifyInstance } from 'fastify';
import { policyRoutes } from './modules/policy/policy.routes.ts';
import { certificatesRoutes } from './modules/registry/certificates.routes.ts';
import { contractsRoutes } from './modules/registry/contracts.routes.ts';
import { contributionsRoutes } from './modules/registry/contributions.routes.ts';
import { employersRoutes } from './modules/registry/employers.routes.ts';
import { householdsRoutes } from './modules/registry/households.routes.ts';
import { personTimelineRoutes } from './modules/registry/person-timeline.routes.ts';
import { personsRoutes } from './modules/registry/persons.routes.ts';
import { registrationsRoutes } from './modules/registry/registrations.routes.ts';
import { shortageOccupationsRoutes } from './modules/registry/shortage-occupations.routes.ts';
import { zeroEmploymentRoutes } from './modules/registry/zero-employment.routes.ts';
import { auditRoutes } from './platform/audit/audit.routes.ts';
import { auditVerifyJobRoutes } from './platform/audit/audit-verify.job.ts';
import { authRoutes } from './platform/auth/auth.routes.ts';
import { dictionariesRoutes } from './platform/dictionaries/dictionaries.routes.ts';
import { importsRoutes } from './platform/excel-import/imports.routes.ts';
import { jobsRoutes } from './platform/jobs/jobs.routes.ts';
import { orgsRoutes } from './platform/orgs/orgs.routes.ts';
import { rolesRoutes } from './platform/roles/roles.routes.ts';
import { securityRoutes } from './platform/security/security.routes.ts';
import { usersRoutes } from './platform/users/users.routes.ts';
import type { Services } from './services.ts';

/** Every module's routes, registered in one place so the OpenAPI document lists them all. */
export async function registerRoutes(app: FastifyInstance, s: Services) {
  await app.register(authRoutes(s.auth));
  await app.register(orgsRoutes(s.orgs));
  await app.register(usersRoutes(s.users));
  await app.register(rolesRoutes(s.roles));
  await app.register(securityRoutes(s.security));
  await app.register(auditRoutes(s.auditLog));
  await app.register(dictionariesRoutes(s.dicts));
  await app.register(personsRoutes(s.persons, s.personsExport));
  await app.register(employersRoutes(s.employers));
  await app.register(certificatesRoutes(s.certificates));
  await app.register(shortageOccupationsRoutes(s.shortageOccupations));
  await app.register(registrationsRoutes(s.registrations, s.difficulty));
  await app.register(contractsRoutes(s.contracts));
  await app.register(contributionsRoutes(s.contributions, s.insuranceSummary));
  await app.register(personTimelineRoutes(s.personTimeline));
  await app.register(householdsRoutes(s.households));
  await app.register(zeroEmploymentRoutes(s.zeroEmployment));
  await app.register(jobsRoutes(s.jobs));
  await app.register(importsRoutes(s.imports));
  await app.register(auditVerifyJobRoutes(s.db));
  await app.register(policyRoutes(s.policies));
}
