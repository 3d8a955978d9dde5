import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { organisations } from '../../../platform/orgs/orgs.schema.ts';
import { qualificationCertificates as certs } from '../../registry/certificates/certificates.schema.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { caseScope } from '../cases.repo.ts';
import { cases } from '../cases.schema.ts';

/** Reads for printed documents; cases only through the case scope. */
export function createPrintRepo(db: Executor) {
  return {
    /** The organisations of a chain of ids, root first. */
    async orgChain(ids: number[]) {
      if (ids.length === 0) return [];
      const rows = await db
        .select({ id: organisations.id, name: organisations.name, level: organisations.level })
        .from(organisations)
        .where(inArray(organisations.id, ids));
      return ids.flatMap((id) => rows.filter((r) => r.id === id));
    },

    /**
     * The batch's cases the actor may read, with the certificate and the masked ID number (the masked
     * form only: the plain number never leaves the registry for a printed roster).
     */
    rosterCases: (actor: Actor, batchId: string) =>
      db
        .select({
          id: cases.id,
          number: cases.number,
          status: cases.status,
          applicantName: cases.applicantName,
          application: cases.application,
          approvedAmountFen: cases.approvedAmountFen,
          idNumberMasked: persons.idNumberMasked,
          certificateNumber: certs.number,
          occupation: certs.occupation,
          level: certs.level,
        })
        .from(cases)
        .leftJoin(persons, eq(persons.id, cases.personId))
        .leftJoin(certs, eq(certs.id, cases.certificateId))
        .where(and(caseScope(actor, 'case:read'), eq(cases.batchId, batchId)))
        .orderBy(asc(cases.number)),
  };
}
