import { and, asc, desc, eq, gt, isNull, lte, or } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { qualificationCertificates as certs } from '../registry/certificates.schema.ts';
import { labourContracts } from '../registry/contracts.schema.ts';
import { insuranceContributions } from '../registry/contributions.schema.ts';
import { persons } from '../registry/persons.schema.ts';
import { isListedOn } from '../registry/shortage-occupations.service.ts';
import { confirmationOf } from './over-age/over-age.repo.ts';

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

    /** The service years the city agency confirmed (青劳社〔2024〕69号 第四条第（二）项). */
    overAgeConfirmation: (caseId: string) => confirmationOf(db, caseId),
  };
}

export type CaseFactsRepo = ReturnType<typeof createCaseFactsRepo>;
