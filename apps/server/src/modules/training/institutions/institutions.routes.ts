import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Version } from '../../../platform/http/input-schemas.ts';
import { PageQuery, pageOf } from '../../../platform/http/paging.ts';
import { actorOf, requireAnyPermission, requirePermission } from '../../../platform/http/session-hook.ts';
import { institutionStatuses } from './institutions.schema.ts';
import type { InstitutionsService } from './institutions.service.ts';
import {
  ApplicationBody,
  base,
  IdParams,
  Institution,
  InstitutionDetail,
  ProfileBody,
  SiteBody,
  TeacherBody,
  tags,
} from './institutions.views.ts';

const readers = requireAnyPermission('training:read', 'training:operate');
const writers = requireAnyPermission('training:manage', 'training:operate');

/** Applications, profiles, teachers and sites of designated training institutions. */
export const institutionsRoutes =
  (institutions: InstitutionsService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      base,
      {
        onRequest: readers,
        schema: {
          tags,
          summary: '培训机构列表（市局按数据范围；机构账号只见本机构）',
          querystring: PageQuery.extend({
            status: z.enum(institutionStatuses).optional(),
            q: z.string().trim().max(50).optional(),
          }),
          response: { 200: pageOf(Institution) },
        },
      },
      async (req) => institutions.list(actorOf(req), req.query),
    );
    app.get(
      `${base}/mine`,
      {
        onRequest: requirePermission('training:operate'),
        schema: {
          tags,
          summary: '本机构（账号未关联机构时为 null，可提交申请）',
          response: { 200: z.object({ institution: InstitutionDetail.nullable() }) },
        },
      },
      async (req) => institutions.mine(actorOf(req)),
    );
    app.post(
      `${base}/apply`,
      {
        onRequest: requirePermission('training:operate'),
        schema: {
          tags,
          summary: '申请认定为定点培训机构（创建机构并将本账号关联为其工作人员）',
          body: ApplicationBody,
          response: { 200: InstitutionDetail },
        },
      },
      async (req) => institutions.apply(actorOf(req), req.body),
    );
    app.post(
      base,
      {
        onRequest: requirePermission('training:manage'),
        schema: {
          tags,
          summary: '登记纸质申请（市局代录）',
          body: ApplicationBody,
          response: { 200: InstitutionDetail },
        },
      },
      async (req) => institutions.registerPaper(actorOf(req), req.body),
    );
    app.get(
      `${base}/:id`,
      {
        onRequest: readers,
        schema: {
          tags,
          summary: '培训机构详情（教师、场地、历史）',
          params: IdParams,
          response: { 200: InstitutionDetail },
        },
      },
      async (req) => institutions.read(actorOf(req), req.params.id),
    );
    app.put(
      `${base}/:id`,
      {
        onRequest: writers,
        schema: {
          tags,
          summary: '修改申请（仅「已申请，待审核」时）',
          params: IdParams,
          body: ProfileBody.extend({ version: Version }),
          response: { 200: InstitutionDetail },
        },
      },
      async (req) => institutions.updateApplication(actorOf(req), req.params.id, req.body),
    );
    app.post(
      `${base}/:id/reapply`,
      {
        onRequest: writers,
        schema: {
          tags,
          summary: '重新申请认定（审核未通过或定点资格已过期的机构，经审核和公示后重新认定）',
          params: IdParams,
          body: ProfileBody.extend({ version: Version }),
          response: { 200: InstitutionDetail },
        },
      },
      async (req) => institutions.reapply(actorOf(req), req.params.id, req.body),
    );
    app.post(
      `${base}/:id/teachers`,
      {
        onRequest: writers,
        schema: {
          tags,
          summary: '增加教师',
          params: IdParams,
          body: TeacherBody,
          response: { 200: InstitutionDetail },
        },
      },
      async (req) => institutions.addTeacher(actorOf(req), req.params.id, req.body),
    );
    app.put(
      `${base}/:id/teachers/:teacherId`,
      {
        onRequest: writers,
        schema: {
          tags,
          summary: '修改教师（离职的教师改为 left，不删除）',
          params: IdParams.extend({ teacherId: z.uuid() }),
          body: TeacherBody.extend({ status: z.enum(['active', 'left']), version: Version }),
          response: { 200: InstitutionDetail },
        },
      },
      async (req) => institutions.updateTeacher(actorOf(req), req.params.id, req.params.teacherId, req.body),
    );
    app.post(
      `${base}/:id/sites`,
      {
        onRequest: writers,
        schema: {
          tags,
          summary: '增加培训场地',
          params: IdParams,
          body: SiteBody,
          response: { 200: InstitutionDetail },
        },
      },
      async (req) => institutions.addSite(actorOf(req), req.params.id, req.body),
    );
    app.put(
      `${base}/:id/sites/:siteId`,
      {
        onRequest: writers,
        schema: {
          tags,
          summary: '修改培训场地',
          params: IdParams.extend({ siteId: z.uuid() }),
          body: SiteBody.extend({ version: Version }),
          response: { 200: InstitutionDetail },
        },
      },
      async (req) => institutions.updateSite(actorOf(req), req.params.id, req.params.siteId, req.body),
    );
  };
