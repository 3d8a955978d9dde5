import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { actorOf, requirePermission } from '../http/session-hook.ts';
import { enqueue, type JobHandler } from '../jobs/jobs.worker.ts';
import type { CheckpointAnchor } from './audit-checkpoint.ts';
import { verificationView } from './audit-log.service.ts';
import { verifyAuditTrail } from './audit-trail.ts';

export const AUDIT_VERIFY_JOB = 'audit.verify';

/**
 * Verifying a chain of millions of rows takes minutes: as a background job it survives the
 * auditor closing the page (or the server restarting) and reports progress batch by batch.
 */
export const auditVerifyHandler =
  (db: Db, anchor: CheckpointAnchor): JobHandler =>
  async (_payload, ctx) =>
    verificationView(
      await verifyAuditTrail(db, anchor, {
        onProgress: (checked, total) => ctx.progress(checked, total, `已校验 ${checked} / ${total} 条`),
      }),
    );

export const auditVerifyJobRoutes =
  (db: Db): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/audit/verify-jobs',
      {
        onRequest: requirePermission('audit:read'),
        schema: {
          tags: ['审计'],
          summary: '后台校验审计哈希链（进度见 GET /api/jobs/:id）',
          response: { 200: z.object({ id: z.string() }) },
        },
      },
      async (req) => enqueue(db, AUDIT_VERIFY_JOB, {}, actorOf(req)),
    );
  };
