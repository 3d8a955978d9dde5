import type { Db, Executor } from '../../db/client.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import type { DomainError } from '../../platform/errors.ts';
import { auditedFieldNames } from './registry-patch.ts';

type OrgMove = { orgId?: number; orgPath?: string };

/** How one kind of registry record is edited: its organisation check and its versioned update. */
export interface RegistryEditIo<C extends object> {
  /** the organisation when the actor may write there; throws otherwise */
  writableOrg(tx: Executor, orgId: number): Promise<{ id: number; path: string }>;
  /** the optimistic update under the version the editor saw; falsy when it moved on */
  update(tx: Executor, changes: C & OrgMove): Promise<unknown>;
  stale(): DomainError;
}

/**
 * Writes the edit of a registry record (a person, an employer) in one transaction: the changed
 * fields, a move to another organisation only within the writer's scope, and an audit record that
 * names the changed fields (never their values).
 */
export async function writeRegistryEdit<C extends object>(
  db: Db,
  actor: Actor,
  target: { type: 'person' | 'employer'; id: string; orgId: number },
  edit: { orgId: number | undefined; changes: C },
  io: RegistryEditIo<C>,
) {
  await db.transaction(async (tx) => {
    const org =
      edit.orgId === undefined || edit.orgId === target.orgId
        ? undefined
        : await io.writableOrg(tx, edit.orgId);
    const changes = { ...edit.changes, ...(org ? { orgId: org.id, orgPath: org.path } : {}) };
    if (!(await io.update(tx, changes))) throw io.stale();
    await recordAudit(tx, actor, {
      action: `${target.type}.update`,
      targetType: target.type,
      targetId: target.id,
      detail: { fields: auditedFieldNames(changes) },
    });
  });
}
