import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FromBound, PageQuery, pageOf, ToBound } from '../http/paging.ts';
import { actorOf, requirePermission } from '../http/session-hook.ts';
import type { AuditLogService } from './audit-log.service.ts';

const tags = ['审计'];

const AuditItem = z.object({
  id: z.number(),
  at: z.date(),
  username: z.string(),
  orgName: z.string().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  ip: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});

export const auditRoutes =
  (audit: AuditLogService): FastifyPluginAsyncZod =>
  async (app) => {
    const read = { onRequest: requirePermission('audit:read') };

    app.get(
      '/api/audit',
      {
        ...read,
        schema: {
          tags,
          summary: '审计日志（最新在前；action 按前缀匹配）',
          querystring: PageQuery.extend({
            username: z.string().trim().max(64).optional(),
            action: z.string().trim().max(64).optional(),
            targetType: z.string().trim().max(64).optional(),
            from: FromBound.optional(),
            to: ToBound.optional(),
          }),
          response: { 200: pageOf(AuditItem) },
        },
      },
      async (req) => audit.list(actorOf(req), req.query),
    );
    app.get(
      '/api/audit/verify',
      {
        ...read,
        schema: {
          tags,
          summary: '校验审计日志哈希链及签名检查点（发现修改、删除和末尾截断）',
          response: {
            200: z.object({
              ok: z.boolean(),
              checked: z.number(),
              brokenAtId: z.number().optional(),
              message: z.string(),
            }),
          },
        },
      },
      async () => audit.verify(),
    );
  };
