import { count, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db, Executor } from './db/client.ts';
import { roles, userRoles, users } from './platform/access/access.schema.ts';
import { builtinRoles } from './platform/access/builtin-roles.ts';
import { generateInitialPassword, hashPassword } from './platform/auth/passwords.ts';
import { dictItems, dictTypes } from './platform/dictionaries/dictionaries.schema.ts';
import { dictionarySeed } from './platform/dictionaries/dictionary-seed.ts';
import { organisations } from './platform/orgs/orgs.schema.ts';
import { insertOrg } from './platform/orgs/orgs.service.ts';

export interface InitialAccount {
  username: string;
  role: string;
  password: string;
}

/** The three separated administrators created on first start (等保: 系统/安全/审计管理员). */
const initialAdmins = [
  { username: 'admin', displayName: '系统管理员', role: 'system_admin' },
  { username: 'secadmin', displayName: '安全管理员', role: 'security_admin' },
  { username: 'auditor', displayName: '审计管理员', role: 'audit_admin' },
];

/**
 * Idempotent start-up seeding: built-in roles and dictionaries always; on an empty database also the
 * root organisation and the three administrators, whose generated passwords are returned once (to be
 * printed) and must be changed at first login. Serialised by an advisory lock so that two processes
 * starting together seed once.
 */
export async function bootstrap(db: Db, opts: { rootOrg?: (tx: Executor) => Promise<number> } = {}) {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(727276)`);
    await seedReferenceData(tx);
    // Administrators are what a first start needs; business users (e.g. from `demo generate`)
    // may already exist.
    const [{ n }] = (await tx
      .select({ n: count() })
      .from(userRoles)
      .innerJoin(roles, eq(userRoles.roleId, roles.id))
      .where(isNotNull(roles.adminClass))) as [{ n: number }];
    if (n > 0) return { initialAccounts: [] as InitialAccount[] };
    return { initialAccounts: await createInitialAdmins(tx, opts.rootOrg) };
  });
}

/**
 * Built-in roles and dictionaries. Administrator roles are fixed by law and reasserted on every
 * start; a business role is inserted when missing, and an existing one receives the permissions
 * added to its built-in definition since it was last brought up to date (its baseline), so a new
 * feature reaches old databases while an administrator's own removals stay removed.
 */
export async function seedReferenceData(tx: Executor) {
  for (const r of builtinRoles) {
    const [existing] = await tx
      .select({ permissions: roles.permissions, baseline: roles.builtinBaseline })
      .from(roles)
      .where(eq(roles.code, r.code));
    if (!existing) {
      await tx.insert(roles).values({ ...r, builtin: true, builtinBaseline: r.permissions });
      continue;
    }
    const permissions = r.adminClass
      ? r.permissions
      : [
          ...new Set([
            ...existing.permissions,
            ...r.permissions.filter((p) => !existing.baseline.includes(p)),
          ]),
        ];
    await tx.update(roles).set({ permissions, builtinBaseline: r.permissions }).where(eq(roles.code, r.code));
  }
  for (const d of dictionarySeed) {
    await tx.insert(dictTypes).values({ code: d.code, name: d.name }).onConflictDoNothing();
    await tx
      .insert(dictItems)
      .values(d.items.map(([code, label], i) => ({ typeCode: d.code, code, label, sort: i + 1 })))
      .onConflictDoNothing();
  }
}

async function createInitialAdmins(tx: Executor, rootOrg?: (tx: Executor) => Promise<number>) {
  const [{ orgs }] = (await tx.select({ orgs: count() }).from(organisations)) as [{ orgs: number }];
  const rootId =
    orgs > 0
      ? (
          await tx
            .select({ id: organisations.id })
            .from(organisations)
            .where(sql`${organisations.parentId} is null`)
            .limit(1)
        )[0]!.id
      : rootOrg
        ? await rootOrg(tx)
        : (
            await insertOrg(
              tx,
              { parentId: null, name: '市人力资源和社会保障局', level: 'city', regionCode: '000000' },
              null,
            )
          ).id;
  const initialAccounts: InitialAccount[] = [];
  for (const a of initialAdmins) {
    const password = generateInitialPassword();
    const [u] = await tx
      .insert(users)
      .values({
        username: a.username,
        displayName: a.displayName,
        orgId: rootId,
        passwordHash: await hashPassword(password),
      })
      .returning({ id: users.id });
    const [role] = await tx.select({ id: roles.id }).from(roles).where(eq(roles.code, a.role));
    await tx.insert(userRoles).values({ userId: u!.id, roleId: role!.id });
    initialAccounts.push({ username: a.username, role: a.role, password });
  }
  return initialAccounts;
}
