import type { Db } from '../../../db/client.ts';
import { type Actor, hasPermission } from '../../../platform/access/actor.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { DomainError, forbidden, invalid, notFound } from '../../../platform/errors.ts';
import { linkableAccounts } from '../linkable-accounts.repo.ts';
import { poolFilter } from './expert-scope.ts';
import { createExpertsRepo } from './experts.repo.ts';
import { entrepreneurshipExperts as experts } from './experts.schema.ts';

export interface ExpertInput {
  name: string;
  field: string;
  organisation: string;
  qualifications: string | null;
  /** the sign-in account (role `expert`) through which the expert writes opinions */
  userId: string | null;
}

const cols = { orgId: experts.orgId, orgPath: experts.orgPath };
const stale = () => new DomainError('STALE', '该专家信息已被他人修改，请刷新后重试');

/**
 * 创业专家库 (000 第五篇 三(十二)): kept by the city (`entrepreneurship:manage`), read by every
 * station below it when assigning plans; each expert with their average trainee rating and the
 * number of reviews written.
 */
export function createExpertsService(deps: { db: Db }) {
  const { db } = deps;
  const repo = createExpertsRepo(db);
  const managed = (actor: Actor) => accessFilter(actor, 'entrepreneurship:manage', cols);

  async function checkAccount(userId: string | null) {
    if (userId && !(await repo.isExpertUser(userId))) throw invalid('关联的账号须具有「创业专家」角色');
  }

  return {
    list: (actor: Actor) => repo.list(poolFilter(actor, cols)),

    /** Accounts of role `expert` the city may link an expert to, with the expert each is linked to. */
    async accounts(actor: Actor) {
      if (!hasPermission(actor, 'entrepreneurship:manage')) throw forbidden();
      return linkableAccounts(db, actor, 'expert', await repo.linkedAccounts());
    },

    async get(actor: Actor, id: string) {
      const row = await repo.find(id, poolFilter(actor, cols));
      if (!row) throw notFound('专家');
      return row;
    },

    async create(actor: Actor, input: ExpertInput) {
      await checkAccount(input.userId);
      const id = await db.transaction(async (tx) => {
        const row = await createExpertsRepo(tx).insert({
          ...input,
          orgId: actor.orgId,
          orgPath: actor.orgPath,
          createdBy: actor.userId,
        });
        await recordAudit(tx, actor, {
          action: 'entrepreneurship.expert.create',
          targetType: 'entrepreneurship_expert',
          targetId: row.id,
          detail: { field: input.field, linked: input.userId !== null },
        });
        return row.id;
      });
      return this.get(actor, id);
    },

    async update(actor: Actor, id: string, input: ExpertInput & { version: number }) {
      const row = await repo.find(id, managed(actor));
      if (!row) throw notFound('专家');
      await checkAccount(input.userId);
      const { version, ...values } = input;
      await db.transaction(async (tx) => {
        const saved = await createExpertsRepo(tx).update(id, version, values);
        if (!saved) throw stale();
        await recordAudit(tx, actor, {
          action: 'entrepreneurship.expert.update',
          targetType: 'entrepreneurship_expert',
          targetId: id,
          detail: { linked: input.userId !== null },
        });
      });
      return this.get(actor, id);
    },

    /** Suspend (with the reason) or reinstate an expert; a suspended expert takes no new assignment. */
    async setStatus(
      actor: Actor,
      id: string,
      input: { status: 'active' | 'suspended'; reason: string | null; version: number },
    ) {
      const row = await repo.find(id, managed(actor));
      if (!row) throw notFound('专家');
      if (input.status === 'suspended' && !input.reason) throw invalid('暂停专家须说明原因');
      await db.transaction(async (tx) => {
        const saved = await createExpertsRepo(tx).update(id, input.version, {
          status: input.status,
          statusReason: input.status === 'suspended' ? input.reason : null,
        });
        if (!saved) throw stale();
        await recordAudit(tx, actor, {
          action: 'entrepreneurship.expert.status',
          targetType: 'entrepreneurship_expert',
          targetId: id,
          detail: { from: row.status, to: input.status, reason: input.reason },
        });
      });
      return this.get(actor, id);
    },
  };
}

export type ExpertsService = ReturnType<typeof createExpertsService>;
