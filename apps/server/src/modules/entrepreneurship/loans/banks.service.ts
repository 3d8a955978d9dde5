import { eq, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { type Actor, hasPermission } from '../../../platform/access/actor.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { conflict, forbidden, invalid, notFound } from '../../../platform/errors.ts';
import { userInScope } from '../../../platform/users/users.repo.ts';
import { linkableAccounts } from '../linkable-accounts.repo.ts';
import { bankOfUser } from './bank-scope.ts';
import { createBanksRepo } from './banks.repo.ts';
import { lendingBanks } from './loans.schema.ts';

const manageScope = (actor: Actor) =>
  accessFilter(actor, 'entrepreneurship:manage', {
    orgId: lendingBanks.orgId,
    orgPath: lendingBanks.orgPath,
  });

/**
 * Banks an actor may see: the bureau's by data scope and those registered above them (the city's
 * register, so that a street officer can name the bank of an application), a bank user its own bank.
 */
async function bankReadScope(db: Db, actor: Actor): Promise<SQL> {
  const parts: SQL[] = [];
  if (hasPermission(actor, 'entrepreneurship:read'))
    parts.push(
      accessFilter(actor, 'entrepreneurship:read', {
        orgId: lendingBanks.orgId,
        orgPath: lendingBanks.orgPath,
      }),
      sql`starts_with(${actor.orgPath}, ${lendingBanks.orgPath})`,
    );
  const own = hasPermission(actor, 'loan:operate') ? await bankOfUser(db, actor.userId) : null;
  if (own) parts.push(eq(lendingBanks.id, own));
  if (parts.length === 0) return sql`false`;
  return parts.length === 1 ? parts[0]! : or(...parts)!;
}

/** The 经办银行 register (city `entrepreneurship:manage`) and the bank staff accounts linked to each. */
export function createBanksService(deps: { db: Db }) {
  const { db } = deps;
  const repo = createBanksRepo(db);

  async function detail(actor: Actor, id: string) {
    const bank = await repo.row(await bankReadScope(db, actor), id);
    if (!bank) throw notFound('经办银行');
    const bureau = hasPermission(actor, 'entrepreneurship:manage');
    return { id: bank.id, name: bank.name, code: bank.code, staff: bureau ? await repo.staff(id) : [] };
  }

  return {
    detail,
    list: async (actor: Actor) => repo.list(await bankReadScope(db, actor)),

    async register(actor: Actor, input: { name: string; code: string }) {
      if (!hasPermission(actor, 'entrepreneurship:manage')) throw forbidden();
      return db.transaction(async (tx) => {
        const row = await createBanksRepo(tx).insert({
          ...input,
          orgId: actor.orgId,
          orgPath: actor.orgPath,
          createdBy: actor.userId,
        });
        if (!row) throw conflict(`金融机构编码「${input.code}」已登记`);
        await recordAudit(tx, actor, {
          action: 'lending_bank.register',
          targetType: 'lending_bank',
          targetId: row.id,
          detail: { code: row.code },
        });
        return { id: row.id, name: row.name, code: row.code, staff: [] };
      });
    },

    /** Accounts of role `bank_officer` the city may link to a bank, with the bank each works for. */
    async accounts(actor: Actor) {
      if (!hasPermission(actor, 'entrepreneurship:manage')) throw forbidden();
      return linkableAccounts(db, actor, 'bank_officer', await repo.linkedAccounts());
    },

    /** Links an account holding the bank role to a bank (one bank per account). */
    async linkStaff(actor: Actor, bankId: string, userId: string) {
      if (!hasPermission(actor, 'entrepreneurship:manage')) throw forbidden();
      if (!(await repo.row(manageScope(actor), bankId))) throw notFound('经办银行');
      const user = await userInScope(db, actor, 'entrepreneurship:manage', userId);
      if (!user) throw notFound('用户');
      if (!user.roles.includes('bank_officer'))
        throw invalid(`账号「${user.username}」不是经办银行角色，不能关联到银行`);
      await db.transaction(async (tx) => {
        const linked = await bankOfUser(tx, userId);
        if (linked)
          throw conflict(`账号「${user.username}」已关联到${linked === bankId ? '本' : '其他'}银行`);
        await createBanksRepo(tx).link(userId, bankId);
        await recordAudit(tx, actor, {
          action: 'lending_bank.staff_link',
          targetType: 'lending_bank',
          targetId: bankId,
          detail: { userId },
        });
      });
      return detail(actor, bankId);
    },
  };
}

export type BanksService = ReturnType<typeof createBanksService>;
