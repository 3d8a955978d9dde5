import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendXlsx } from '../../../platform/excel-export/list-export.ts';
import { SerialId, SerialIdText, Version } from '../../../platform/http/input-schemas.ts';
import { PageQuery, pageOf } from '../../../platform/http/paging.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import type { createHouseholdsExport } from './households.export.ts';
import { zeroEmploymentFilters } from './households.repo.ts';
import { zeroEmploymentStatuses } from './households.schema.ts';
import type { HouseholdsService } from './households.service.ts';

const tags = ['家庭与零就业家庭'];

export const HouseholdItem = z.object({
  id: z.string(),
  number: z.string(),
  address: z.string().nullable(),
  head: z.object({ id: z.string(), name: z.string() }).nullable(),
  memberCount: z.number().int(),
  zeroEmploymentStatus: z.enum(zeroEmploymentStatuses).nullable(),
  org: z.object({ id: z.number(), name: z.string() }),
});
const ListFilter = z.object({
  q: z.string().trim().max(50).optional(),
  orgId: SerialIdText.optional(),
  zeroEmployment: z.enum(zeroEmploymentFilters).optional(),
});
const Member = z.object({
  personId: z.string(),
  name: z.string(),
  idNumberMasked: z.string(),
  gender: z.enum(['1', '2']),
  birthDate: z.string(),
  hukouType: z.string(),
  relation: z.string(),
  age: z.number().int(),
  workingAge: z.boolean(),
});
const HouseholdDetail = HouseholdItem.extend({
  createdAt: z.date(),
  updatedAt: z.date(),
  version: z.number().int(),
  members: z.array(Member),
});
const IdParams = z.object({ id: z.uuid() });
const Fields = z.object({
  number: z.string().trim().min(1).max(30),
  address: z.string().trim().max(200).nullish(),
  orgId: SerialId,
  headPersonId: z.uuid(),
});

export const householdsRoutes =
  (
    households: HouseholdsService,
    exportXlsx: ReturnType<typeof createHouseholdsExport>,
  ): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/households',
      {
        onRequest: requirePermission('person:read'),
        schema: {
          tags,
          summary:
            '家庭列表（q：户号前缀或户主姓名前缀；zeroEmployment：active 在册零就业 / eliminated 已消除 / never 从未认定）',
          querystring: PageQuery.extend(ListFilter.shape),
          response: { 200: pageOf(HouseholdItem) },
        },
      },
      async (req) => households.list(actorOf(req), req.query),
    );
    app.get(
      '/api/households/export.xlsx',
      {
        onRequest: requirePermission('person:export'),
        schema: {
          tags,
          summary: '导出家庭名单（与列表同一筛选和范围；记入审计日志）',
          querystring: ListFilter,
        },
      },
      async (req, reply) =>
        sendXlsx(reply, '家庭名单.xlsx', (await exportXlsx(actorOf(req), req.query)).stream),
    );
    app.get(
      '/api/households/:id',
      {
        onRequest: requirePermission('person:read'),
        schema: {
          tags,
          summary: '家庭详情（含成员：证件号码脱敏、年龄、是否处于劳动年龄段）',
          params: IdParams,
          response: { 200: HouseholdDetail },
        },
      },
      async (req) => households.get(actorOf(req), req.params.id),
    );
    app.post(
      '/api/households',
      {
        onRequest: requirePermission('person:write'),
        schema: {
          tags,
          summary: '登记家庭（户号唯一；户主自动成为成员）',
          body: Fields,
          response: { 200: HouseholdDetail },
        },
      },
      async (req) => households.create(actorOf(req), req.body),
    );
    app.patch(
      '/api/households/:id',
      {
        onRequest: requirePermission('person:write'),
        schema: {
          tags,
          summary: '修改家庭信息或变更户主（新户主须是本户成员；可带 version 防止覆盖他人修改）',
          params: IdParams,
          body: Fields.partial().extend({ version: Version.optional() }),
          response: { 200: HouseholdDetail },
        },
      },
      async (req) => households.update(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/api/households/:id/members',
      {
        onRequest: requirePermission('person:write'),
        schema: {
          tags,
          summary: '添加家庭成员（一人只能属于一户）',
          params: IdParams,
          body: z.object({ personId: z.uuid(), relation: z.string().trim().min(1).max(20) }),
          response: { 200: HouseholdDetail },
        },
      },
      async (req) => households.addMember(actorOf(req), req.params.id, req.body),
    );
    app.delete(
      '/api/households/:id/members/:personId',
      {
        onRequest: requirePermission('person:write'),
        schema: {
          tags,
          summary: '移除家庭成员（户主不能移除）',
          params: IdParams.extend({ personId: z.uuid() }),
          response: { 200: HouseholdDetail },
        },
      },
      async (req) => households.removeMember(actorOf(req), req.params.id, req.params.personId),
    );
    app.get(
      '/api/persons/:id/household',
      {
        onRequest: requirePermission('person:read'),
        schema: {
          tags,
          summary: '人员所在家庭（无则为 null）',
          params: IdParams,
          response: {
            200: z.object({ household: HouseholdItem.extend({ relation: z.string() }).nullable() }),
          },
        },
      },
      async (req) => households.ofPerson(actorOf(req), req.params.id),
    );
  };
