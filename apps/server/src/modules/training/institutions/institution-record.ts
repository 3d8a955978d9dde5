import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { DomainError } from '../../../platform/errors.ts';
import { createInstitutionsRepo, type InstitutionRow } from './institutions.repo.ts';
import type { InstitutionStatus } from './institutions.schema.ts';

export const staleInstitution = () => new DomainError('STALE', '该机构已被他人处理或修改，请刷新后重试');

/** A teacher or site changed by someone else since the editor read it. */
export const staleEntry = (what: '教师信息' | '培训场地') =>
  new DomainError('STALE', `该${what}已被他人修改，请刷新后重试`);

/**
 * Writes what happened to an institution twice, in the caller's transaction: the event row its
 * history shows and the audit row. Details name no person.
 */
export async function recordInstitutionEvent(
  tx: Executor,
  actor: Actor,
  e: {
    institution: Pick<InstitutionRow, 'id' | 'number'>;
    action: string;
    from?: InstitutionStatus | null;
    to?: InstitutionStatus | null;
    reason?: string | null;
    detail?: Record<string, unknown>;
    onDate: string;
  },
) {
  await createInstitutionsRepo(tx).insertEvent({
    institutionId: e.institution.id,
    action: e.action,
    fromStatus: e.from ?? null,
    toStatus: e.to ?? null,
    reason: e.reason ?? null,
    detail: e.detail ?? null,
    onDate: e.onDate,
    actorId: actor.userId,
  });
  await recordAudit(tx, actor, {
    action: `training.institution.${e.action}`,
    targetType: 'training_institution',
    targetId: e.institution.id,
    detail: { number: e.institution.number, from: e.from ?? null, to: e.to ?? null, ...e.detail },
  });
}
