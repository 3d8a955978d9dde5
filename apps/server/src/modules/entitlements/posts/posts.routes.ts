import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dateRanges } from '../../../platform/dates/date-ranges.ts';
import { isoDateIn, isoMonthIn, Version } from '../../../platform/http/input-schemas.ts';
import { PageQuery, pageOf } from '../../../platform/http/paging.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import { entitlementStatuses, postKinds } from '../entitlements.schema.ts';
import type { PostsService } from './posts.service.ts';

const tags = ['公益性岗位台账'];
const IdParams = z.object({ id: z.uuid() });
const months = { min: '2000-01', max: '2099-12' };

const Post = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(postKinds),
  kindLabel: z.string(),
  employerId: z.string(),
  employerName: z.string(),
  holderPersonId: z.string(),
  holderName: z.string(),
  holderIdNumberMasked: z.string(),
  startOn: z.string(),
  continuousSinceMonth: z.string().nullable(),
  sinceMonth: z.string().describe('3年期限起算月份（连续就业首个补贴月份，未填为上岗月份）'),
  generalMaxMonths: z.number().int(),
  generalEndMonth: z.string().describe('一般补贴期限的最后一个月'),
  monthsUsed: z.number().int().describe('截至今天（或岗位结束）已用月数'),
  monthsLeft: z.number().int(),
  is4050: z.boolean().describe('一般期限届满后的首日是否为“4050”人员'),
  is4050Reason: z.string(),
  nearEnd: z.boolean().describe('距一般期限届满不足3个月或已届满'),
  extensionAllowed: z.boolean(),
  extensionApprovedAt: z.date().nullable(),
  extensionNote: z.string().nullable(),
  endedOn: z.string().nullable(),
  endReason: z.string().nullable(),
  version: z.number().int(),
});
const PostDetail = Post.extend({
  entitlements: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      status: z.enum(entitlementStatuses),
      startMonth: z.string(),
      endMonth: z.string().nullable(),
      listedThroughMonth: z.string().nullable(),
    }),
  ),
});

const ListQuery = PageQuery.extend({
  status: z.enum(['open', 'ended']).optional(),
  q: z.string().trim().max(50).optional(),
});
const RegisterBody = z.object({
  employerId: z.uuid(),
  title: z.string().trim().min(2, '岗位名称至少2个字').max(50),
  kind: z.enum(postKinds),
  holderPersonId: z.uuid(),
  startOn: isoDateIn(dateRanges.casework),
  continuousSinceMonth: isoMonthIn(months).nullable().optional(),
});
const EndBody = z.object({
  version: Version,
  endedOn: isoDateIn(dateRanges.casework),
  reason: z.string().trim().min(2, '结束原因至少2个字').max(200),
});
const ExtensionBody = z.object({
  version: Version,
  note: z.string().trim().min(2, '审核意见至少2个字').max(500),
});

/** /api/entitlements/posts: 公益性岗位台账. */
export function postsRoutes(s: PostsService): FastifyPluginAsyncZod {
  return async (app) => {
    const read = { onRequest: requirePermission('entitlement:read') };
    const manage = { onRequest: requirePermission('entitlement:manage') };
    const run = { onRequest: requirePermission('entitlement:run') };

    app.get(
      '/api/entitlements/posts',
      {
        ...read,
        schema: {
          tags,
          summary: '公益性岗位台账（按上岗日期倒序，身份证号脱敏）',
          querystring: ListQuery,
          response: { 200: pageOf(Post) },
        },
      },
      async (req) => {
        const { page, pageSize, status, q } = req.query;
        return s.list(actorOf(req), { status, q: q || undefined }, { page, pageSize });
      },
    );
    app.post(
      '/api/entitlements/posts',
      {
        ...manage,
        schema: { tags, summary: '登记公益性岗位', body: RegisterBody, response: { 200: PostDetail } },
      },
      async (req) => s.register(actorOf(req), req.body),
    );
    app.get(
      '/api/entitlements/posts/:id',
      {
        ...read,
        schema: {
          tags,
          summary: '公益性岗位详情（含3年期限和定期待遇；记录查阅日志）',
          params: IdParams,
          response: { 200: PostDetail },
        },
      },
      async (req) => s.get(actorOf(req), req.params.id),
    );
    app.post(
      '/api/entitlements/posts/:id/end',
      {
        ...manage,
        schema: { tags, summary: '结束岗位', params: IdParams, body: EndBody, response: { 200: PostDetail } },
      },
      async (req) => s.end(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/api/entitlements/posts/:id/extension',
      {
        ...run,
        schema: {
          tags,
          summary: '同意“4050”人员延长补贴期限（三(三)2）',
          params: IdParams,
          body: ExtensionBody,
          response: { 200: PostDetail },
        },
      },
      async (req) => s.approveExtension(actorOf(req), req.params.id, req.body),
    );
  };
}
