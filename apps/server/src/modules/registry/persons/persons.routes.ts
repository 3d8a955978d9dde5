import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendXlsx } from '../../../platform/excel-export/list-export.ts';
import { PageNumber, SerialId, SerialIdText, Version } from '../../../platform/http/input-schemas.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import type { createPersonsExport } from './persons.excel.ts';
import { personSorts } from './persons.repo.ts';
import type { PersonsService } from './persons.service.ts';

const tags = ['人员登记'];

const PersonItem = z.object({
  id: z.string(),
  name: z.string(),
  idNumberMasked: z.string(),
  gender: z.enum(['1', '2']),
  birthDate: z.string(),
  hukouType: z.string(),
  phoneMasked: z.string().nullable(),
  org: z.object({ id: z.number(), name: z.string() }),
});
const PersonDetail = PersonItem.extend({
  ethnicity: z.string().nullable(),
  education: z.string().nullable(),
  hukouPlace: z.string(),
  address: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  version: z.number().int(),
});
const IdParams = z.object({ id: z.uuid() });
const Filter = z.object({
  q: z.string().trim().max(50).optional(),
  orgId: SerialIdText.optional(),
  gender: z.enum(['1', '2']).optional(),
  hukouType: z.string().trim().max(20).optional(),
  employerId: z.uuid().optional().describe('现在该单位就业（劳动合同未终止或就业登记未注销）'),
  difficultyCategory: z.string().trim().max(40).optional().describe('就业困难人员类别（认定未退出）'),
  employment: z.enum(['employed', 'unemployed']).optional().describe('就业登记或失业登记未注销'),
});
const optionalText = (max: number) => z.string().trim().max(max).nullish();
const Fields = z.object({
  name: z.string().trim().min(1).max(50),
  ethnicity: optionalText(10),
  education: optionalText(10),
  hukouType: z.string().trim().min(1).max(20),
  hukouPlace: z.string().trim().min(1).max(20),
  address: optionalText(200),
  phone: optionalText(20),
  orgId: SerialId,
});

export const personsRoutes =
  (persons: PersonsService, exportXlsx: ReturnType<typeof createPersonsExport>): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/persons',
      {
        onRequest: requirePermission('person:read'),
        schema: {
          tags,
          summary: '人员列表（q：姓名前缀、18 位证件号码或 11 位手机号码精确匹配）',
          querystring: Filter.extend({
            page: PageNumber.default(1),
            pageSize: z.coerce.number().int().min(1).max(200).default(20),
            sort: z.enum(personSorts).optional().describe('默认：按姓名搜索时按姓名，否则按登记时间倒序'),
          }),
          response: {
            200: z.object({
              items: z.array(PersonItem),
              total: z.number().describe('最多计数到 1000'),
              totalCapped: z.boolean().describe('为 true 时实际条数超过 total'),
            }),
          },
        },
      },
      async (req) => persons.list(actorOf(req), req.query),
    );
    app.get(
      '/api/persons/export.xlsx',
      {
        onRequest: requirePermission('person:export'),
        schema: { tags, summary: '导出人员名单（证件号码、电话脱敏）', querystring: Filter },
      },
      async (req, reply) =>
        sendXlsx(reply, '人员名单.xlsx', (await exportXlsx(actorOf(req), req.query)).stream),
    );
    app.get(
      '/api/persons/:id',
      {
        onRequest: requirePermission('person:read'),
        schema: { tags, summary: '人员详情', params: IdParams, response: { 200: PersonDetail } },
      },
      async (req) => persons.get(actorOf(req), req.params.id),
    );
    app.post(
      '/api/persons/:id/reveal-id',
      {
        onRequest: requirePermission('person:reveal'),
        schema: {
          tags,
          summary: '查看完整证件号码（记入审计日志）',
          params: IdParams,
          response: { 200: z.object({ idNumber: z.string() }) },
        },
      },
      async (req) => persons.revealId(actorOf(req), req.params.id),
    );
    app.post(
      '/api/persons',
      {
        onRequest: requirePermission('person:write'),
        schema: {
          tags,
          summary: '登记人员（性别和出生日期取自证件号码）',
          body: Fields.extend({ idNumber: z.string().trim().min(1).max(20) }),
          response: { 200: PersonDetail },
        },
      },
      async (req) => persons.create(actorOf(req), req.body),
    );
    app.patch(
      '/api/persons/:id',
      {
        onRequest: requirePermission('person:write'),
        schema: {
          tags,
          summary: '修改人员信息（可带 version 防止覆盖他人修改）',
          params: IdParams,
          body: Fields.partial().extend({ version: Version.optional() }),
          response: { 200: PersonDetail },
        },
      },
      async (req) => persons.update(actorOf(req), req.params.id, req.body),
    );
  };
