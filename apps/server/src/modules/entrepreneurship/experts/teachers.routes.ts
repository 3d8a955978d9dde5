import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dateRanges } from '../../../platform/dates/date-ranges.ts';
import { isoDateIn, Version } from '../../../platform/http/input-schemas.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import { statusBody } from './status-body.ts';
import type { TeachersService } from './teachers.service.ts';

const tags = ['创业服务'];
const IdParams = z.object({ id: z.uuid() });
const Day = isoDateIn(dateRanges.casework);
const courses = ['SYB', 'IYB', 'GYB', 'EYB'] as const;
const statuses = ['active', 'suspended', 'revoked'] as const;

const TeacherView = z.object({
  id: z.string(),
  name: z.string(),
  certificateNumber: z.string(),
  course: z.enum(courses),
  certifiedOn: z.string(),
  validTo: z.string().nullable(),
  institutionId: z.string().nullable(),
  institutionName: z.string().nullable(),
  status: z.enum(statuses),
  statusReason: z.string().nullable(),
  /** why the teacher may not teach now (suspended, revoked, certificate expired), or null */
  flag: z.string().nullable(),
  version: z.number(),
});

const TeacherBody = z.object({
  name: z.string().trim().min(1).max(50),
  certificateNumber: z.string().trim().min(3).max(50),
  course: z.enum(courses),
  certifiedOn: Day,
  validTo: Day.nullable(),
  institutionId: z.uuid().nullable(),
});

export const teachersRoutes =
  (teachers: TeachersService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/entrepreneurship/teachers',
      {
        onRequest: requirePermission('entrepreneurship:read'),
        schema: {
          tags,
          summary: 'SYB/IYB/GYB 创业培训教师档案（可限定某培训机构；暂停、撤销或证书过期的标出原因）',
          querystring: z.object({ institutionId: z.uuid().optional() }),
          response: { 200: z.array(TeacherView) },
        },
      },
      async (req) => teachers.list(actorOf(req), req.query),
    );
    app.post(
      '/api/entrepreneurship/teachers',
      {
        onRequest: requirePermission('entrepreneurship:manage'),
        schema: {
          tags,
          summary: '登记创业培训教师（证书编号唯一）',
          body: TeacherBody,
          response: { 200: TeacherView },
        },
      },
      async (req) => teachers.create(actorOf(req), req.body),
    );
    app.put(
      '/api/entrepreneurship/teachers/:id',
      {
        onRequest: requirePermission('entrepreneurship:manage'),
        schema: {
          tags,
          summary: '修改创业培训教师档案',
          params: IdParams,
          body: TeacherBody.extend({ version: Version }),
          response: { 200: TeacherView },
        },
      },
      async (req) => teachers.update(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/api/entrepreneurship/teachers/:id/status',
      {
        onRequest: requirePermission('entrepreneurship:manage'),
        schema: {
          tags,
          summary: '暂停、撤销（须说明原因）或恢复教师资格',
          params: IdParams,
          body: statusBody(statuses),
          response: { 200: TeacherView },
        },
      },
      async (req) => teachers.setStatus(actorOf(req), req.params.id, req.body),
    );
  };
