import { and, asc, gte, inArray, lte } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { trainingClasses } from '../classes/classes.schema.ts';
import { trainingInstitutions } from './institutions.schema.ts';

/**
 * The public list's two queries. They select named columns only: nothing about a person (no
 * teacher, no trainee, no account, no phone) can reach the page without login.
 */
export function createInstitutionsPublicRepo(db: Executor) {
  return {
    /** Designated or rectifying institutions within their validity on `today`. */
    listed: (today: string) =>
      db
        .select({
          id: trainingInstitutions.id,
          number: trainingInstitutions.number,
          name: trainingInstitutions.name,
          address: trainingInstitutions.address,
          occupations: trainingInstitutions.occupations,
          status: trainingInstitutions.status,
          statusReason: trainingInstitutions.statusReason,
          rectifyBy: trainingInstitutions.rectifyBy,
          validFrom: trainingInstitutions.validFrom,
          validTo: trainingInstitutions.validTo,
        })
        .from(trainingInstitutions)
        .where(
          and(
            inArray(trainingInstitutions.status, ['designated', 'rectifying']),
            lte(trainingInstitutions.validFrom, today),
            gte(trainingInstitutions.validTo, today),
          ),
        )
        .orderBy(asc(trainingInstitutions.number)),

    /** Their approved (not yet started) and running classes. */
    classes: (institutionIds: string[]) =>
      institutionIds.length === 0
        ? Promise.resolve([])
        : db
            .select({
              institutionId: trainingClasses.institutionId,
              number: trainingClasses.number,
              occupation: trainingClasses.occupation,
              level: trainingClasses.level,
              hours: trainingClasses.hours,
              startsOn: trainingClasses.startsOn,
              endsOn: trainingClasses.endsOn,
              place: trainingClasses.place,
              capacity: trainingClasses.capacity,
              status: trainingClasses.status,
            })
            .from(trainingClasses)
            .where(
              and(
                inArray(trainingClasses.institutionId, institutionIds),
                inArray(trainingClasses.status, ['approved', 'running']),
              ),
            )
            .orderBy(asc(trainingClasses.startsOn), asc(trainingClasses.number)),
  };
}
