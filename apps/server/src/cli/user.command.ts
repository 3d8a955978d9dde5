import type { Command } from 'commander';
import { eq } from 'drizzle-orm';
import type { Config } from '../config.ts';
import { roles, userRoles, users } from '../platform/access/access.schema.ts';
import { systemActor } from '../platform/access/actor.ts';
import { recordAudit } from '../platform/audit/audit.service.ts';
import { sessions } from '../platform/auth/auth.schema.ts';
import { generateInitialPassword, hashPassword } from '../platform/auth/passwords.ts';
import { organisations } from '../platform/orgs/orgs.schema.ts';
import { fail, withDatabase } from './with-database.ts';

/**
 * Account commands for the operator at the server console (first install, lost administrator
 * password). Every change is audited as the system actor.
 */
export function userCommands(program: Command, config: () => Config) {
  const user = program.command('user').description('用户账号 (user accounts)');

  user
    .command('create')
    .description('新建用户，打印一次性初始密码 (create a user; prints a one-time password)')
    .requiredOption('--username <username>', '登录名')
    .requiredOption('--org <regionCode>', '所属机构的区划代码')
    .requiredOption('--role <code>', '角色代码，例如 street_officer')
    .option('--name <displayName>', '姓名')
    .action(async (o: { username: string; org: string; role: string; name?: string }) => {
      await withDatabase(config(), async ({ db }) => {
        const [org] = await db.select().from(organisations).where(eq(organisations.regionCode, o.org));
        if (!org) fail(`区划代码为 ${o.org} 的机构不存在`);
        const [role] = await db.select().from(roles).where(eq(roles.code, o.role));
        if (!role) fail(`角色 ${o.role} 不存在`);
        const [existing] = await db
          .select({ id: users.id })
          .from(users)
          .where(eq(users.username, o.username));
        if (existing) fail(`登录名 ${o.username} 已存在`);
        const password = generateInitialPassword();
        const passwordHash = await hashPassword(password);
        await db.transaction(async (tx) => {
          const [u] = await tx
            .insert(users)
            .values({ username: o.username, displayName: o.name ?? o.username, orgId: org.id, passwordHash })
            .returning({ id: users.id });
          await tx.insert(userRoles).values({ userId: u!.id, roleId: role.id });
          await recordAudit(tx, systemActor(org.id, org.path), {
            action: 'user.create',
            targetType: 'user',
            targetId: u!.id,
            detail: { via: 'cli', username: o.username, role: o.role, orgId: org.id },
          });
        });
        console.log(`已创建用户 ${o.username}（${role.name}，${org.name}）`);
        console.log(`初始密码（仅显示一次，首次登录须修改）：${password}`);
      });
    });

  user
    .command('reset-password <username>')
    .description('重置密码并解除锁定，打印一次性密码 (reset a password and unlock)')
    .action(async (username: string) => {
      await withDatabase(config(), async ({ db }) => {
        const [u] = await db.select().from(users).where(eq(users.username, username));
        if (!u) fail(`用户 ${username} 不存在`);
        const password = generateInitialPassword();
        const passwordHash = await hashPassword(password);
        await db.transaction(async (tx) => {
          await tx
            .update(users)
            .set({ passwordHash, mustChangePassword: true, failedAttempts: 0, lockedUntil: null })
            .where(eq(users.id, u.id));
          await tx.delete(sessions).where(eq(sessions.userId, u.id));
          await recordAudit(tx, systemActor(u.orgId, ''), {
            action: 'user.reset_password',
            targetType: 'user',
            targetId: u.id,
            detail: { via: 'cli', username },
          });
        });
        console.log(`已重置 ${username} 的密码并解除锁定，其全部会话已下线`);
        console.log(`一次性密码（仅显示一次，登录后须修改）：${password}`);
      });
    });
}
