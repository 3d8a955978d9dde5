import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import { InstitutionSettings } from './institution-settings.ts';
import {
  base,
  DesignateBody,
  IdParams,
  InstitutionDetail,
  NoticeBody,
  ReasonBody,
  SuperviseBody,
  tags,
} from './institutions.views.ts';
import type { InstitutionsReviewService } from './institutions-review.service.ts';

const manage = requirePermission('training:manage');
const reply = { 200: InstitutionDetail };

/** The bureau's review, public notice, designation, supervision, staff accounts and settings. */
export const institutionsReviewRoutes =
  (review: InstitutionsReviewService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/training/institution-settings',
      {
        onRequest: requirePermission('training:read'),
        schema: {
          tags,
          summary: '定点机构设置（公示工作日数、认定有效年数）',
          response: { 200: InstitutionSettings },
        },
      },
      async (req) => review.settings(actorOf(req)),
    );
    app.put(
      '/api/training/institution-settings',
      {
        onRequest: manage,
        schema: {
          tags,
          summary: '修改定点机构设置',
          body: InstitutionSettings,
          response: { 200: InstitutionSettings },
        },
      },
      async (req) => review.saveSettings(actorOf(req), req.body),
    );
    app.post(
      `${base}/:id/pass`,
      {
        onRequest: manage,
        schema: {
          tags,
          summary: '审核通过并发布公示（公示期不少于设置的工作日数，首尾两日均计入）',
          params: IdParams,
          body: NoticeBody,
          response: reply,
        },
      },
      async (req) => review.pass(actorOf(req), req.params.id, req.body),
    );
    app.post(
      `${base}/:id/reject`,
      {
        onRequest: manage,
        schema: {
          tags,
          summary: '不予认定（审核未通过，或公示异议成立）',
          params: IdParams,
          body: ReasonBody,
          response: reply,
        },
      },
      async (req) => review.reject(actorOf(req), req.params.id, req.body),
    );
    app.post(
      `${base}/:id/designate`,
      {
        onRequest: manage,
        schema: {
          tags,
          summary: '认定为定点培训机构（公示期满，无未处理或成立的异议）',
          params: IdParams,
          body: DesignateBody,
          response: reply,
        },
      },
      async (req) => review.designate(actorOf(req), req.params.id, req.body),
    );
    app.post(
      `${base}/:id/supervise`,
      {
        onRequest: manage,
        schema: {
          tags,
          summary: '监督管理：责令限期整改、整改完成、暂停、恢复、取消定点资格',
          params: IdParams,
          body: SuperviseBody,
          response: reply,
        },
      },
      async (req) => review.supervise(actorOf(req), req.params.id, req.body),
    );
    app.get(
      '/api/training/institution-accounts',
      {
        onRequest: manage,
        schema: {
          tags,
          summary: '培训机构角色的账号（供关联机构；含已关联的机构）',
          response: {
            200: z.array(
              z.object({
                userId: z.string(),
                username: z.string(),
                displayName: z.string(),
                institutionId: z.string().nullable(),
              }),
            ),
          },
        },
      },
      async (req) => review.accounts(actorOf(req)),
    );
    app.post(
      `${base}/:id/staff`,
      {
        onRequest: manage,
        schema: {
          tags,
          summary: '关联机构账号（须为培训机构角色）',
          params: IdParams,
          body: z.object({ userId: z.uuid() }),
          response: reply,
        },
      },
      async (req) => review.linkStaff(actorOf(req), req.params.id, req.body.userId),
    );
    app.delete(
      `${base}/:id/staff/:userId`,
      {
        onRequest: manage,
        schema: {
          tags,
          summary: '解除机构账号关联',
          params: IdParams.extend({ userId: z.uuid() }),
          response: reply,
        },
      },
      async (req) => review.unlinkStaff(actorOf(req), req.params.id, req.params.userId),
    );
  };
