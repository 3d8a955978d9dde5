import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import { conflict, DomainError, invalid, notFound } from '../../../platform/errors.ts';
import { createTrainingOrgsRepo } from '../../training/training-orgs.repo.ts';
import { createIncubationRepo } from './incubation.repo.ts';

export interface BaseInput {
  orgId: number;
  name: string;
  address: string;
  operator: string;
  capacity: number;
  openedOn: string;
}

export interface ResidentInput {
  fileId: string;
  businessId?: string | null | undefined;
  enteredOn: string;
}

/**
 * 创业孵化基地 and 创业者联谊会 (000 第五篇 三(五), 三(七)): simple registers, enough to count — bases
 * with their capacity and residents (entry, exit with reason), and the association's members read
 * from the trainee files.
 */
export function createIncubationService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  const repo = createIncubationRepo(db);
  const orgs = createTrainingOrgsRepo(db);

  async function base(
    actor: Actor,
    id: string,
    permission: 'entrepreneurship:read' | 'entrepreneurship:write',
  ) {
    const b = await repo.base(actor, id, permission);
    if (!b) throw notFound('孵化基地');
    return b;
  }

  return {
    async listBases(actor: Actor) {
      const today = clock.today();
      return {
        asOf: today,
        bases: await repo.listBases(actor, today),
        association: await repo.associationMembers(actor, today),
      };
    },

    async getBase(actor: Actor, id: string) {
      const b = await base(actor, id, 'entrepreneurship:read');
      const today = clock.today();
      const residents = await repo.residentsOf(actor, id);
      // the page names the residents (name, masked ID number): each read is audited
      await recordAudit(db, actor, {
        action: 'entrepreneurship.incubation.base.read',
        targetType: 'incubation_base',
        targetId: id,
        detail: { residents: residents.length },
      });
      return { ...b, asOf: today, residentsNow: await repo.residentsNow(id, today), residents };
    },

    async createBase(actor: Actor, input: BaseInput) {
      const org = await orgs.inScope(actor, input.orgId, 'entrepreneurship:write');
      if (!org) throw notFound('机构');
      return db.transaction(async (tx) => {
        const row = await createIncubationRepo(tx).insertBase({
          ...input,
          orgId: org.id,
          orgPath: org.path,
          createdBy: actor.userId,
        });
        await recordAudit(tx, actor, {
          action: 'entrepreneurship.incubation.base.create',
          targetType: 'incubation_base',
          targetId: row.id,
          detail: { orgId: org.id, capacity: input.capacity },
        });
        return row;
      });
    },

    /** A resident enters: the file must be in the writer's scope, the business (if any) the file's own. */
    async addResident(actor: Actor, baseId: string, input: ResidentInput) {
      const b = await base(actor, baseId, 'entrepreneurship:write');
      const file = await repo.file(actor, input.fileId);
      if (!file) throw notFound('创业学员档案');
      if (input.businessId && !(await repo.businessOfFile(input.businessId, file.id)))
        throw invalid('该创业实体不属于此学员档案', [{ path: 'businessId', message: '不属于此学员档案' }]);
      if (input.enteredOn < b.openedOn)
        throw invalid('入驻日期不能早于基地启用日期', [{ path: 'enteredOn', message: '早于基地启用日期' }]);
      if (await repo.residenceAfter(file.id, input.enteredOn))
        throw conflict('该学员已在孵化基地入驻，须先登记退出');
      if ((await repo.residentsNow(b.id, input.enteredOn)) >= b.capacity)
        throw conflict(`该孵化基地${input.enteredOn}在孵${b.capacity}户，已满`);
      return db.transaction(async (tx) => {
        const row = await createIncubationRepo(tx).insertResident({
          baseId: b.id,
          fileId: file.id,
          businessId: input.businessId ?? null,
          enteredOn: input.enteredOn,
          orgId: b.orgId,
          orgPath: b.orgPath,
          createdBy: actor.userId,
        });
        await recordAudit(tx, actor, {
          action: 'entrepreneurship.incubation.resident.enter',
          targetType: 'incubation_resident',
          targetId: row.id,
          detail: { baseId: b.id, fileId: file.id },
        });
        return row;
      });
    },

    async exitResident(
      actor: Actor,
      id: string,
      input: { version: number; exitedOn: string; exitReason: string },
    ) {
      const r = await repo.resident(actor, id);
      if (!r) throw notFound('入驻记录');
      if (r.exitedOn) throw new DomainError('CONFLICT', '该入驻记录已登记退出');
      if (input.exitedOn < r.enteredOn)
        throw invalid('退出日期不能早于入驻日期', [{ path: 'exitedOn', message: '早于入驻日期' }]);
      return db.transaction(async (tx) => {
        const row = await createIncubationRepo(tx).exitResident(
          id,
          input.version,
          input.exitedOn,
          input.exitReason,
        );
        if (!row) throw new DomainError('STALE', '该入驻记录已被他人修改，请刷新后重试');
        await recordAudit(tx, actor, {
          action: 'entrepreneurship.incubation.resident.exit',
          targetType: 'incubation_resident',
          targetId: id,
          detail: { exitedOn: input.exitedOn, exitReason: input.exitReason },
        });
        return row;
      });
    },
  };
}

export type IncubationService = ReturnType<typeof createIncubationService>;
