import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Version } from '../../../platform/http/input-schemas.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import { LinkableAccount } from '../linkable-accounts.repo.ts';
import type { ExpertsService } from './experts.service.ts';
import { statusBody } from './status-body.ts';

const tags = ['创业服务'];
const IdParams = z.object({ id: z.uuid() });

export const ExpertView = z.object({
  id: z.string(),
  name: z.string(),
  field: z.string(),
  organisation: z.string(),
  qualifications: z.string().nullable(),
  status: z.enum(['active', 'suspended']),
  statusReason: z.string().nullable(),
  userId: z.string().nullable(),
  username: z.string().nullable(),
  /** trainees' average rating (1–5, two decimals), null before the first */
  averageRating: z.string().nullable(),
  ratings: z.number(),
  /** business-plan reviews written */
  reviews: z.number(),
  version: z.number(),
});

const ExpertBody = z.object({
  name: z.string().trim().min(1).max(50),
  field: z.string().trim().min(1).max(100),
  organisation: z.string().trim().min(1).max(200),
  qualifications: z.string().trim().max(500).nullable(),
  userId: z.uuid().nullable(),
});

export const expertsRoutes =
  (experts: ExpertsService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/entrepreneurship/experts',
      {
        onRequest: requirePermission('entrepreneurship:read'),
        schema: {
          tags,
          summary: '创业专家库（本级及上级机构的专家，附学员平均评分和评审次数）',
          response: { 200: z.array(ExpertView) },
        },
      },
      async (req) => experts.list(actorOf(req)),
    );
    app.get(
      '/api/entrepreneurship/experts/accounts',
      {
        onRequest: requirePermission('entrepreneurship:manage'),
        schema: {
          tags,
          summary: '可关联到专家的登录账号（创业专家角色，本辖区；附已关联的专家）',
          response: { 200: z.array(LinkableAccount) },
        },
      },
      async (req) => experts.accounts(actorOf(req)),
    );
    app.post(
      '/api/entrepreneurship/experts',
      {
        onRequest: requirePermission('entrepreneurship:manage'),
        schema: { tags, summary: '登记创业专家', body: ExpertBody, response: { 200: ExpertView } },
      },
      async (req) => experts.create(actorOf(req), req.body),
    );
    app.put(
      '/api/entrepreneurship/experts/:id',
      {
        onRequest: requirePermission('entrepreneurship:manage'),
        schema: {
          tags,
          summary: '修改创业专家信息（含关联账号）',
          params: IdParams,
          body: ExpertBody.extend({ version: Version }),
          response: { 200: ExpertView },
        },
      },
      async (req) => experts.update(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/api/entrepreneurship/experts/:id/status',
      {
        onRequest: requirePermission('entrepreneurship:manage'),
        schema: {
          tags,
          summary: '暂停（须说明原因）或恢复创业专家',
          params: IdParams,
          body: statusBody(['active', 'suspended'] as const),
          response: { 200: ExpertView },
        },
      },
      async (req) => experts.setStatus(actorOf(req), req.params.id, req.body),
    );
  };
