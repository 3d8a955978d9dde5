import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dateRanges } from '../../platform/dates/date-ranges.ts';
import { sendXlsx } from '../../platform/excel-export/list-export.ts';
import { isoDateIn, PageNumber, SerialIdText, Version } from '../../platform/http/input-schemas.ts';
import { QueryBoolean } from '../../platform/http/paging.ts';
import { actorOf, requirePermission } from '../../platform/http/session-hook.ts';
import type { CasesService } from './cases.service.ts';
import { CaseDetail, CasePage, PrintableSupplementNotice } from './cases.views.ts';
import type { createCasesExport } from './cases-export.ts';
import { applicantKinds, caseStatuses } from './workflow/case-status.ts';

export const tags = ['经办'];
export const CaseIdParams = z.object({ id: z.uuid() });
export const Materials = z
  .array(
    z.object({
      code: z.string().min(1).max(40),
      provided: z.boolean(),
      note: z.string().trim().max(200).nullish(),
    }),
  )
  .max(100)
  .optional();
const FactValue = z.object({ value: z.unknown(), source: z.string(), on: z.string().nullable() });
const CaseFacts = z.object({
  asOf: z.string(),
  fields: z.array(
    z.object({
      path: z.array(z.string()),
      title: z.string(),
      titles: z.array(z.string()),
      type: z.string(),
      format: z.string().optional(),
      enum: z.array(z.string()).optional(),
      enumLabels: z.record(z.string(), z.string()).optional(),
      required: z.boolean(),
      nullable: z.boolean(),
      maxLength: z.number().optional(),
      minimum: z.number().optional(),
      maximum: z.number().optional(),
      group: z.boolean(),
      fact: z.string().nullable(),
      registry: FactValue.nullable(),
      declared: z.unknown(),
      override: z
        .object({ value: z.unknown(), reason: z.string(), byName: z.string(), at: z.string() })
        .nullable(),
      value: z.unknown(),
    }),
  ),
  problems: z.array(z.object({ path: z.string(), message: z.string() })),
});
const ListFilter = z.object({
  status: z
    .string()
    .max(300)
    .optional()
    .transform((s) => (s ? s.split(',') : undefined))
    .pipe(z.array(z.enum(caseStatuses)).optional()),
  caseTypeId: z.string().max(100).optional(),
  orgId: SerialIdText.optional(),
  personId: z.uuid().optional(),
  q: z.string().trim().max(50).optional(),
  overdue: QueryBoolean.optional(),
  dueSoon: QueryBoolean.optional(),
  decidedFrom: isoDateIn(dateRanges.filter).optional(),
  decidedTo: isoDateIn(dateRanges.filter).optional(),
  paidFrom: isoDateIn(dateRanges.filter).optional(),
  paidTo: isoDateIn(dateRanges.filter).optional(),
});
const ListQuery = ListFilter.extend({
  page: PageNumber.default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
const Application = z.record(z.string(), z.unknown());

export const casesRoutes =
  (cases: CasesService, exportXlsx: ReturnType<typeof createCasesExport>): FastifyPluginAsyncZod =>
  async (app) => {
    const read = { onRequest: requirePermission('case:read') };
    app.get(
      '/api/cases',
      {
        ...read,
        schema: {
          tags,
          summary: '案件列表（状态、事项、机构、逾期/临期筛选；按到期日排序）',
          querystring: ListQuery,
          response: { 200: CasePage },
        },
      },
      async (req) => cases.list(actorOf(req), req.query),
    );
    app.get(
      '/api/cases/export.xlsx',
      {
        ...read,
        schema: {
          tags,
          summary: '导出案件台账（与列表同一筛选和范围；记入审计日志）',
          querystring: ListFilter,
        },
      },
      async (req, reply) =>
        sendXlsx(reply, '案件台账.xlsx', (await exportXlsx(actorOf(req), req.query)).stream),
    );
    app.get(
      '/api/cases/my-tasks',
      {
        ...read,
        schema: {
          tags,
          summary: '我的待办：等待本人所在角色处理的案件，含临期/逾期标记',
          querystring: ListQuery,
          response: { 200: CasePage },
        },
      },
      async (req) => cases.tasks(actorOf(req), req.query),
    );
    app.get(
      '/api/cases/:id',
      {
        ...read,
        schema: {
          tags,
          summary: '案件详情：材料、历史、到期日、冻结的核验结果、可办理操作',
          params: CaseIdParams,
          response: { 200: CaseDetail },
        },
      },
      async (req) => cases.detail(actorOf(req), req.params.id),
    );
    app.get(
      '/api/cases/:id/facts',
      {
        ...read,
        schema: {
          tags,
          summary:
            '申请信息：政策要求的每一项（中文名称）、登记信息今日的值及来源、申报值、经办人修改及理由、仍缺少或有误之处',
          params: CaseIdParams,
          response: { 200: CaseFacts },
        },
      },
      async (req) => cases.facts(actorOf(req), req.params.id),
    );
    app.post(
      '/api/cases',
      {
        onRequest: requirePermission('case:create'),
        schema: {
          tags,
          summary: '新建申请（草稿）',
          body: z.object({
            caseTypeId: z.string().min(1).max(100),
            applicantKind: z.enum(applicantKinds),
            personId: z.uuid().optional(),
            employerId: z.uuid().optional(),
            certificateId: z.uuid().optional(),
            application: Application.optional(),
            materials: Materials,
          }),
          response: { 200: CaseDetail },
        },
      },
      async (req) => cases.create(actorOf(req), req.body),
    );
    app.patch(
      '/api/cases/:id',
      {
        onRequest: requirePermission('case:create'),
        schema: {
          tags,
          summary: '修改草稿或退回补正的申请',
          params: CaseIdParams,
          body: z.object({
            version: Version,
            certificateId: z.uuid().nullish(),
            application: Application.optional(),
            materials: Materials,
          }),
          response: { 200: CaseDetail },
        },
      },
      async (req) => cases.update(actorOf(req), req.params.id, req.body),
    );
    app.get(
      '/api/cases/:id/supplement-notice',
      {
        ...read,
        schema: {
          tags,
          summary: '一次性补正材料告知书（最近一份，供打印）',
          params: CaseIdParams,
          response: { 200: PrintableSupplementNotice },
        },
      },
      async (req) => cases.supplementNotice(actorOf(req), req.params.id),
    );
    app.post(
      '/api/cases/:id/supplement-notice/printed',
      {
        onRequest: requirePermission('case:accept'),
        schema: {
          tags,
          summary: '记录告知书已打印送达',
          params: CaseIdParams,
          response: { 200: z.object({ ok: z.literal(true) }) },
        },
      },
      async (req) => cases.markNoticePrinted(actorOf(req), req.params.id),
    );
  };
