import type { Db, Executor } from '../../db/client.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { type DomainError, notFound } from '../../platform/errors.ts';
import { auditedFieldNames } from './registry-patch.ts';

type OrgMove = { orgId?: number; orgPath?: string };

/** What an edit needs of a registry record's repository (persons', employers'). */
interface EditableRepo<C> {
  writableOrg(actor: Actor, orgId: number): Promise<{ id: number; path: string } | undefined>;
  /** the optimistic update under the version the editor saw; falsy when it moved on */
  update(id: string, version: number, changes: C & OrgMove): Promise<unknown>;
}

/**
 * Writes the edit of a registry record (a person, an employer) in one transaction: the changed
 * fields, a move to another organisation only within the writer's scope, and an audit record that
 * names the changed fields (never their values).
 */
export async function writeRegistryEdit<C extends object>(
  db: Db,
  actor: Actor,
  edit: {
    type: 'person' | 'employer';
    current: { id: string; orgId: number; version: number };
    orgId: number | undefined;
    changes: C;
  },
  repoOf: (tx: Executor) => EditableRepo<C>,
  stale: () => DomainError,
) {
  const { type, current } = edit;
  await db.transaction(async (tx) => {
    const repo = repoOf(tx);
    let move: OrgMove = {};
    if (edit.orgId !== undefined && edit.orgId !== current.orgId) {
      const org = await repo.writableOrg(actor, edit.orgId);
      if (!org) throw notFound('所属机构');
      move = { orgId: org.id, orgPath: org.path };
    }
    const changes = { ...edit.changes, ...move };
    if (!(await repo.update(current.id, current.version, changes))) throw stale();
    await recordAudit(tx, actor, {
      action: `${type}.update`,
      targetType: type,
      targetId: current.id,
      detail: { fields: auditedFieldNames(changes) },
    });
  });
}
