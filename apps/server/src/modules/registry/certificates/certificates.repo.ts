import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Permission } from '../../../platform/access/permissions.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { persons } from '../persons/persons.schema.ts';
import { qualificationCertificates as certs } from './certificates.schema.ts';

// Certificates follow their person: a certificate is in scope exactly when its person is.
const personScoped = (actor: Actor, permission: Permission) =>
  accessFilter(actor, permission, {
    orgId: persons.orgId,
    orgPath: persons.orgPath,
    owner: persons.createdBy,
  });

const columns = {
  id: certs.id,
  personId: certs.personId,
  number: certs.number,
  occupation: certs.occupation,
  level: certs.level,
  issuedOn: certs.issuedOn,
  issuer: certs.issuer,
  obtainedBy: certs.obtainedBy,
  createdAt: certs.createdAt,
  version: certs.version,
};

export type CertificateRow = typeof certs.$inferSelect;
export type NewCertificateRow = typeof certs.$inferInsert;

export function createCertificatesRepo(db: Executor) {
  return {
    /** The person when in the actor's scope for `permission`. */
    async person(actor: Actor, personId: string, permission: Permission) {
      const [row] = await db
        .select({
          id: persons.id,
          birthDate: persons.birthDate,
          orgId: persons.orgId,
          orgPath: persons.orgPath,
        })
        .from(persons)
        .where(and(personScoped(actor, permission), eq(persons.id, personId)));
      return row;
    },

    listOfPerson: (personId: string) =>
      db
        .select(columns)
        .from(certs)
        .where(eq(certs.personId, personId))
        .orderBy(asc(certs.issuedOn), asc(certs.id)),

    one: async (id: string) => (await db.select(columns).from(certs).where(eq(certs.id, id)))[0],

    /** The certificate row when its person is in the actor's scope for `permission`. */
    async row(actor: Actor, id: string, permission: Permission): Promise<CertificateRow | undefined> {
      const [row] = await db
        .select({ cert: certs })
        .from(certs)
        .innerJoin(persons, eq(persons.id, certs.personId))
        .where(and(personScoped(actor, permission), eq(certs.id, id)));
      return row?.cert;
    },

    existsByNumber: async (number: string) =>
      (await db.select({ id: certs.id }).from(certs).where(eq(certs.number, number)).limit(1)).length > 0,

    insert: async (row: NewCertificateRow) =>
      (await db.insert(certs).values(row).returning({ id: certs.id }))[0]!,

    /** Optimistic update: only when the version still matches; answers the new version or undefined. */
    async update(id: string, version: number, patch: Partial<NewCertificateRow>) {
      const [row] = await db
        .update(certs)
        .set({ ...patch, version: version + 1 })
        .where(and(eq(certs.id, id), eq(certs.version, version)))
        .returning({ version: certs.version });
      return row;
    },
  };
}
