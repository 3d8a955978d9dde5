import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import type { LeadsService } from './leads.service.ts';
import {
  DismissBody,
  IdParams,
  LeadDetail,
  LeadItem,
  LeadList,
  LeadQuery,
  StartCaseBody,
  StartedCase,
  tags,
} from './leads.views.ts';

const base = '/api/screening/leads';
const read = requirePermission('screening:read');

/** 政策找人 线索: the list of a subtree, a lead with its explanation, starting a case, dismissing. */
export const leadsRoutes =
  (leads: LeadsService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      base,
      {
        onRequest: read,
        schema: {
          tags,
          summary: '线索清单（本辖区；按状态、政策筛选；身份号码脱敏）',
          querystring: LeadQuery,
          response: { 200: LeadList },
        },
      },
      async (req) => leads.list(actorOf(req), req.query),
    );
    app.get(
      `${base}/:id`,
      {
        onRequest: read,
        schema: {
          tags,
          summary: '线索（依据、需核实事项、按今日登记信息逐条说明）',
          params: IdParams,
          response: { 200: LeadDetail },
        },
      },
      async (req) => leads.detail(actorOf(req), req.params.id),
    );
    app.post(
      `${base}/:id/case`,
      {
        onRequest: read,
        schema: {
          tags,
          summary: '发起申请（为该人员新建草稿案件，登记信息自动带入；线索转为已发起申请）',
          params: IdParams,
          body: StartCaseBody,
          response: { 200: StartedCase },
        },
      },
      async (req) => leads.startCase(actorOf(req), req.params.id, req.body.version),
    );
    app.post(
      `${base}/:id/dismiss`,
      {
        onRequest: read,
        schema: {
          tags,
          summary: '排除线索（须说明理由；以后的筛查不再提示）',
          params: IdParams,
          body: DismissBody,
          response: { 200: LeadItem },
        },
      },
      async (req) => leads.dismiss(actorOf(req), req.params.id, req.body),
    );
  };
