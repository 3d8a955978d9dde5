import type { Db } from '../../db/client.ts';
import { createAuditRepo } from './audit.repo.ts';
import type { CheckpointAnchor } from './audit-checkpoint.ts';
import { type TrailResult, verifyAuditTrail } from './audit-trail.ts';

/** What the auditor is shown of a verification: the chain's answer and the Chinese verdict. */
export const verificationView = (r: TrailResult) => ({
  ok: r.ok,
  checked: r.chain.checked,
  ...(r.chain.brokenAtId === undefined ? {} : { brokenAtId: r.chain.brokenAtId }),
  message: r.message,
});

/** Reading the audit trail is not itself audited (it would grow with every page view); exports are. */
export function createAuditLogService(deps: { db: Db; anchor: CheckpointAnchor }) {
  const repo = createAuditRepo(deps.db);
  return {
    list: repo.list,
    verify: async () => verificationView(await verifyAuditTrail(deps.db, deps.anchor)),
  };
}

export type AuditLogService = ReturnType<typeof createAuditLogService>;
