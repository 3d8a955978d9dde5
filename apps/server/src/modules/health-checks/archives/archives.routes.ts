import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, requireAnyPermission, requirePermission } from '../../../platform/http/session-hook.ts';
import type { ArchivesService } from './archives.service.ts';
import {
  ArchiveList,
  BulkApproveBody,
  IdParams,
  ListQuery,
  Register,
  RegisterQuery,
  ReturnBody,
  Returned,
  ReviewBody,
  Reviewed,
  tags,
} from './archives.views.ts';

const base = '/api/health-checks/archives';
const read = requireAnyPermission('health_check:read', 'health_check:operate');
const manage = requirePermission('health_check:manage');

/** 第十八条: the 医保处's review of the archives and the hospital's return register. */
export const healthCheckArchivesRoutes =
  (archives: ArchivesService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      base,
      {
        onRequest: read,
        schema: {
          tags,
          summary: '体检档案（待审核、退回整改、待返还、已返还、逾期未返还）',
          querystring: ListQuery,
          response: { 200: ArchiveList },
        },
      },
      async (req) => archives.list(actorOf(req), req.query),
    );
    app.get(
      `${base}/register`,
      {
        onRequest: read,
        schema: {
          tags,
          summary: '档案返还登记簿（按医院和月份，可打印）',
          querystring: RegisterQuery,
          response: { 200: Register },
        },
      },
      async (req) => archives.register(actorOf(req), req.query),
    );
    app.post(
      `${base}/approve`,
      {
        onRequest: manage,
        schema: { tags, summary: '批量审核通过', body: BulkApproveBody, response: { 200: Reviewed } },
      },
      async (req) => archives.approveMany(actorOf(req), req.body.ids),
    );
    app.post(
      `${base}/:id/review`,
      {
        onRequest: manage,
        schema: {
          tags,
          summary: '医保处审核档案（审核通过或退回整改）',
          params: IdParams,
          body: ReviewBody,
          response: { 200: Reviewed },
        },
      },
      async (req) => archives.review(actorOf(req), req.params.id, req.body),
    );
    app.post(
      `${base}/:id/return`,
      {
        onRequest: requirePermission('health_check:operate'),
        schema: {
          tags,
          summary: '医院登记档案返还（领取人签字）',
          params: IdParams,
          body: ReturnBody,
          response: { 200: Returned },
        },
      },
      async (req) => archives.returnArchive(actorOf(req), req.params.id, req.body),
    );
  };
