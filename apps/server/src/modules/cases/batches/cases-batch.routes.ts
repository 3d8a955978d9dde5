import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { invalid } from '../../../platform/errors.ts';
import { sendXlsx } from '../../../platform/excel-export/list-export.ts';
import { PageQuery } from '../../../platform/http/paging.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import { caseStatuses } from '../workflow/case-status.ts';
import { MAX_ROSTER_ROWS, readRoster, rosterTemplate } from './cases-batch.excel.ts';
import { type RosterKey, rosterColumns } from './cases-batch.rules.ts';
import type { BatchInput, CasesBatchService } from './cases-batch.service.ts';

const tags = ['经办·花名册批量申请'];

const IdParams = z.object({ id: z.uuid() });
const Cell = z.union([z.string().max(200), z.number().min(-1e12).max(1e12), z.null()]).optional();
const JsonRow = z.object(
  Object.fromEntries(rosterColumns.map((c) => [c.key, Cell])) as Record<RosterKey, typeof Cell>,
);
const JsonBody = z.object({
  caseTypeId: z.string().min(1).max(100),
  fileName: z.string().trim().min(1).max(200).default('花名册（在线填报）'),
  submit: z.boolean().default(true),
  rows: z.array(JsonRow).min(1).max(MAX_ROSTER_ROWS),
});
const Batch = z.object({
  id: z.string(),
  number: z.string(),
  caseTypeId: z.string(),
  applicantOrgId: z.number().nullable(),
  applicantName: z.string().nullable(),
  fileName: z.string(),
  status: z.enum(['uploaded', 'processed', 'submitted', 'failed']),
  totalRows: z.number(),
  createdCount: z.number(),
  errorCount: z.number(),
  createdAt: z.date(),
});
export const BatchDetail = Batch.extend({
  totals: z.object({
    rows: z.number(),
    cases: z.number(),
    errors: z.number(),
    accepted: z.number(),
    returned: z.number(),
    approved: z.number(),
    rejected: z.number(),
    approvedAmount: z.string(),
    paidAmount: z.string(),
  }),
  rows: z.array(
    z.object({
      row: z.number(),
      outcome: z.enum(['created', 'error']),
      caseId: z.string().nullable(),
      caseNumber: z.string().nullable(),
      name: z.string().nullable(),
      status: z.enum(caseStatuses).nullable(),
      statusLabel: z.string().nullable(),
      amount: z.string().nullable(),
      paidAmount: z.string().nullable(),
      messages: z.array(z.string()),
    }),
  ),
});

/** A multipart upload: the fields (caseTypeId, submit) and the roster file, in any order. */
async function uploaded(req: FastifyRequest): Promise<BatchInput> {
  const fields: Record<string, string> = {};
  let file: { name: string; buffer: Buffer } | undefined;
  for await (const part of req.parts()) {
    if (part.type === 'file') file = { name: part.filename, buffer: await part.toBuffer() };
    else fields[part.fieldname] = String(part.value);
  }
  if (!file) throw invalid('请选择要上传的花名册文件（.xlsx）');
  if (!fields.caseTypeId) throw invalid('请选择经办事项', [{ path: 'caseTypeId', message: '必填' }]);
  return {
    caseTypeId: fields.caseTypeId,
    fileName: file.name.slice(0, 200),
    submit: fields.submit !== 'false',
    rows: await readRoster(file.buffer),
  };
}

function fromJson(body: unknown): BatchInput {
  const parsed = JsonBody.safeParse(body);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw invalid('花名册数据格式不正确', details);
  }
  const { rows, ...rest } = parsed.data;
  // JSON rows are numbered as the sheet would be: the header is row 1.
  return { ...rest, rows: rows.map((raw, i) => ({ rowNo: i + 2, raw })) };
}

export const casesBatchRoutes =
  (batches: CasesBatchService): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(multipart, { limits: { fileSize: 5 * 1024 * 1024, files: 1, fields: 10 } });
    app.get(
      '/api/case-batches/template.xlsx',
      {
        onRequest: requirePermission('case:create'),
        schema: { tags, summary: '花名册模板（姓名、身份证号、职业(工种)、证书等级、证书编号、发证日期…）' },
      },
      async (_req, reply) => sendXlsx(reply, '花名册模板.xlsx', await rosterTemplate()),
    );
    app.post(
      '/api/case-batches',
      {
        onRequest: requirePermission('case:create'),
        schema: {
          tags,
          summary:
            '提交花名册：multipart（file=花名册.xlsx，caseTypeId，submit）或 JSON（caseTypeId、rows）。每个有效行生成一件机构代申领的案件，错误行给出中文原因',
          response: { 200: BatchDetail },
        },
      },
      async (req) =>
        batches.create(actorOf(req), req.isMultipart() ? await uploaded(req) : fromJson(req.body)),
    );
    app.get(
      '/api/case-batches',
      {
        onRequest: requirePermission('case:read'),
        schema: {
          tags,
          summary: '花名册批次列表',
          querystring: PageQuery,
          response: { 200: z.object({ items: z.array(Batch), total: z.number() }) },
        },
      },
      async (req) => batches.list(actorOf(req), req.query),
    );
    app.get(
      '/api/case-batches/:id',
      {
        onRequest: requirePermission('case:read'),
        schema: {
          tags,
          summary: '批次详情：合计（行数、案件数、受理、退回、批准、已拨付金额）与逐行结果及案件当前状态',
          params: IdParams,
          response: { 200: BatchDetail },
        },
      },
      async (req) => batches.detail(actorOf(req), req.params.id),
    );
  };
