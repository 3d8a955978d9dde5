import fastifyMultipart from '@fastify/multipart';
import { create as contentDisposition } from 'content-disposition';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { invalid } from '../errors.ts';
import { actorOf } from '../http/session-hook.ts';
import { tooLarge } from './attachment-types.ts';
import type { AttachmentsService } from './attachments.service.ts';

const tags = ['附件'];

export const Attachment = z.object({
  id: z.string(),
  ownerKind: z.string(),
  ownerId: z.string(),
  category: z.string().nullable(),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  mimeType: z.string(),
  sha256: z.string(),
  uploadedBy: z.string(),
  createdAt: z.date(),
});
const OwnerQuery = z.object({
  ownerKind: z
    .string()
    .regex(/^[a-z][a-z0-9.-]*$/)
    .max(80),
  ownerId: z
    .string()
    .regex(/^[0-9A-Za-z-]+$/)
    .max(80),
});
const IdParams = z.object({ id: z.uuid() });

// Any signed-in user: the owner kind decides, with the owner record's own scope rules.
const signedIn = async (req: Parameters<typeof actorOf>[0]) => void actorOf(req);

export const attachmentsRoutes =
  (attachments: AttachmentsService): FastifyPluginAsyncZod =>
  async (app) => {
    const { maxBytes } = attachments.limits();
    await app.register(fastifyMultipart, { limits: { fileSize: maxBytes, files: 1, fields: 5 } });

    app.get(
      '/api/attachments/limits',
      {
        onRequest: signedIn,
        schema: {
          tags,
          summary: '附件的大小和类型限制',
          response: {
            200: z.object({
              maxBytes: z.number().int(),
              maxSizeLabel: z.string(),
              types: z.array(z.object({ mime: z.string(), ext: z.string(), label: z.string() })),
            }),
          },
        },
      },
      async () => attachments.limits(),
    );

    app.get(
      '/api/attachments',
      {
        onRequest: signedIn,
        schema: {
          tags,
          summary: '一条记录的附件（须能查看该记录）',
          querystring: OwnerQuery,
          response: { 200: z.object({ items: z.array(Attachment) }) },
        },
      },
      async (req) => attachments.list(actorOf(req), req.query.ownerKind, req.query.ownerId),
    );

    app.post(
      '/api/attachments',
      {
        onRequest: signedIn,
        schema: {
          tags,
          summary:
            '上传附件（multipart，字段 file；须能修改所属记录；按文件内容识别类型，只收 PDF、JPEG、PNG、xlsx、docx）',
          consumes: ['multipart/form-data'],
          querystring: OwnerQuery.extend({
            category: z
              .string()
              .regex(/^[A-Za-z]+$/)
              .max(40)
              .optional(),
          }),
          response: { 200: Attachment },
        },
      },
      async (req) => {
        const actor = actorOf(req);
        if (!req.isMultipart()) throw invalid('请以 multipart/form-data 上传文件（字段名 file）');
        const part = await req.file();
        if (!part) throw invalid('请选择要上传的文件');
        let content: Buffer;
        try {
          content = await part.toBuffer();
        } catch (e) {
          if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(maxBytes);
          throw e;
        }
        return attachments.upload(actor, {
          ...req.query,
          fileName: part.filename,
          declaredType: part.mimetype,
          content,
        });
      },
    );

    app.get(
      '/api/attachments/:id',
      {
        onRequest: signedIn,
        schema: { tags, summary: '附件信息', params: IdParams, response: { 200: Attachment } },
      },
      async (req) => attachments.get(actorOf(req), req.params.id),
    );

    app.get(
      '/api/attachments/:id/content',
      {
        onRequest: signedIn,
        schema: { tags, summary: '下载附件（每次下载记入审计日志）', params: IdParams },
      },
      async (req, reply) => {
        const { view, content } = await attachments.download(actorOf(req), req.params.id);
        return reply
          .header('content-type', view.mimeType)
          .header('content-length', view.sizeBytes)
          .header('content-disposition', contentDisposition(view.fileName))
          .header('cache-control', 'private, no-store')
          .send(content);
      },
    );

    app.delete(
      '/api/attachments/:id',
      {
        onRequest: signedIn,
        schema: {
          tags,
          summary: '删除附件（须能修改所属记录）',
          params: IdParams,
          response: { 200: z.object({ ok: z.literal(true) }) },
        },
      },
      async (req) => {
        await attachments.remove(actorOf(req), req.params.id);
        return { ok: true as const };
      },
    );
  };
