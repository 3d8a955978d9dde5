import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dateRanges } from '../../platform/dates/date-ranges.ts';
import { isoDateIn, SerialIdText } from '../../platform/http/input-schemas.ts';
import { PageQuery } from '../../platform/http/paging.ts';
import { actorOf, requirePermission } from '../../platform/http/session-hook.ts';
import { caseStatuses } from '../cases/workflow/case-status.ts';
import type { CaseWorkService } from './case-work.service.ts';
import { drillRows } from './drilldown.views.ts';
import type { StatisticsService } from './statistics.service.ts';

const tags = ['统计'];
const Year = z.coerce.number().int().min(2000).max(2100);

/** `?period=quarter&year=2026&index=2`, `?period=year&year=2026` or `?period=range&from=…&to=…`. */
const whereFields = {
  orgId: SerialIdText.optional().meta({ description: '机构（含下级）；缺省为本人所在机构' }),
  period: z.enum(['month', 'quarter', 'half', 'year', 'range']).default('year'),
  year: Year.optional(),
  index: z.coerce.number().int().min(1).max(12).optional().meta({ description: '第几月、季、半年' }),
  from: isoDateIn(dateRanges.filter).optional(),
  to: isoDateIn(dateRanges.filter).optional(),
};
const Where = z.object(whereFields);

const Codes = z
  .string()
  .max(1000)
  .transform((s) => s.split(',').filter(Boolean));

const Reference = z.object({
  document: z.string().optional(),
  doc: z.string(),
  clause: z.string().nullable(),
});
const Org = z.object({ id: z.number(), name: z.string(), level: z.string() });
const PeriodOut = z.object({ kind: z.string(), from: z.string(), to: z.string(), label: z.string() });
const Value = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(['count', 'amount', 'rate', 'sum', 'uncountable']),
  unit: z.string(),
  value: z.number().nullable(),
  count: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  terms: z
    .array(z.object({ code: z.string(), name: z.string(), sign: z.number(), value: z.number().nullable() }))
    .nullable(),
  reason: z.string().nullable(),
});
const Target = z.object({ value: z.number(), source: z.string() }).nullable();
const DrillPage = <S extends keyof typeof drillRows>(subject: S) =>
  z.object({
    code: z.string(),
    part: z.string(),
    subject: z.literal(subject),
    org: Org,
    period: PeriodOut,
    items: z.array(drillRows[subject]),
    total: z.number(),
  });

export const statisticsRoutes =
  (stats: StatisticsService, work: CaseWorkService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/statistics/case-work',
      {
        onRequest: requirePermission('case:read'),
        schema: {
          tags,
          summary: '首页经办数字：我的待办（临期、逾期）、本月办理、各环节案件数、各站逾期案件数',
          response: {
            200: z.object({
              today: z.string(),
              myQueue: z.object({ total: z.number(), dueSoon: z.number(), overdue: z.number() }),
              thisMonth: z.object({
                from: z.string(),
                to: z.string(),
                submitted: z.number(),
                accepted: z.number(),
                decided: z.number(),
                paid: z.number(),
              }),
              byStatus: z.array(
                z.object({ status: z.enum(caseStatuses), label: z.string(), count: z.number() }),
              ),
              overdueByStation: z.array(
                z.object({ org: z.object({ id: z.number(), name: z.string() }), count: z.number() }),
              ),
            }),
          },
        },
      },
      async (req) => work.summary(actorOf(req)),
    );
    const read = { onRequest: requirePermission('stats:read') };
    app.get(
      '/api/statistics/catalogue',
      {
        ...read,
        schema: {
          tags,
          summary: '统计指标目录：每项指标的定义、出处条款和记录计数口径',
          response: {
            200: z.array(
              z.object({
                code: z.string(),
                name: z.string(),
                nationalName: z.string().nullable(),
                kind: z.string(),
                unit: z.string(),
                definition: z.string(),
                counting: z.string(),
                reference: Reference,
                parts: z.array(z.object({ part: z.string(), label: z.string() })),
              }),
            ),
          },
        },
      },
      async () => stats.catalogue(),
    );
    app.get(
      '/api/statistics/indicators',
      {
        ...read,
        schema: {
          tags,
          summary: '指标值：某机构（含下级）某报告期的各项指标；比率带分子分母，无法计数的给出原因',
          querystring: Where.extend({ codes: Codes.optional() }),
          response: { 200: z.object({ org: Org, period: PeriodOut, items: z.array(Value) }) },
        },
      },
      async (req) => stats.values(actorOf(req), req.query),
    );
    app.get(
      '/api/statistics/by-org',
      {
        ...read,
        schema: {
          tags,
          summary: '按下级机构分列的指标（排名表；缺省为重点指标），附年度目标（未设目标为空）',
          querystring: Where.extend({ codes: Codes.optional() }),
          response: {
            200: z.object({
              org: Org,
              period: PeriodOut,
              rows: z.array(
                z.object({
                  org: z.object({ id: z.number(), name: z.string() }),
                  items: z.array(Value.extend({ target: Target })),
                }),
              ),
            }),
          },
        },
      },
      async (req) => stats.byChild(actorOf(req), req.query),
    );
    const Code = z.object({ code: z.string().max(60) });
    app.get(
      '/api/statistics/indicators/:code/by-policy',
      {
        ...read,
        schema: {
          tags,
          summary: '按经办事项（政策）和月份分列的件数和金额（批准金额、拨付金额）',
          params: Code,
          querystring: Where,
          response: {
            200: z.object({
              org: Org,
              period: PeriodOut,
              code: z.string(),
              rows: z.array(
                z.object({
                  caseTypeId: z.string(),
                  caseTypeName: z.string(),
                  month: z.string(),
                  count: z.number(),
                  amountFen: z.number(),
                }),
              ),
            }),
          },
        },
      },
      async (req) => stats.byPolicyMonth(actorOf(req), req.params.code, req.query),
    );
    app.get(
      '/api/statistics/indicators/:code/trend',
      {
        ...read,
        schema: {
          tags,
          summary: '某年逐月的指标值',
          params: Code,
          querystring: z.object({ orgId: SerialIdText.optional(), year: Year }),
          response: {
            200: z.object({
              code: z.string(),
              year: z.number(),
              points: z.array(Value.extend({ month: z.string() })),
            }),
          },
        },
      },
      async (req) => stats.trend(actorOf(req), req.params.code, req.query),
    );
    app.get(
      '/api/statistics/indicators/:code/drilldown',
      {
        ...read,
        schema: {
          tags,
          summary: '穿透明细：指标背后的人员、案件、家庭或培训学员（证件号码脱敏；记入审计日志）',
          params: Code,
          querystring: Where.extend({ ...PageQuery.shape, part: z.string().max(60).optional() }),
          response: {
            200: z.discriminatedUnion('subject', [
              DrillPage('person'),
              DrillPage('case'),
              DrillPage('household'),
              DrillPage('trainee'),
            ]),
          },
        },
      },
      async (req) => stats.drilldown(actorOf(req), req.params.code, req.query),
    );
  };
