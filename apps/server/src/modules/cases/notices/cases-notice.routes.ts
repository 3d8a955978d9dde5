import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dateRanges } from '../../../platform/dates/date-ranges.ts';
import { isoDateIn, Version } from '../../../platform/http/input-schemas.ts';
import { PageQuery } from '../../../platform/http/paging.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import { institutionStatuses } from '../../training/institutions/institutions.schema.ts';
import { OccupationsView } from '../../training/institutions/institutions.views.ts';
import { caseStatuses } from '../workflow/case-status.ts';
import type { CasesNoticeService } from './cases-notice.service.ts';

const tags = ['经办·公示'];

const IdParams = z.object({ id: z.uuid() });
export const CaseRefs = z
  .array(z.object({ id: z.uuid(), version: Version }))
  .min(1)
  .max(500);
const Objection = z.object({
  id: z.string(),
  noticeId: z.string(),
  caseId: z.string().nullable(),
  receivedOn: z.string(),
  objector: z.string().nullable(),
  content: z.string(),
  status: z.enum(['open', 'upheld', 'dismissed']),
  resolution: z.string().nullable(),
  resolvedAt: z.date().nullable(),
  resolvedBy: z.string().nullable(),
  createdAt: z.date(),
  version: z.number().int(),
});
const NoticeItem = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  caseTypeId: z.string().nullable(),
  status: z.enum(['draft', 'published', 'closed']),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  createdAt: z.date(),
  version: z.number().int(),
});
const NoticeDetail = NoticeItem.extend({
  body: z.string().nullable(),
  orgId: z.number(),
  publishedAt: z.date().nullable(),
  closedAt: z.date().nullable(),
  items: z.array(
    z.object({
      caseId: z.string(),
      caseNumber: z.string(),
      status: z.enum(caseStatuses),
      statusLabel: z.string(),
      maskedName: z.string(),
      maskedIdNumber: z.string().nullable(),
      amount: z.string().nullable(),
    }),
  ),
  /** on a notice of training institutions (no case type): the institutions it lists */
  institutions: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      name: z.string(),
      address: z.string(),
      occupations: OccupationsView,
      status: z.enum(institutionStatuses),
    }),
  ),
  objections: z.array(Objection),
});
const Printable = z.object({
  number: z.string(),
  title: z.string(),
  body: z.string().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  issuer: z.string(),
  rows: z.array(
    z.object({
      seq: z.number(),
      name: z.string(),
      idNumber: z.string().nullable(),
      amount: z.string().nullable(),
    }),
  ),
  count: z.number(),
  totalAmount: z.string(),
  /** on a notice of training institutions: the institutions (no person is named) */
  institutions: z.array(
    z.object({
      name: z.string(),
      address: z.string(),
      occupations: OccupationsView,
    }),
  ),
});

export const casesNoticeRoutes =
  (notices: CasesNoticeService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/public-notices',
      {
        onRequest: requirePermission('case:read'),
        schema: {
          tags,
          summary: '公示列表',
          querystring: PageQuery.extend({ status: z.enum(['published', 'closed']).optional() }),
          response: { 200: z.object({ items: z.array(NoticeItem), total: z.number() }) },
        },
      },
      async (req) => notices.list(actorOf(req), req.query),
    );
    app.post(
      '/api/public-notices',
      {
        onRequest: requirePermission('case:approve'),
        schema: {
          tags,
          summary: '发布公示（已批准且须公示的案件；公示期不少于事项规定的工作日数，首尾两日均计入）',
          body: z.object({
            caseTypeId: z.string().min(1).max(100),
            title: z.string().trim().min(1).max(200),
            body: z.string().trim().max(5000).nullish(),
            startsOn: isoDateIn(dateRanges.casework),
            endsOn: isoDateIn(dateRanges.casework),
            cases: CaseRefs,
          }),
          response: { 200: NoticeDetail },
        },
      },
      async (req) => notices.create(actorOf(req), req.body),
    );
    app.get(
      '/api/public-notices/:id',
      {
        onRequest: requirePermission('case:read'),
        schema: {
          tags,
          summary: '公示详情（名单只含脱敏姓名和证件号码）',
          params: IdParams,
          response: { 200: NoticeDetail },
        },
      },
      async (req) => notices.detail(actorOf(req), req.params.id),
    );
    app.get(
      '/api/public-notices/:id/print',
      {
        onRequest: requirePermission('case:read'),
        schema: {
          tags,
          summary: '公示打印数据（不含异议成立被撤销的案件）',
          params: IdParams,
          response: { 200: Printable },
        },
      },
      async (req) => notices.printable(actorOf(req), req.params.id),
    );
    app.post(
      '/api/public-notices/:id/objections',
      {
        onRequest: requirePermission('case:approve'),
        schema: {
          tags,
          summary: '登记异议（公示期间收到；可针对名单中的某件案件）',
          params: IdParams,
          body: z.object({
            caseId: z.uuid().nullish(),
            receivedOn: isoDateIn(dateRanges.casework),
            objector: z.string().trim().max(100).nullish(),
            content: z.string().trim().min(1).max(2000),
          }),
          response: { 200: Objection },
        },
      },
      async (req) => notices.addObjection(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/api/objections/:id/resolve',
      {
        onRequest: requirePermission('case:approve'),
        schema: {
          tags,
          summary: '处理异议：成立（upheld，案件撤销批准并退出公示）或不成立（dismissed，继续公示）',
          params: IdParams,
          body: z.object({
            outcome: z.enum(['upheld', 'dismissed']),
            resolution: z.string().trim().min(1).max(2000),
            version: Version,
          }),
          response: { 200: NoticeDetail },
        },
      },
      async (req) => notices.resolveObjection(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/api/public-notices/:id/close',
      {
        onRequest: requirePermission('case:approve'),
        schema: {
          tags,
          summary: '结束公示（公示期满且无未处理异议；案件转为「公示期满」，可转送财政）',
          params: IdParams,
          body: z.object({ version: Version }),
          response: { 200: NoticeDetail },
        },
      },
      async (req) => notices.close(actorOf(req), req.params.id, req.body.version),
    );
  };
