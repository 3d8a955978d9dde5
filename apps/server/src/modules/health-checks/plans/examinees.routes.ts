import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, requireAnyPermission, requirePermission } from '../../../platform/http/session-hook.ts';
import type { ExamineesService } from './examinees.service.ts';
import { Changed, DayList, DayQuery, IdParams, tags, VersionBody, VisitBody } from './plans.views.ts';

const base = '/api/health-checks/examinees';
const either = requireAnyPermission('health_check:manage', 'health_check:operate');

/** 受检人员: the hospital's list of the day; home and bedside checks and absence, by 医保处 or hospital. */
export const examineesRoutes =
  (examinees: ExamineesService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      base,
      {
        onRequest: requirePermission('health_check:operate'),
        schema: {
          tags,
          summary: '本院当日受检人员（身份号码脱敏）',
          querystring: DayQuery,
          response: { 200: DayList },
        },
      },
      async (req) => {
        const { date, ...page } = req.query;
        return examinees.day(actorOf(req), date, page);
      },
    );
    app.post(
      `${base}/:id/visit`,
      {
        onRequest: either,
        schema: {
          tags,
          summary: '登记救护车接送或到床体检（第十条：申请人及原因，报医保处备案）',
          params: IdParams,
          body: VisitBody,
          response: { 200: Changed },
        },
      },
      async (req) => examinees.setVisit(actorOf(req), req.params.id, req.body),
    );
    app.post(
      `${base}/:id/absent`,
      {
        onRequest: either,
        schema: {
          tags,
          summary: '标记未到检',
          params: IdParams,
          body: VersionBody,
          response: { 200: Changed },
        },
      },
      async (req) => examinees.markAbsent(actorOf(req), req.params.id, req.body.version),
    );
  };
