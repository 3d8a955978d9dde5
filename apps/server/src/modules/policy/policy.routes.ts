import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dateRanges } from '../../platform/dates/date-ranges.ts';
import { isoDateIn } from '../../platform/http/input-schemas.ts';
import { actorOf, requirePermission } from '../../platform/http/session-hook.ts';
import type { PolicyService } from './policy.service.ts';
import { PolicyDetail, PolicyItem, PresentedEvaluation } from './policy.views.ts';

const tags = ['政策'];
const IsoDate = isoDateIn(dateRanges.policy);
const PolicyParams = z.object({ id: z.string().min(1).max(100) });
const ParameterParams = PolicyParams.extend({ name: z.string().min(1).max(100) });
const Figure = z.object({
  policyId: z.string(),
  policyName: z.string(),
  jurisdiction: z.object({ code: z.string(), name: z.string() }),
  local: z.boolean(),
  name: z.string(),
  by: z.string().nullable(),
  key: z.string().nullable(),
  label: z.string(),
  unit: z.string(),
  status: z.enum(['unset', 'set']),
  neededSince: z.string().nullable(),
  value: z.string().nullable(),
  from: z.string().nullable(),
  refDoc: z.string().nullable(),
  setByName: z.string().nullable(),
  setAt: z.string().nullable(),
  path: z.string(),
});
const ParameterValue = z.object({
  policyId: z.string(),
  name: z.string(),
  key: z.string().nullable(),
  effectiveFrom: z.string(),
  value: z.string(),
  refDoc: z.string(),
});

export const policyRoutes =
  (policies: PolicyService): FastifyPluginAsyncZod =>
  async (app) => {
    const read = { onRequest: requirePermission('policy:read') };

    app.get(
      '/api/policies',
      { ...read, schema: { tags, summary: '政策目录', response: { 200: z.array(PolicyItem) } } },
      async () => policies.list(),
    );
    app.get(
      '/api/policies/:id',
      {
        ...read,
        schema: {
          tags,
          summary: '政策详情：条件、材料、参数（含管理员设置值）',
          params: PolicyParams,
          response: { 200: PolicyDetail },
        },
      },
      async (req) => policies.get(req.params.id),
    );
    app.post(
      '/api/policies/:id/evaluate',
      {
        ...read,
        schema: {
          tags,
          summary: '按政策规则试算（what-if），返回结论、金额、依据和中文说明',
          params: PolicyParams,
          body: z.object({
            on: IsoDate,
            input: z.unknown(),
            pastClaims: z.array(z.unknown()).max(100).optional(),
            confirmedChecks: z.record(z.string(), z.boolean()).optional(),
          }),
          response: { 200: PresentedEvaluation },
        },
      },
      async (req) => policies.whatIf(req.params.id, req.body),
    );
    app.put(
      '/api/policies/:id/parameters/:name',
      {
        onRequest: requirePermission('policy:configure'),
        schema: {
          tags,
          summary: '设置地方参数值（如本市在岗职工平均工资），按生效日期记录',
          params: ParameterParams,
          body: z.object({
            key: z.string().max(60).optional(),
            effectiveFrom: IsoDate,
            value: z.string().trim().min(1).max(40),
            refDoc: z.string().trim().min(2).max(200),
            refClause: z.string().trim().max(200).optional(),
          }),
          response: { 200: ParameterValue },
        },
      },
      async (req) => policies.setParameterValue(actorOf(req), req.params.id, req.params.name, req.body),
    );
    app.delete(
      '/api/policies/:id/parameters/:name',
      {
        onRequest: requirePermission('policy:configure'),
        schema: {
          tags,
          summary: '撤回误设的地方参数值（回到此前有效的取值；记入审计日志）',
          params: ParameterParams,
          querystring: z.object({ key: z.string().max(60).optional(), effectiveFrom: IsoDate }),
          response: {
            200: ParameterValue.pick({ policyId: true, name: true, key: true, effectiveFrom: true }),
          },
        },
      },
      async (req) => policies.withdrawParameterValue(actorOf(req), req.params.id, req.params.name, req.query),
    );
    app.get(
      '/api/policy-figures',
      {
        ...read,
        schema: {
          tags,
          summary: '须由管理员设置的地方参数（上年度职工平均工资、最低工资标准等）：今日尚未设置的和已设置的',
          response: { 200: z.object({ today: z.string(), figures: z.array(Figure) }) },
        },
      },
      async () => policies.figures(),
    );
  };
