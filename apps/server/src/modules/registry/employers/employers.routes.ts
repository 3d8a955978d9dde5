import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendXlsx } from '../../../platform/excel-export/list-export.ts';
import { PageNumber, SerialId, SerialIdText, Version } from '../../../platform/http/input-schemas.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import type { createEmployersExport } from './employers.export.ts';
import { employerSorts } from './employers.repo.ts';
import type { EmployersService } from './employers.service.ts';

const tags = ['用人单位'];

const EmployerItem = z.object({
  id: z.string(),
  creditCode: z.string(),
  name: z.string(),
  type: z.string(),
  industry: z.string(),
  size: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  org: z.object({ id: z.number(), name: z.string() }),
});
const EmployerDetail = EmployerItem.extend({
  address: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  version: z.number().int(),
});
const IdParams = z.object({ id: z.uuid() });
const Filter = z.object({
  q: z.string().trim().max(100).optional(),
  orgId: SerialIdText.optional(),
  industry: z.string().trim().max(20).optional(),
  type: z.string().trim().max(20).optional(),
  sort: z.enum(employerSorts).default('-createdAt'),
});
const optionalText = (max: number) => z.string().trim().max(max).nullish();
const Fields = z.object({
  name: z.string().trim().min(1).max(100),
  type: z.string().trim().min(1).max(20),
  industry: z.string().trim().min(1).max(20),
  size: optionalText(20),
  address: optionalText(200),
  phone: optionalText(20),
  orgId: SerialId,
});

export const employersRoutes =
  (
    employers: EmployersService,
    exportXlsx: ReturnType<typeof createEmployersExport>,
  ): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/employers',
      {
        onRequest: requirePermission('employer:read'),
        schema: {
          tags,
          summary: '用人单位列表（q：单位名称前缀或 18 位统一社会信用代码精确匹配）',
          querystring: Filter.extend({
            page: PageNumber.default(1),
            pageSize: z.coerce.number().int().min(1).max(200).default(20),
          }),
          response: { 200: z.object({ items: z.array(EmployerItem), total: z.number() }) },
        },
      },
      async (req) => employers.list(actorOf(req), req.query),
    );
    app.get(
      '/api/employers/export.xlsx',
      {
        onRequest: requirePermission('employer:read'),
        schema: { tags, summary: '导出用人单位名单（联系电话脱敏；记入审计日志）', querystring: Filter },
      },
      async (req, reply) =>
        sendXlsx(reply, '用人单位名单.xlsx', (await exportXlsx(actorOf(req), req.query)).stream),
    );
    app.get(
      '/api/employers/:id',
      {
        onRequest: requirePermission('employer:read'),
        schema: { tags, summary: '用人单位详情', params: IdParams, response: { 200: EmployerDetail } },
      },
      async (req) => employers.get(actorOf(req), req.params.id),
    );
    app.post(
      '/api/employers',
      {
        onRequest: requirePermission('employer:write'),
        schema: {
          tags,
          summary: '登记用人单位（统一社会信用代码按 GB 32100 校验）',
          body: Fields.extend({ creditCode: z.string().trim().min(1).max(20) }),
          response: { 200: EmployerDetail },
        },
      },
      async (req) => employers.create(actorOf(req), req.body),
    );
    app.patch(
      '/api/employers/:id',
      {
        onRequest: requirePermission('employer:write'),
        schema: {
          tags,
          summary: '修改用人单位信息（可带 version 防止覆盖他人修改；信用代码不可改）',
          params: IdParams,
          body: Fields.partial().extend({ version: Version.optional() }),
          response: { 200: EmployerDetail },
        },
      },
      async (req) => employers.update(actorOf(req), req.params.id, req.body),
    );
  };
