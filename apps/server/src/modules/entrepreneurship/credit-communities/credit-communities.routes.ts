import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SerialId, SerialIdText, Version } from '../../../platform/http/input-schemas.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import { loanStatuses } from '../loans/loans.schema.ts';
import { figureKinds } from './credit-communities.repo.ts';
import type { CreditCommunitiesService } from './credit-communities.service.ts';

const tags = ['创业服务'];
const base = '/api/entrepreneurship/credit-communities';
const Year = z.coerce.number().int().min(2009).max(2100);

const Figures = z.object({
  borrowers: z.number(),
  issued: z.string(),
  maturedDue: z.string(),
  maturedRecovered: z.string(),
  recoveryRatePercent: z.string().nullable(),
  commitmentsSigned: z.number(),
  trackingCards: z.number(),
  badDebt: z.string(),
});
const Evaluation = z.object({
  id: z.string(),
  year: z.number(),
  fullEmployment: z.boolean(),
  figures: Figures,
  outcome: z.enum(['recognised', 'not_recognised']),
  reasons: z.array(z.object({ met: z.boolean(), text: z.string(), clause: z.string().optional() })),
  reward: z.string(),
  status: z.enum(['evaluated', 'published', 'withdrawn']),
  publishedOn: z.string().nullable(),
  rewardCaseId: z.string().nullable(),
  withdrawnOn: z.string().nullable(),
  withdrawReason: z.string().nullable(),
  evaluatedAt: z.date(),
  version: z.number(),
});
const Overview = z.object({
  year: z.number(),
  items: z.array(
    z.object({
      communityOrgId: z.number(),
      name: z.string(),
      streetName: z.string().nullable(),
      /** counted from the ledger now */
      figures: Figures,
      evaluation: Evaluation.nullable(),
    }),
  ),
});
const Loan = z.object({
  id: z.string(),
  number: z.string(),
  name: z.string(),
  idNumberMasked: z.string().nullable(),
  status: z.enum(loanStatuses),
  principal: z.string(),
  disbursedOn: z.string().nullable(),
  maturesOn: z.string().nullable(),
  extendedTo: z.string().nullable(),
  repaidByDue: z.string(),
  commitmentSigned: z.boolean(),
  trackingCard: z.boolean(),
});
const EvaluateBody = z.object({
  year: Year,
  items: z
    .array(
      z.object({
        communityOrgId: SerialId,
        /** 充分就业社区, as the city bureau recognised it (the system keeps no register of it) */
        fullEmployment: z.boolean(),
        /** the rule's human checks: debt_recovery_cooperation, joint_recognition, no_matured_loans */
        checks: z
          .object({
            debt_recovery_cooperation: z.boolean().optional(),
            joint_recognition: z.boolean().optional(),
            no_matured_loans: z.boolean().optional(),
          })
          .default({}),
      }),
    )
    .min(1)
    .max(500),
});

export const creditCommunitiesRoutes =
  (service: CreditCommunitiesService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      base,
      {
        onRequest: requirePermission('entrepreneurship:read'),
        schema: {
          tags,
          summary: '信用社区：辖区社区当年担保贷款台账数据（实时统计）及评定结果',
          querystring: z.object({ year: Year }),
          response: { 200: Overview },
        },
      },
      async (req) => service.overview(actorOf(req), req.query.year),
    );
    app.get(
      `${base}/:communityOrgId/loans`,
      {
        onRequest: requirePermission('entrepreneurship:read'),
        schema: {
          tags,
          summary: '信用社区数据穿透：某项数据统计的贷款（证件号码脱敏，记入审计）',
          params: z.object({ communityOrgId: SerialIdText }),
          querystring: z.object({ year: Year, kind: z.enum(figureKinds) }),
          response: { 200: z.array(Loan) },
        },
      },
      async (req) => service.loans(actorOf(req), req.params.communityOrgId, req.query.year, req.query.kind),
    );
    app.post(
      `${base}/evaluations`,
      {
        onRequest: requirePermission('entrepreneurship:manage'),
        schema: {
          tags,
          summary: '评定信用社区：按台账数据运行信用社区规则，保存结论、理由和条款（未公布的可重新评定）',
          body: EvaluateBody,
          response: { 200: Overview },
        },
      },
      async (req) =>
        service.evaluate(actorOf(req), {
          year: req.body.year,
          items: req.body.items.map((i) => ({
            communityOrgId: i.communityOrgId,
            fullEmployment: i.fullEmployment,
            checks: Object.fromEntries(
              Object.entries(i.checks).filter((e): e is [string, boolean] => e[1] !== undefined),
            ),
          })),
        }),
    );
    app.post(
      `${base}/publish`,
      {
        onRequest: requirePermission('entrepreneurship:manage'),
        schema: {
          tags,
          summary: '公布年度信用社区名单：发布公告，为每个认定的社区自动生成奖励工作经费案件',
          body: z.object({ year: Year }),
          response: { 200: Overview },
        },
      },
      async (req) => service.publish(actorOf(req), req.body),
    );
    app.post(
      `${base}/recheck`,
      {
        onRequest: requirePermission('entrepreneurship:manage'),
        schema: {
          tags,
          summary: '动态复核：本年至今到期贷款回收率低于规则标准的信用社区，撤销其称号',
          response: {
            200: z.object({
              asOf: z.string(),
              withdrawn: z.array(
                z.object({ communityName: z.string(), year: z.number(), reason: z.string() }),
              ),
            }),
          },
        },
      },
      async (req) => service.recheck(actorOf(req)),
    );
    app.post(
      `${base}/evaluations/:id/withdraw`,
      {
        onRequest: requirePermission('entrepreneurship:manage'),
        schema: {
          tags,
          summary: '撤销信用社区称号（须写明理由）',
          params: z.object({ id: z.uuid() }),
          body: z.object({ reason: z.string().trim().min(1).max(500), version: Version }),
          response: { 200: Overview },
        },
      },
      async (req) => service.withdraw(actorOf(req), req.params.id, req.body),
    );
  };

/** The current credit communities, without sign-in and without any personal data (名单公布). */
export const creditCommunitiesPublicRoutes =
  (service: CreditCommunitiesService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/public/credit-communities',
      {
        schema: {
          tags: ['公开信息'],
          summary: '小额担保贷款信用社区名单（无需登录，不含个人信息）',
          response: {
            200: z.object({
              asOf: z.string(),
              items: z.array(
                z.object({
                  communityName: z.string(),
                  streetName: z.string().nullable(),
                  year: z.number(),
                  publishedOn: z.string().nullable(),
                  borrowers: z.number(),
                  issued: z.string(),
                  recoveryRatePercent: z.string().nullable(),
                }),
              ),
            }),
          },
        },
      },
      async () => service.publicList(),
    );
  };
