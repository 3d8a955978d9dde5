import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dateRanges } from '../../../platform/dates/date-ranges.ts';
import { isoDateIn, Version } from '../../../platform/http/input-schemas.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import { YuanInput } from '../files/plan-rules.ts';
import { projectSources, projectStatuses } from './projects.schema.ts';
import type { ProjectsService } from './projects.service.ts';

const tags = ['创业服务'];
const base = '/api/entrepreneurship/projects';
const IdParams = z.object({ id: z.uuid() });
const write = requirePermission('entrepreneurship:write');

const ProjectView = z.object({
  id: z.string(),
  number: z.string(),
  name: z.string(),
  sector: z.string(),
  source: z.enum(projectSources),
  summary: z.string(),
  /** 元 */
  investment: z.string(),
  expectedJobs: z.number(),
  status: z.enum(projectStatuses),
  reviewExpertId: z.string().nullable(),
  reviewExpertName: z.string().nullable(),
  reviewOpinion: z.string().nullable(),
  reviewedOn: z.string().nullable(),
  publishedOn: z.string().nullable(),
  version: z.number(),
});

const Taker = z.object({
  linkId: z.string(),
  fileId: z.string(),
  fileNumber: z.string(),
  name: z.string(),
  status: z.enum(['recommended', 'taken', 'declined']),
  recommendedOn: z.string(),
  takenOn: z.string().nullable(),
});

export const projectsRoutes =
  (projects: ProjectsService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      base,
      {
        onRequest: requirePermission('entrepreneurship:read'),
        schema: {
          tags,
          summary: '创业项目库（本辖区收集的项目和全部已发布项目）',
          querystring: z.object({ status: z.enum(projectStatuses).optional() }),
          response: { 200: z.array(ProjectView) },
        },
      },
      async (req) => projects.list(actorOf(req), req.query),
    );
    app.post(
      base,
      {
        onRequest: write,
        schema: {
          tags,
          summary: '收集创业项目（政府开发、社会征集、个人提供、有偿设计）',
          body: z.object({
            name: z.string().trim().min(1).max(200),
            sector: z.string().trim().min(1).max(100),
            source: z.enum(projectSources),
            summary: z.string().trim().min(1).max(2000),
            investment: YuanInput,
            expectedJobs: z.number().int().min(0).max(100_000),
          }),
          response: { 200: ProjectView },
        },
      },
      async (req) => projects.create(actorOf(req), req.body),
    );
    app.get(
      `${base}/:id`,
      {
        onRequest: requirePermission('entrepreneurship:read'),
        schema: {
          tags,
          summary: '创业项目及推荐、采用该项目的学员（本辖区）',
          params: IdParams,
          response: { 200: ProjectView.extend({ takers: z.array(Taker) }) },
        },
      },
      async (req) => projects.get(actorOf(req), req.params.id),
    );
    app.post(
      `${base}/:id/expert`,
      {
        onRequest: write,
        schema: {
          tags,
          summary: '指派论证专家',
          params: IdParams,
          body: z.object({ expertId: z.uuid(), version: Version }),
          response: { 200: ProjectView },
        },
      },
      async (req) => projects.assign(actorOf(req), req.params.id, req.body),
    );
    app.post(
      `${base}/:id/publish`,
      {
        onRequest: write,
        schema: {
          tags,
          summary: '发布入库（仅论证可行的项目）',
          params: IdParams,
          body: z.object({ version: Version }),
          response: { 200: ProjectView },
        },
      },
      async (req) => projects.publish(actorOf(req), req.params.id, req.body),
    );
    app.post(
      `${base}/:id/withdraw`,
      {
        onRequest: write,
        schema: {
          tags,
          summary: '下架已发布的项目（说明原因）',
          params: IdParams,
          body: z.object({ reason: z.string().trim().min(2).max(500), version: Version }),
          response: { 200: ProjectView },
        },
      },
      async (req) => projects.withdraw(actorOf(req), req.params.id, req.body),
    );
    app.post(
      `${base}/:id/recommendations`,
      {
        onRequest: write,
        schema: {
          tags,
          summary: '向学员推荐已发布的项目',
          params: IdParams,
          body: z.object({ fileId: z.uuid() }),
          response: { 200: z.array(Taker) },
        },
      },
      async (req) => projects.recommend(actorOf(req), req.params.id, req.body.fileId),
    );
    app.post(
      '/api/entrepreneurship/project-recommendations/:id',
      {
        onRequest: write,
        schema: {
          tags,
          summary: '记录学员采用或未采用所推荐的项目',
          params: IdParams,
          body: z.object({ status: z.enum(['taken', 'declined']), on: isoDateIn(dateRanges.casework) }),
          response: { 200: z.array(Taker) },
        },
      },
      async (req) => projects.outcome(actorOf(req), req.params.id, req.body),
    );
    app.get(
      '/api/entrepreneurship/project-reviews',
      {
        onRequest: requirePermission('entrepreneurship:review'),
        schema: {
          tags,
          summary: '专家本人：指派给我论证的创业项目',
          response: { 200: z.array(ProjectView) },
        },
      },
      async (req) => projects.assigned(actorOf(req)),
    );
    app.post(
      '/api/entrepreneurship/project-reviews/:id',
      {
        onRequest: requirePermission('entrepreneurship:review'),
        schema: {
          tags,
          summary: '专家本人：提交项目论证结论（可行/不可行）及意见',
          params: IdParams,
          body: z.object({
            feasible: z.boolean(),
            opinion: z.string().trim().min(2).max(2000),
            version: Version,
          }),
          response: { 200: ProjectView },
        },
      },
      async (req) => projects.review(actorOf(req), req.params.id, req.body),
    );
  };

const PublicProject = z.object({
  number: z.string(),
  name: z.string(),
  sector: z.string(),
  source: z.enum(projectSources),
  summary: z.string(),
  investment: z.string(),
  expectedJobs: z.number(),
  publishedOn: z.string().nullable(),
});

/**
 * The project resource library open to trainees (000 第五篇 三(四)、(十一)): the published projects
 * only, at most 200, with no personal data, so it needs no session.
 */
export const projectsPublicRoutes =
  (projects: ProjectsService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/public/entrepreneurship-projects',
      {
        schema: {
          tags: ['公开信息'],
          summary: '创业项目资源库：已发布的创业项目（无需登录，不含个人信息）',
          response: { 200: z.object({ asOf: z.string(), items: z.array(PublicProject) }) },
        },
      },
      async () => projects.published(),
    );
  };
