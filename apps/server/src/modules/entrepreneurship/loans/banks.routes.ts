import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { invalid } from '../../../platform/errors.ts';
import { sendXlsx } from '../../../platform/excel-export/list-export.ts';
import { actorOf, requireAnyPermission, requirePermission } from '../../../platform/http/session-hook.ts';
import { LinkableAccount } from '../linkable-accounts.repo.ts';
import type { BanksService } from './banks.service.ts';
import type { LoanImportsService } from './loan-imports.service.ts';
import { Bank, BankBody, BankDetail, IdParams, ImportHistory, ImportOutcome } from './loans.views.ts';
import { repaymentTemplate } from './repayment-file.ts';

const tags = ['创业服务·经办银行'];
const manage = requirePermission('entrepreneurship:manage');
const operate = requirePermission('loan:operate');

/** The 经办银行 register, bank staff accounts, and the bank's repayment-file import. */
export const banksRoutes =
  (banks: BanksService, imports: LoanImportsService): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(multipart, { limits: { fileSize: 5 * 1024 * 1024, files: 1, fields: 5 } });
    const base = '/api/entrepreneurship/banks';
    app.get(
      base,
      {
        onRequest: requireAnyPermission('entrepreneurship:read', 'loan:operate'),
        schema: { tags, summary: '经办银行列表', response: { 200: z.array(Bank) } },
      },
      async (req) => banks.list(actorOf(req)),
    );
    app.get(
      `${base}/accounts`,
      {
        onRequest: manage,
        schema: {
          tags,
          summary: '可关联到银行的账号（经办银行角色，本辖区；附已关联的银行）',
          response: { 200: z.array(LinkableAccount) },
        },
      },
      async (req) => banks.accounts(actorOf(req)),
    );
    app.get(
      `${base}/:id`,
      {
        onRequest: requireAnyPermission('entrepreneurship:read', 'loan:operate'),
        schema: {
          tags,
          summary: '经办银行（市局可见其账号）',
          params: IdParams,
          response: { 200: BankDetail },
        },
      },
      async (req) => banks.detail(actorOf(req), req.params.id),
    );
    app.post(
      base,
      {
        onRequest: manage,
        schema: { tags, summary: '登记经办银行', body: BankBody, response: { 200: BankDetail } },
      },
      async (req) => banks.register(actorOf(req), req.body),
    );
    app.post(
      `${base}/:id/staff`,
      {
        onRequest: manage,
        schema: {
          tags,
          summary: '关联银行账号（须为经办银行角色）',
          params: IdParams,
          body: z.object({ userId: z.uuid() }),
          response: { 200: BankDetail },
        },
      },
      async (req) => banks.linkStaff(actorOf(req), req.params.id, req.body.userId),
    );
    app.get(
      '/api/entrepreneurship/loan-imports/template.xlsx',
      {
        onRequest: operate,
        schema: { tags, summary: '还款明细模板（借款合同编号、还款日期、本金、利息、银行流水号）' },
      },
      async (_req, reply) => sendXlsx(reply, '还款明细模板.xlsx', await repaymentTemplate()),
    );
    app.get(
      '/api/entrepreneurship/loan-imports',
      {
        onRequest: operate,
        schema: { tags, summary: '本行还款明细导入记录', response: { 200: ImportHistory } },
      },
      async (req) => imports.history(actorOf(req)),
    );
    app.post(
      '/api/entrepreneurship/loan-imports',
      {
        onRequest: operate,
        schema: {
          tags,
          summary:
            '导入还款明细（multipart file=.xlsx）：任一行有误则整份退回、不入账，并列出每一错误行及原因',
          response: { 200: ImportOutcome },
        },
      },
      async (req) => {
        if (!req.isMultipart()) throw invalid('请上传还款明细文件（.xlsx）');
        const file = await req.file();
        if (!file) throw invalid('请上传还款明细文件（.xlsx）');
        return imports.import(actorOf(req), { name: file.filename, buffer: await file.toBuffer() });
      },
    );
  };
