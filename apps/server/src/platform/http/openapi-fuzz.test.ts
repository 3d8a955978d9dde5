import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { listWelder, ZHUHAI, zhuhaiApplicant, zhuhaiCaseBody } from '../../modules/cases/cases.fixtures.ts';
import { labourContracts } from '../../modules/registry/contracts/contracts.schema.ts';
import { creditCode } from '../../modules/registry/employers/employers.fixtures.ts';
import { addHousehold } from '../../modules/registry/households/households.fixtures.ts';
import { residentId } from '../../modules/registry/persons/persons.fixtures.ts';
import { insertTestInstitution } from '../../modules/training/training.fixtures.ts';
import { createUser } from '../../test/fixtures.ts';
import { arbitraryOf, type Pools } from '../../test/json-schema-arbitrary.ts';
import {
  documentedOperations,
  type JsonSchema,
  type Operation,
  urlOf,
} from '../../test/openapi-operations.ts';
import { createTestApp, type TestClient } from '../../test/test-app.ts';
import { roles } from '../access/access.schema.ts';
import { permissionCatalogue } from '../access/permissions.ts';
import { INT4_MAX } from './input-schemas.ts';

/**
 * Every operation of the OpenAPI document, fuzzed from its own schemas plus hostile values (NUL,
 * lone surrogates, huge integers, years 0000 and 9999, wrong types, very long strings), signed in
 * with every permission and without a session. No answer may be a 5xx. Fixed seed and count:
 * `FUZZ_SEED` / `FUZZ_RUNS` explore further locally.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_204);
const SIGNED_IN_RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const ANONYMOUS_RUNS = 3;
/** Operations that hash a password (argon2, deliberately slow) get fewer requests. */
const PASSWORD_HASHING_RUNS = 6;
const passwordHashing = new Set([
  'POST /api/auth/login',
  'POST /api/auth/change-password',
  'POST /api/users',
  'POST /api/users/{id}/reset-password',
]);

/** Operations that end or change the session itself are fuzzed with a spare user's session. */
const sessionChanging = new Set([
  'POST /api/auth/logout',
  'POST /api/auth/change-password',
  'POST /api/auth/totp/enrol',
  'POST /api/auth/totp/confirm',
  'POST /api/auth/totp/verify',
]);

const rawBodies = ['{"a":', '\u0000', '{"name":"\\u0000"}', '[]', 'null', '"x"', '{"__proto__":{"x":1}}'];

interface FuzzRequest {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  /** The JSON text sent, if any. */
  body?: string;
}

/** A path parameter named `id` draws on the pool of the segment before it (`/persons/{id}` → persons). */
const poolKey = (op: Operation, name: string) =>
  name === 'id' ? (op.path.match(new RegExp(`/([^/]+)/\\{${name}\\}`))?.[1] ?? name) : name;

function requests(op: Operation, pools: Pools): fc.Arbitrary<FuzzRequest> {
  const record = (where: 'path' | 'query') => {
    const params = op.parameters.filter((p) => p.in === where);
    return fc.record(
      Object.fromEntries(params.map((p) => [p.name, arbitraryOf(p.schema, pools, poolKey(op, p.name))])),
      {
        requiredKeys:
          where === 'path' ? params.map((p) => p.name) : params.filter((p) => p.required).map((p) => p.name),
      },
    );
  };
  const body = op.body
    ? fc.oneof(
        { weight: 12, arbitrary: arbitraryOf(op.body, pools).map((b) => JSON.stringify(b)) },
        { weight: 1, arbitrary: fc.constantFrom(...rawBodies) },
      )
    : fc.constant(undefined);
  return fc.record({ path: record('path'), query: record('query'), body }) as fc.Arbitrary<FuzzRequest>;
}

/** A seed per operation, so that adding an operation leaves the others' requests unchanged. */
const seedOf = (key: string) => SEED ^ createHash('sha256').update(key).digest().readInt32BE(0);

const t = await createTestApp();
const operations = await documentedOperations(t.app);

async function fixtures(fuzzer: TestClient): Promise<Pools> {
  const [role] = await t.db.select({ id: roles.id, code: roles.code }).from(roles);
  await listWelder(t);
  const applicant = await zhuhaiApplicant(t, fuzzer, fuzzer, 1);
  const kase = await fuzzer.post('/api/cases', zhuhaiCaseBody(applicant));
  const household = await addHousehold(fuzzer, t.city.street1.id, 2);
  const [contract] = await t.db.select({ id: labourContracts.id }).from(labourContracts);
  const orgs = Object.values(t.city).map((o) => o.id);
  const institution = await insertTestInstitution(t.db, { org: t.city.street1 });
  return {
    persons: [applicant.personId, household.head],
    personId: [applicant.personId, household.head],
    headPersonId: [household.head],
    employers: [applicant.employerId],
    employerId: [applicant.employerId],
    certificates: [applicant.certificateId],
    certificateId: [applicant.certificateId],
    contracts: [contract!.id],
    households: [household.id],
    cases: [kase.body.id],
    caseId: [kase.body.id],
    orgs,
    orgId: orgs,
    parentId: orgs,
    stationId: orgs,
    users: [t.users.worker1.id, t.users.officer2.id],
    roles: [role!.id],
    dicts: ['education', 'hukou_type', 'ethnicity'],
    policies: [ZHUHAI],
    'case-types': [ZHUHAI],
    caseTypeId: [ZHUHAI],
    kind: ['persons', 'contracts', 'contributions', 'pension', 'medical'],
    idNumber: Array.from({ length: 20 }, (_, i) => residentId('370983', '19800101', 100 + i)),
    creditCode: Array.from({ length: 20 }, (_, i) => creditCode(100 + i)),
    institutions: [institution.id],
    hukouType: ['urban', 'rural'],
    hukouPlace: ['local', 'in_province', 'out_of_province'],
  };
}

/** Integer fields stored in `bigint` columns (amounts in fen), allowed past the 32-bit range. */
const bigintFields = new Set(['POST /api/cases/{id}/override-amount body.amountFen']);

/** Every string, number and list a request may carry, where its schema leaves it unbounded. */
function unbounded(schema: JsonSchema, where: string): string[] {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return alternatives.flatMap((s) => unbounded(s, where));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  const out: string[] = [];
  const named = schema.enum || schema.const !== undefined || schema.format || schema.pattern;
  if (type === 'string' && schema.maxLength === undefined && !named)
    out.push(`${where}: string without maxLength`);
  if (type === 'integer' && !bigintFields.has(where) && !((schema.maximum ?? Infinity) <= INT4_MAX))
    out.push(`${where}: integer beyond ${INT4_MAX}`);
  if (type === 'number' && schema.maximum === undefined) out.push(`${where}: number without maximum`);
  if (type === 'array' && schema.maxItems === undefined) out.push(`${where}: array without maxItems`);
  for (const [k, s] of Object.entries(schema.properties ?? {})) out.push(...unbounded(s, `${where}.${k}`));
  if (schema.items) out.push(...unbounded(schema.items, `${where}[]`));
  if (typeof schema.additionalProperties === 'object')
    out.push(...unbounded(schema.additionalProperties, `${where}{}`));
  return out;
}

describe('the OpenAPI document', () => {
  it('bounds every string, number and list of every request', () => {
    const found = operations.flatMap((op) => [
      ...op.parameters.flatMap((p) => unbounded(p.schema, `${op.key} ${p.in}:${p.name}`)),
      ...(op.body ? unbounded(op.body, `${op.key} body`) : []),
    ]);
    expect(found).toEqual([]);
  });
});

describe('every documented operation answers fuzzed input without a server error', () => {
  let fuzzer: TestClient;
  let spare: TestClient;
  let pools: Pools;
  beforeAll(async () => {
    const [role] = await t.db
      .insert(roles)
      .values({
        code: 'fuzz_all',
        name: '全部权限（测试）',
        permissions: permissionCatalogue.map((p) => p.code),
        dataScope: 'all',
      })
      .returning();
    await createUser(t.db, { username: 'fuzzer', orgId: t.city.city.id, roles: [role!.code] });
    await createUser(t.db, { username: 'spare', orgId: t.city.street1.id, roles: ['street_officer'] });
    fuzzer = await t.login('fuzzer');
    spare = await t.login('spare');
    pools = await fixtures(fuzzer);
  });

  async function send(op: Operation, req: FuzzRequest, session?: TestClient) {
    const url = urlOf(op, req.path, req.query);
    const res = await t.app.inject({
      method: op.method,
      url,
      headers: {
        ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {}),
        ...(req.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(req.body === undefined ? {} : { payload: req.body }),
    });
    return { url, status: res.statusCode, answer: res.body.slice(0, 300) };
  }

  it.each(operations.map((o) => [o.key, o] as const))('%s', async (key, op) => {
    const seed = seedOf(key);
    const runs = passwordHashing.has(key) ? PASSWORD_HASHING_RUNS : SIGNED_IN_RUNS;
    const signedIn = fc.sample(requests(op, pools), { seed, numRuns: runs });
    const anonymous = fc.sample(requests(op, pools), { seed: seed + 1, numRuns: ANONYMOUS_RUNS });
    const session = sessionChanging.has(key) ? spare : fuzzer;
    const failures: string[] = [];
    for (const [req, who] of [
      ...signedIn.map((r) => [r, session] as const),
      ...anonymous.map((r) => [r, undefined] as const),
    ]) {
      const res = await send(op, req, who);
      if (res.status >= 500) {
        failures.push(
          `${res.status} ${who ? 'signed in' : 'no session'}: ${op.method} ${res.url}` +
            (req.body === undefined ? '' : `\n  body ${JSON.stringify(req.body)}`) +
            `\n  answer ${res.answer}`,
        );
      }
    }
    expect(failures, `seed ${seed}:\n${failures.join('\n')}`).toEqual([]);
  });
});
