import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { DomainError, notFound } from '../../../platform/errors.ts';
import type { TrainingProgramme } from '../classes/classes.schema.ts';
import { createTrainingOrgsRepo } from '../training-orgs.repo.ts';
import { createTargetsRepo } from './targets.repo.ts';

export interface TargetInput {
  orgId: number;
  year: number;
  programme: TrainingProgramme;
  trainees: number;
  basis: string;
  /** the version being replaced, when the target exists */
  version?: number | undefined;
}

const stale = () => new DomainError('STALE', '该目标已被他人修改，请刷新后重试');

/**
 * Yearly training targets per organisation and programme (目标任务逐级分解, 福建 城镇技能再就业计划
 * 四(七)): set by the city (`training:manage`) for any organisation in its scope, with the basis of
 * the figure in words; read by everyone with `training:read` over their subtree.
 */
export function createTargetsService(deps: { db: Db }) {
  const repo = createTargetsRepo(deps.db);
  const orgs = createTrainingOrgsRepo(deps.db);

  return {
    async list(actor: Actor, q: { year: number; orgId?: number | undefined }) {
      let path: string | undefined;
      if (q.orgId !== undefined) {
        const org = await orgs.inScope(actor, q.orgId, 'training:read');
        if (!org) throw notFound('机构');
        path = org.path;
      }
      return repo.list(actor, q.year, path);
    },

    async set(actor: Actor, input: TargetInput) {
      const org = await orgs.inScope(actor, input.orgId, 'training:manage');
      if (!org) throw notFound('机构');
      return deps.db.transaction(async (tx) => {
        const r = createTargetsRepo(tx);
        const existing = await r.find(org.id, input.year, input.programme);
        if (existing && input.version !== existing.version) throw stale();
        const saved = existing
          ? await r.update(existing.id, existing.version, { trainees: input.trainees, basis: input.basis })
          : await r.insert({
              orgId: org.id,
              orgPath: org.path,
              year: input.year,
              programme: input.programme,
              trainees: input.trainees,
              basis: input.basis,
              createdBy: actor.userId,
            });
        if (!saved) throw stale();
        await recordAudit(tx, actor, {
          action: existing ? 'training.target.update' : 'training.target.create',
          targetType: 'training_target',
          targetId: saved.id,
          detail: {
            orgId: org.id,
            year: input.year,
            programme: input.programme,
            trainees: input.trainees,
            ...(existing ? { previous: existing.trainees } : {}),
          },
        });
        return { ...saved, orgName: org.name };
      });
    },
  };
}

export type TargetsService = ReturnType<typeof createTargetsService>;
