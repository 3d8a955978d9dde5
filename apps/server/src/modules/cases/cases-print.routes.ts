import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requirePermission } from '../../platform/http/session-hook.ts';
import { caseStatuses } from './case-status.ts';
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

/** Print data: the letterhead and the batch roster (the other documents read the usual endpoints). */
export const casesPrintRoutes =
  (print: CasesPrintService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/print/letterhead',
      {
        onRequest: requirePermission('case:read'),
        schema: {
          tags,
          summary: '打印抬头：本市人力资源和社会保障局名称、本人所在机构、今日日期',
          response: { 200: Letterhead },
        },
      },
      async (req) => print.letterhead(actorOf(req)),
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
