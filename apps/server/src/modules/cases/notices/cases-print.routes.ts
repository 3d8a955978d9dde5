import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireAnyPermission, requirePermission } from '../../../platform/http/session-hook.ts';
import { caseStatuses } from '../workflow/case-status.ts';
import type { CasesPrintService } from './cases-print.service.ts';

const tags = ['经办·打印'];

const Letterhead = z.object({
  bureau: z.string(),
  orgName: z.string(),
  today: z.string(),
});

const RosterRow = z.object({
  seq: z.number().int(),
  caseId: z.string(),
  caseNumber: z.string(),
  name: z.string(),
  idNumberMasked: z.string().nullable(),
  occupation: z.string().nullable(),
  level: z.string().nullable(),
  certificateNumber: z.string().nullable(),
  status: z.enum(caseStatuses),
  statusLabel: z.string(),
  amount: z.string().nullable(),
});

const Roster = z.object({
  id: z.string(),
  number: z.string(),
  caseTypeId: z.string(),
  caseTypeName: z.string(),
  applicantName: z.string().nullable(),
  createdAt: z.date(),
  rows: z.array(RosterRow),
  totals: z.object({ count: z.number().int(), withAmount: z.number().int(), amount: z.string() }),
});

const ApprovalNotice = z.object({
  title: z.string(),
  caseNumber: z.string(),
  caseTypeName: z.string(),
  applicantName: z.string(),
  idNumberMasked: z.string().nullable(),
  appliedOn: z.string().nullable(),
  decidedOn: z.string(),
  approved: z.boolean(),
  amount: z
    .object({
      label: z.string(),
      fen: z.number().int(),
      figures: z.string(),
      words: z.string(),
      overridden: z.boolean(),
    })
    .nullable(),
  lines: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      kind: z.enum(['payable', 'part', 'figure']),
      amount: z.string(),
    }),
  ),
  basis: z.string(),
  reasons: z.array(z.string()),
});

/** Print data: the letterhead, the batch roster and the decision notice. */
export const casesPrintRoutes =
  (print: CasesPrintService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/print/letterhead',
      {
        // a hospital's staff print the archive return register (health checks, 第十八条)
        onRequest: requireAnyPermission('case:read', 'health_check:operate'),
        schema: {
          tags,
          summary: '打印抬头：本市人力资源和社会保障局名称、本人所在机构、今日日期',
          response: { 200: Letterhead },
        },
      },
      async (req) => print.letterhead(actorOf(req)),
    );
    app.get(
      '/api/cases/:id/approval-notice',
      {
        onRequest: requirePermission('case:read'),
        schema: {
          tags,
          summary: '批准通知书 / 不予批准决定书：核定金额（小写、大写）及其构成、政策依据、不予批准的理由',
          params: z.object({ id: z.uuid() }),
          response: { 200: ApprovalNotice },
        },
      },
      async (req) => print.approvalNotice(actorOf(req), req.params.id),
    );
    app.get(
      '/api/case-batches/:id/roster',
      {
        onRequest: requirePermission('case:read'),
        schema: {
          tags,
          summary: '花名册打印：逐人姓名、脱敏身份证号、职业（工种）、等级、证书编号、核定金额及合计',
          params: z.object({ id: z.uuid() }),
          response: { 200: Roster },
        },
      },
      async (req) => print.roster(actorOf(req), req.params.id),
    );
  };
