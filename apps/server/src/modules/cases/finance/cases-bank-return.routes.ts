import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../../../platform/access/actor.ts';
import { DomainError, invalid } from '../../../platform/errors.ts';
import { sendXlsx } from '../../../platform/excel-export/list-export.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import { bankReturnTemplate, type ReturnLine, readBankReturn } from './cases-bank-return.ts';
import type { CasesPaymentsService } from './cases-payments.service.ts';

const tags = ['经办·财政拨付'];
const IdParams = z.object({ id: z.uuid() });

async function uploadedFile(req: FastifyRequest) {
  if (!req.isMultipart()) throw invalid('请上传银行回单文件（.xlsx 或 .csv）');
  const file = await req.file();
  if (!file) throw invalid('请上传银行回单文件（.xlsx 或 .csv）');
  return { name: file.filename, buffer: await file.toBuffer() };
}

/**
 * Applies the lines through the one pay path. The service names the instruction it refuses
 * (「支付指令 MS-…-1 …」); the row number is put in front so finance finds the line in the file.
 */
async function applyLines(payments: CasesPaymentsService, actor: Actor, planId: string, lines: ReturnLine[]) {
  try {
    return await payments.pay(actor, planId, { entries: lines.map(({ rowNo: _row, ...line }) => line) });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const line = lines.find((l) => error.message.includes(`支付指令 ${l.key}`));
    if (!line) throw error;
    throw new DomainError(error.code, `第${line.rowNo}行：${error.message}`, error.details);
  }
}

export const casesBankReturnRoutes =
  (payments: CasesPaymentsService): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(multipart, { limits: { fileSize: 5 * 1024 * 1024, files: 1, fields: 5 } });
    app.get(
      '/api/payment-plans/bank-return-template.xlsx',
      {
        onRequest: requirePermission('case:pay'),
        schema: { tags, summary: '银行回单模板（支付指令号、结果、银行流水号、失败原因）' },
      },
      async (_req, reply) => sendXlsx(reply, '银行回单模板.xlsx', await bankReturnTemplate()),
    );
    app.post(
      '/api/payment-plans/:id/bank-return',
      {
        onRequest: requirePermission('case:pay'),
        schema: {
          tags,
          summary:
            '导入银行回单（multipart file=.xlsx 或 .csv）：逐条登记支付成功或失败；任一行有误则不登记任何结果',
          params: IdParams,
        },
      },
      async (req) => {
        const file = await uploadedFile(req);
        const lines = await readBankReturn(file.buffer, file.name);
        return applyLines(payments, actorOf(req), req.params.id, lines);
      },
    );
  };
