import fastifyMultipart from '@fastify/multipart';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { invalid } from '../errors.ts';
import { sendXlsx } from '../excel-export/list-export.ts';
import { SerialIdText } from '../http/input-schemas.ts';
import { actorOf } from '../http/session-hook.ts';
import { type ImportsService, MAX_UPLOAD_BYTES } from './imports.service.ts';

const tags = ['Excel 导入'];
const sendFile = (reply: FastifyReply, file: { fileName: string; content: Buffer }) =>
  sendXlsx(reply, file.fileName, file.content);

// Any signed-in user; the service checks the kind's own write permission.
const signedIn = async (req: Parameters<typeof actorOf>[0]) => void actorOf(req);

export const importsRoutes =
  (imports: ImportsService): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5 } });

    app.get(
      '/api/imports/kinds',
      {
        onRequest: signedIn,
        schema: {
          tags,
          summary: '当前用户可导入的数据类型',
          response: {
            200: z.object({
              items: z.array(z.object({ kind: z.string(), label: z.string(), columns: z.array(z.string()) })),
            }),
          },
        },
      },
      async (req) => ({ items: imports.kinds(actorOf(req)) }),
    );

    app.get(
      '/api/imports/:kind/template.xlsx',
      {
        onRequest: signedIn,
        schema: {
          tags,
          summary: '下载导入模板（中文表头、字典下拉）',
          params: z.object({ kind: z.string().max(40) }),
        },
      },
      async (req, reply) => sendFile(reply, await imports.template(actorOf(req), req.params.kind)),
    );

    app.post(
      '/api/imports/:kind',
      {
        onRequest: signedIn,
        schema: {
          tags,
          summary: '上传 .xlsx 并在后台导入（全部成功或全部不导入；进度见 GET /api/jobs/:id）',
          consumes: ['multipart/form-data'],
          params: z.object({ kind: z.string().max(40) }),
          querystring: z.object({ orgId: SerialIdText.optional() }),
          response: { 200: z.object({ id: z.string() }) },
        },
      },
      async (req) => {
        const actor = actorOf(req);
        if (!req.isMultipart()) throw invalid('请以 multipart/form-data 上传 .xlsx 文件（字段名 file）');
        const part = await req.file();
        if (!part) throw invalid('请选择要导入的 .xlsx 文件');
        let content: Buffer;
        try {
          content = await part.toBuffer();
        } catch (e) {
          if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
            throw invalid(`文件超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB，请拆分后分批导入`);
          }
          throw e;
        }
        const field = part.fields.orgId;
        const fieldValue =
          field && !Array.isArray(field) && 'value' in field ? Number(field.value) : undefined;
        const orgId = req.query.orgId ?? (Number.isInteger(fieldValue) ? fieldValue : undefined);
        return imports.start(
          actor,
          req.params.kind,
          { fileName: part.filename, content },
          { orgId, ip: actor.ip, userAgent: actor.userAgent },
        );
      },
    );

    app.get(
      '/api/imports/:jobId/errors.xlsx',
      {
        onRequest: signedIn,
        schema: {
          tags,
          summary: '下载未通过校验的导入的错误清单（行号、列、错误说明；仅导入人可下载）',
          params: z.object({ jobId: z.uuid() }),
        },
      },
      async (req, reply) => sendFile(reply, await imports.errorsXlsx(actorOf(req), req.params.jobId)),
    );
  };
