import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import { LinkableAccount } from '../../entrepreneurship/linkable-accounts.repo.ts';
import type { HospitalsService } from './hospitals.service.ts';
import {
  DecisionBody,
  HospitalDetail,
  HospitalItem,
  IdParams,
  ListQuery,
  RegisterBody,
  StaffParams,
  tags,
  UpdateBody,
} from './hospitals.views.ts';

const read = requirePermission('health_check:read');
const manage = requirePermission('health_check:manage');

/** 定点体检医院: the 医保处's register and decisions, staff accounts, and a hospital's own page. */
export const hospitalsRoutes =
  (hospitals: HospitalsService): FastifyPluginAsyncZod =>
  async (app) => {
    const base = '/api/health-checks/hospitals';
    app.get(
      base,
      {
        onRequest: read,
        schema: {
          tags,
          summary: '体检医院列表（附是否符合定点条件）',
          querystring: ListQuery,
          response: { 200: z.array(HospitalItem) },
        },
      },
      async (req) => hospitals.list(actorOf(req), req.query.status),
    );
    app.get(
      `${base}/accounts`,
      {
        onRequest: manage,
        schema: {
          tags,
          summary: '可关联到体检医院的账号（定点体检医院角色，本辖区；附已关联的医院）',
          response: { 200: z.array(LinkableAccount) },
        },
      },
      async (req) => hospitals.accounts(actorOf(req)),
    );
    app.get(
      `${base}/:id`,
      {
        onRequest: read,
        schema: {
          tags,
          summary: '体检医院（定点条件逐项核对，附条款；医保处可见其账号）',
          params: IdParams,
          response: { 200: HospitalDetail },
        },
      },
      async (req) => hospitals.detail(actorOf(req), req.params.id),
    );
    app.post(
      base,
      {
        onRequest: manage,
        schema: {
          tags,
          summary: '登记体检医院（申请，待认定）',
          body: RegisterBody,
          response: { 200: HospitalDetail },
        },
      },
      async (req) => hospitals.register(actorOf(req), req.body),
    );
    app.put(
      `${base}/:id`,
      {
        onRequest: manage,
        schema: {
          tags,
          summary: '修改体检医院的资质、设施和人员配备',
          params: IdParams,
          body: UpdateBody,
          response: { 200: HospitalDetail },
        },
      },
      async (req) => hospitals.update(actorOf(req), req.params.id, req.body),
    );
    app.post(
      `${base}/:id/decision`,
      {
        onRequest: manage,
        schema: {
          tags,
          summary: '确定为体检定点（须全部条件符合）、不予确定或取消定点（须说明原因）',
          params: IdParams,
          body: DecisionBody,
          response: { 200: HospitalDetail },
        },
      },
      async (req) => hospitals.decide(actorOf(req), req.params.id, req.body),
    );
    app.post(
      `${base}/:id/staff`,
      {
        onRequest: manage,
        schema: {
          tags,
          summary: '关联医院账号（须为定点体检医院角色，每个账号只能关联一家医院）',
          params: IdParams,
          body: z.object({ userId: z.uuid() }),
          response: { 200: HospitalDetail },
        },
      },
      async (req) => hospitals.linkStaff(actorOf(req), req.params.id, req.body.userId),
    );
    app.delete(
      `${base}/:id/staff/:userId`,
      {
        onRequest: manage,
        schema: { tags, summary: '解除医院账号关联', params: StaffParams, response: { 200: HospitalDetail } },
      },
      async (req) => hospitals.unlinkStaff(actorOf(req), req.params.id, req.params.userId),
    );
    app.get(
      '/api/health-checks/my-hospital',
      {
        onRequest: requirePermission('health_check:operate'),
        schema: { tags, summary: '本院信息（医院账号，只读）', response: { 200: HospitalDetail } },
      },
      async (req) => hospitals.mine(actorOf(req)),
    );
  };
