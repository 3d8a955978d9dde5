import type { Db } from '../../db/client.ts';
import { createAuditRepo } from './audit.repo.ts';
import { verifyAuditChain } from './audit.service.ts';

/** Reading the audit trail is not itself audited (it would grow with every page view); exports are. */
export function createAuditLogService(deps: { db: Db }) {
  const repo = createAuditRepo(deps.db);
  return {
    list: repo.list,
    verify: () => verifyAuditChain(deps.db),
  };
}

export type AuditLogService = ReturnType<typeof createAuditLogService>;
