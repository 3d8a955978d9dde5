import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { accessFilter } from '../../platform/access/scope.ts';
import { organisations } from '../../platform/orgs/orgs.schema.ts';
import { qualificationCertificates as certs } from '../registry/certificates/certificates.schema.ts';
import { employers } from '../registry/employers/employers.schema.ts';
import { persons } from '../registry/persons/persons.schema.ts';

/** Who a case can be filed for: people and employers the actor may read, and organisations. */
export function createCaseApplicantsRepo(db: Executor) {
  return {
    async person(actor: Actor, id: string) {
      const [row] = await db
        .select({
          id: persons.id,
          name: persons.name,
          idNumberMasked: persons.idNumberMasked,
          orgId: persons.orgId,
          orgPath: persons.orgPath,
        })
        .from(persons)
        .where(
          and(
            accessFilter(actor, 'person:read', {
              orgId: persons.orgId,
              orgPath: persons.orgPath,
              owner: persons.createdBy,
            }),
            eq(persons.id, id),
          ),
        );
      return row;
    },

    async employer(actor: Actor, id: string) {
      const [row] = await db
        .select({
          id: employers.id,
          name: employers.name,
          orgId: employers.orgId,
          orgPath: employers.orgPath,
        })
        .from(employers)
        .where(
          and(
            accessFilter(actor, 'employer:read', {
              orgId: employers.orgId,
              orgPath: employers.orgPath,
              owner: employers.createdBy,
            }),
            eq(employers.id, id),
          ),
        );
      return row;
    },

    async certificateOf(personId: string, id: string) {
      const [row] = await db
        .select({ id: certs.id, level: certs.level, issuedOn: certs.issuedOn, occupation: certs.occupation })
        .from(certs)
        .where(and(eq(certs.id, id), eq(certs.personId, personId)));
      return row;
    },

    org: async (id: number) =>
      (
        await db
          .select({ id: organisations.id, name: organisations.name, path: organisations.path })
          .from(organisations)
          .where(eq(organisations.id, id))
      )[0],
  };
}
