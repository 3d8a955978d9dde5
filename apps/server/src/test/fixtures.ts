import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { roles, userRoles, users } from '../platform/access/access.schema.ts';
import { hashPassword } from '../platform/auth/passwords.ts';
import { insertOrg } from '../platform/orgs/orgs.service.ts';
import { defaultSecuritySettings, saveSecuritySettings } from '../platform/security/security-settings.ts';

export const TEST_PASSWORD = 'Test-Passw0rd!';
/**
 * One argon2id hash of TEST_PASSWORD per worker: a salted hash verifies for every user it is
 * stored on, and hashing it afresh for each of a file's nine role users took about 1.1 s per file.
 */
let testPasswordHash: Promise<string> | undefined;
function passwordHashFor(plain: string) {
  if (plain !== TEST_PASSWORD) return hashPassword(plain);
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  return testPasswordHash;
}

/** A small city: one district with two streets, each with one community. */
export async function seedTestCity(db: Db) {
  return db.transaction(async (tx) => {
    const city = await insertOrg(
      tx,
      { parentId: null, name: '测试市', level: 'city', regionCode: '370900' },
      null,
    );
    const district = await insertOrg(
      tx,
      { parentId: city.id, name: '肥城市', level: 'district', regionCode: '370983' },
      city.path,
    );
    const street1 = await insertOrg(
      tx,
      { parentId: district.id, name: '新城街道', level: 'street', regionCode: '370983001' },
      district.path,
    );
    const street2 = await insertOrg(
      tx,
      { parentId: district.id, name: '老城街道', level: 'street', regionCode: '370983002' },
      district.path,
    );
    const community1 = await insertOrg(
      tx,
      { parentId: street1.id, name: '新城社区', level: 'community', regionCode: '370983001001' },
      street1.path,
    );
    const community2 = await insertOrg(
      tx,
      { parentId: street2.id, name: '老城社区', level: 'community', regionCode: '370983002001' },
      street2.path,
    );
    return { city, district, street1, street2, community1, community2 };
  });
}

export type TestCity = Awaited<ReturnType<typeof seedTestCity>>;

/** Creates a signed-up user (password already changed, no second factor) holding the given roles. */
export async function createUser(
  db: Db,
  opts: { username: string; orgId: number; roles: string[]; mustChangePassword?: boolean; password?: string },
) {
  const [u] = await db
    .insert(users)
    .values({
      username: opts.username,
      displayName: opts.username,
      orgId: opts.orgId,
      passwordHash: await passwordHashFor(opts.password ?? TEST_PASSWORD),
      mustChangePassword: opts.mustChangePassword ?? false,
    })
    .returning();
  for (const code of opts.roles) {
    const [role] = await db.select().from(roles).where(eq(roles.code, code));
    if (!role) throw new Error(`unknown role ${code}`);
    await db.insert(userRoles).values({ userId: u!.id, roleId: role.id });
  }
  return u!;
}

/** One user per built-in role, placed where that role works. */
export async function seedRoleUsers(db: Db, city: TestCity) {
  const spec = [
    ['reviewer', city.city.id, 'city_reviewer'],
    ['officer1', city.street1.id, 'street_officer'],
    ['officer2', city.street2.id, 'street_officer'],
    ['worker1', city.community1.id, 'community_worker'],
    ['finance', city.city.id, 'finance_officer'],
    ['institution', city.street1.id, 'training_institution'],
    ['sysadmin', city.city.id, 'system_admin'],
    ['secadmin', city.city.id, 'security_admin'],
    ['auditadmin', city.city.id, 'audit_admin'],
  ] as const;
  const out: Record<(typeof spec)[number][0], typeof users.$inferSelect> = {} as never;
  for (const [username, orgId, role] of spec)
    out[username] = await createUser(db, { username, orgId, roles: [role] });
  return out;
}

/** Most API tests sign administrators in without a second factor; the TOTP tests turn it back on. */
export const disableAdminMfa = (db: Db) =>
  saveSecuritySettings(db, { ...defaultSecuritySettings, adminMfaRequired: false });
