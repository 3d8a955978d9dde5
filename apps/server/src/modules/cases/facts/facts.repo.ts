import { and, asc, desc, eq, gt, isNotNull, isNull, lte, or } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../db/client.ts';
import { qualificationCertificates as certs } from '../../registry/certificates/certificates.schema.ts';
import { labourContracts } from '../../registry/contracts/contracts.schema.ts';
import { insuranceContributions } from '../../registry/contributions/contributions.schema.ts';
import { householdMembers, zeroEmploymentHouseholds } from '../../registry/households/households.schema.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import {
  difficultyDeterminations,
  employmentRegistrations,
  unemploymentRegistrations,
} from '../../registry/registrations/registrations.schema.ts';
import { isListedOn } from '../../registry/shortage-occupations/shortage-occupations.service.ts';
import { confirmationOf } from '../over-age/over-age.repo.ts';

/** Open on `on`: started on or before it and not ended by then. */
export const openOn = (start: AnyPgColumn, end: AnyPgColumn, on: string) =>
  and(lte(start, on), or(isNull(end), gt(end, on)));

/**
 * What the rules read from the registry about one person, as of a date. Unscoped on purpose: the
 * caller has already found the case in the actor's scope, and a rule must see the whole record.
 */
export function createCaseFactsRepo(db: Executor) {
  return {
    person: async (id: string) =>
      (
        await db
          .select({
            id: persons.id,
            name: persons.name,
            idNumberMasked: persons.idNumberMasked,
            hukouType: persons.hukouType,
            hukouPlace: persons.hukouPlace,
            education: persons.education,
            birthDate: persons.birthDate,
            gender: persons.gender,
            orgId: persons.orgId,
            orgPath: persons.orgPath,
          })
          .from(persons)
          .where(eq(persons.id, id))
      )[0],

    certificate: async (id: string) => (await db.select().from(certs).where(eq(certs.id, id)))[0],

    /** The contract in force on `on` that started last. */
    contractOn: async (personId: string, on: string) =>
      (
        await db
          .select()
          .from(labourContracts)
          .where(
            and(
              eq(labourContracts.personId, personId),
              lte(labourContracts.startsOn, on),
              or(isNull(labourContracts.endedOn), gt(labourContracts.endedOn, on)),
            ),
          )
          .orderBy(desc(labourContracts.startsOn))
          .limit(1)
      )[0],

    /** Months with a paid contribution on or before `on` (any insurance kind), oldest first. */
    async paidMonths(personId: string, on: string): Promise<string[]> {
      const rows = await db
        .selectDistinct({ month: insuranceContributions.month })
        .from(insuranceContributions)
        .where(
          and(
            eq(insuranceContributions.personId, personId),
            eq(insuranceContributions.status, 'paid'),
            lte(insuranceContributions.month, on),
          ),
        )
        .orderBy(asc(insuranceContributions.month));
      return rows.map((r) => r.month.slice(0, 7));
    },

    shortageListing: (occupation: string, on: string) => isListedOn(db, occupation, on),

    /** The person's unemployment registrations made on or before `on`, newest first. */
    unemploymentRegistrations: (personId: string, on: string) =>
      db
        .select()
        .from(unemploymentRegistrations)
        .where(
          and(
            eq(unemploymentRegistrations.personId, personId),
            lte(unemploymentRegistrations.registeredOn, on),
          ),
        )
        .orderBy(desc(unemploymentRegistrations.registeredOn)),

    /** The employment registration open on `on`, if any. */
    openEmployment: async (personId: string, on: string) =>
      (
        await db
          .select()
          .from(employmentRegistrations)
          .where(
            and(
              eq(employmentRegistrations.personId, personId),
              openOn(employmentRegistrations.startedOn, employmentRegistrations.endedOn, on),
            ),
          )
          .limit(1)
      )[0],

    /** A difficulty determination open on `on`, if any (the earliest decided). */
    openDetermination: async (personId: string, on: string) =>
      (
        await db
          .select()
          .from(difficultyDeterminations)
          .where(
            and(
              eq(difficultyDeterminations.personId, personId),
              openOn(difficultyDeterminations.decidedOn, difficultyDeterminations.exitedOn, on),
            ),
          )
          .orderBy(asc(difficultyDeterminations.decidedOn))
          .limit(1)
      )[0],

    /** The zero-employment recognition of the person's household in force on `on`, if any. */
    zeroEmploymentOn: async (personId: string, on: string) =>
      (
        await db
          .select({ recognisedOn: zeroEmploymentHouseholds.recognisedOn })
          .from(householdMembers)
          .innerJoin(
            zeroEmploymentHouseholds,
            eq(zeroEmploymentHouseholds.householdId, householdMembers.householdId),
          )
          .where(
            and(
              eq(householdMembers.personId, personId),
              lte(zeroEmploymentHouseholds.recognisedOn, on),
              or(
                isNull(zeroEmploymentHouseholds.eliminatedOn),
                gt(zeroEmploymentHouseholds.eliminatedOn, on),
              ),
            ),
          )
          .limit(1)
      )[0],

    /** The newest unemployment registration with a recorded benefit period, made on or before `on`. */
    latestBenefit: async (personId: string, on: string) =>
      (
        await db
          .select()
          .from(unemploymentRegistrations)
          .where(
            and(
              eq(unemploymentRegistrations.personId, personId),
              lte(unemploymentRegistrations.registeredOn, on),
              isNotNull(unemploymentRegistrations.benefitUntil),
            ),
          )
          .orderBy(desc(unemploymentRegistrations.registeredOn))
          .limit(1)
      )[0],

    /** The service years the city agency confirmed (青劳社〔2024〕69号 第四条第（二）项). */
    overAgeConfirmation: (caseId: string) => confirmationOf(db, caseId),
  };
}

export type CaseFactsRepo = ReturnType<typeof createCaseFactsRepo>;
