import { fenToYuan, MAX_AMOUNT_FEN, yuanFigures } from '@minsheng/rules/engine/money.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Permission } from '../../../platform/access/permissions.ts';
import { Version } from '../../../platform/http/input-schemas.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import { CaseIdParams, Materials, tags } from '../cases.routes.ts';
import type { CasesService } from '../cases.service.ts';
import { CaseDetail } from '../cases.views.ts';

const Note = z.string().trim().max(500).optional();
/** Pre-filled registry facts changed by an officer, each with its reason (audited, shown to the reviewer). */
const FactChanges = z
  .array(
    z.object({
      path: z.string().min(1).max(200),
      value: z.unknown().optional(),
      remove: z.boolean().optional(),
      reason: z.string().trim().max(500),
    }),
  )
  .max(50);
const Checks = z
  .record(z.string(), z.object({ confirmed: z.boolean(), note: z.string().trim().max(200).optional() }))
  .optional();

/** The lifecycle steps: each takes the case `version` (stale → 409) and answers the case file. */
export const casesActionsRoutes =
  (cases: CasesService): FastifyPluginAsyncZod =>
  async (app) => {
    const step = <B extends z.ZodType>(
      path: string,
      permission: Permission,
      summary: string,
      body: B,
      handler: (actor: ReturnType<typeof actorOf>, id: string, body: z.output<B>) => Promise<unknown>,
    ) =>
      app.post(
        `/api/cases/:id/${path}`,
        {
          onRequest: requirePermission(permission),
          schema: { tags, summary, params: CaseIdParams, body, response: { 200: CaseDetail } },
        },
        async (req) =>
          handler(actorOf(req), req.params.id, req.body as z.output<B>) as Promise<
            z.output<typeof CaseDetail>
          >,
      );

    const simple = z.object({ version: Version, materials: Materials, note: Note });
    step(
      'change-facts',
      'case:create',
      '修改预填的登记信息（每项须写明理由，记入审计，审核时显示）',
      z.object({ version: Version, changes: FactChanges.min(1) }),
      cases.changeFacts,
    );
    step('submit', 'case:create', '提交申请（申请信息须完整有效）', simple, cases.submit);
    step('withdraw', 'case:create', '撤回申请', z.object({ version: Version, note: Note }), cases.withdraw);
    step('resubmit', 'case:create', '补正后重新提交', simple, cases.resubmit);
    step('accept', 'case:accept', '受理（必备材料须齐全）', simple, cases.accept);
    step(
      'return',
      'case:accept',
      '退回补正：出具一次性补正材料告知书，列明全部缺少的材料',
      simple.extend({ extraItems: z.array(z.string().trim().min(1).max(200)).max(20).optional() }),
      cases.return,
    );
    step(
      'review',
      'case:review',
      '审核：按决定日的登记信息运行政策规则，冻结事实与结果，记录人工核查',
      z.object({
        version: Version,
        checks: Checks,
        declared: z.record(z.string(), z.unknown()).optional(),
        factChanges: FactChanges.optional(),
        note: Note,
      }),
      cases.review,
    );
    step(
      're-evaluate',
      'case:review',
      '重新核验（须填写原因，记入审计）',
      z.object({
        version: Version,
        reason: z.string().trim().min(1).max(500),
        checks: Checks,
        factChanges: FactChanges.optional(),
      }),
      cases.reEvaluate,
    );
    step(
      'override-amount',
      'case:review',
      '调整核定金额（须写明理由，记入审计）',
      z.object({
        version: Version,
        amountFen: z
          .number({ error: '请填写金额' })
          .int('金额须精确到分')
          .min(0, '金额不能为负数')
          .max(MAX_AMOUNT_FEN, `金额不能超过 ${yuanFigures(fenToYuan(MAX_AMOUNT_FEN))} 元`),
        reason: z.string().max(500, '理由不能超过 500 字'),
      }),
      cases.overrideAmount,
    );
    step(
      'approve',
      'case:approve',
      '批准（一次性待遇由数据库唯一约束保证只享受一次）',
      z.object({ version: Version, note: Note }),
      cases.approve,
    );
    step(
      'reject',
      'case:approve',
      '不予批准（须写明理由）',
      z.object({ version: Version, reasons: z.array(z.string().max(500)).min(1).max(20) }),
      cases.reject,
    );
  };
