import { maskResidentId } from '@minsheng/rules/national/resident-id.ts';
import { and, eq, inArray, like } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { maskPhone } from '../modules/registry/persons/person-fields.ts';
import { persons } from '../modules/registry/persons/persons.schema.ts';
import { users } from '../platform/access/access.schema.ts';
import type { FieldCipher } from '../platform/crypto.ts';
import { DomainError } from '../platform/errors.ts';
import { organisations } from '../platform/orgs/orgs.schema.ts';
import { type DemoCommunity, type DemoPerson, demoPersons } from './demo-persons.ts';

// About 20 columns a row: 500 rows stay far below PostgreSQL's 65 535 parameters per statement.
const CHUNK = 500;

/**
 * Encrypts, hashes and masks the generated persons and inserts them in chunks (linear in the
 * count). A number already registered is skipped, so adding more persons to a city is safe.
 * Answers how many rows were inserted.
 */
export async function insertDemoPersons(
  tx: Executor,
  cipher: FieldCipher,
  people: Iterable<DemoPerson>,
  registrarOf: (p: DemoPerson, index: number) => string | null,
): Promise<number> {
  const now = Date.now();
  let inserted = 0;
  let index = 0;
  for (const chunk of chunks(people, CHUNK)) {
    const rows = await tx
      .insert(persons)
      .values(
        chunk.map((p) => {
          const { idNumber, phone, registeredDaysAgo, ...rest } = p;
          const at = new Date(now - registeredDaysAgo * 86_400_000);
          return {
            ...rest,
            idNumberEnc: cipher.encrypt(idNumber),
            idNumberHash: cipher.lookupHash(idNumber),
            idNumberMasked: maskResidentId(idNumber),
            phoneEnc: cipher.encrypt(phone),
            phoneHash: cipher.lookupHash(phone),
            phoneMasked: maskPhone(phone),
            createdBy: registrarOf(p, index++),
            createdAt: at,
            updatedAt: at,
          };
        }),
      )
      .onConflictDoNothing({ target: persons.idNumberHash })
      .returning({ id: persons.id });
    inserted += rows.length;
  }
  return inserted;
}

function* chunks<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/**
 * More persons for an existing demo city (`minsheng demo generate --persons N` on a database that
 * already has one), spread over its communities and registered by each street's demo officer.
 */
export async function addDemoPersons(
  tx: Executor,
  cipher: FieldCipher,
  opts: { persons: number; seed: number },
): Promise<{ inserted: number }> {
  const [city] = await tx
    .select({ path: organisations.path })
    .from(organisations)
    .where(eq(organisations.regionCode, '370900'));
  if (!city) throw new DomainError('NOT_FOUND', '演示城市（泰安市 370900）不存在，请先创建');
  const orgs = await tx
    .select({
      id: organisations.id,
      path: organisations.path,
      regionCode: organisations.regionCode,
      name: organisations.name,
    })
    .from(organisations)
    .where(and(like(organisations.path, `${city.path}%`), eq(organisations.level, 'community')));
  const communities: DemoCommunity[] = orgs.map((o) => ({ ...o, address: `泰安市${o.name}` }));
  const officers = await tx
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(inArray(users.username, [...new Set(orgs.map((o) => `jd_${o.regionCode.slice(0, 9)}`))]));
  const officerOf = new Map(officers.map((u) => [u.username.slice(3), u.id]));
  const people = demoPersons(opts.seed, opts.persons, communities);
  const byOrg = new Map(orgs.map((o) => [o.id, o.regionCode.slice(0, 9)]));
  return {
    inserted: await insertDemoPersons(tx, cipher, people, (p) => officerOf.get(byOrg.get(p.orgId)!) ?? null),
  };
}
