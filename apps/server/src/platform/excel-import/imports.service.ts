import { PassThrough, Readable } from 'node:stream';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../access/actor.ts';
import { hasPermission } from '../access/actor.ts';
import { loadUserWithAccess } from '../access/load-actor.ts';
import type { Clock } from '../clock.ts';
import type { FieldCipher } from '../crypto.ts';
import { forbidden, invalid, notFound } from '../errors.ts';
import { createJobsRepo } from '../jobs/jobs.repo.ts';
import { enqueue, type JobHandler } from '../jobs/jobs.worker.ts';
import type { ImportKind, ImportProgress } from './importer.ts';
import { createImportsRepo } from './imports.repo.ts';
import { templateLists } from './lookups.ts';
import { runImport } from './run-import.ts';
import { buildTemplate } from './template.ts';
import { firstSheetSize, readAtBuffer } from './zip-directory.ts';

export const IMPORT_JOB = 'import.run';
/** Largest accepted upload: a city-scale workbook of a few hundred thousand rows fits easily. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

const Payload = z.object({
  kind: z.string(),
  fileId: z.uuid(),
  fileName: z.string(),
  orgId: z.number().int().positive().optional(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
});

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** What the job's progress shows: rows read of the (estimated) total, and the phase in Chinese. */
export const progressMessage = (p: ImportProgress) =>
  p.phase === 'validate'
    ? `正在校验：已读取 ${p.rowsRead} 行`
    : p.phase === 'write'
      ? `校验通过，正在写入 ${p.rowsRead} 行`
      : `已完成：共 ${p.rowsRead} 行`;

/** Collects a stream into one buffer (the error workbook; small, compressed, bounded by MAX rows). */
function collect() {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  return { out, bytes: () => Buffer.concat(chunks) };
}

export function createImportsService(deps: {
  db: Db;
  cipher: FieldCipher;
  clock: Clock;
  kinds: Record<string, ImportKind>;
}) {
  const { db, cipher, kinds } = deps;
  const repo = createImportsRepo(db);
  const jobs = createJobsRepo(db);

  function kindFor(actor: Actor, name: string) {
    const kind = kinds[name];
    if (!kind) throw notFound('导入类型');
    if (!hasPermission(actor, kind.permission)) throw forbidden();
    return kind;
  }

  /** Runs an import job: the uploader's current access, the stored upload, progress on the job. */
  const handler: JobHandler = async (payload, ctx) => {
    const p = Payload.parse(payload);
    const loaded = ctx.job.createdBy
      ? await loadUserWithAccess(db, ctx.job.createdBy, { ip: p.ip, userAgent: p.userAgent })
      : null;
    if (!loaded) throw forbidden('导入人账号不存在');
    const kind = kindFor(loaded.actor, p.kind);
    const file = await repo.file(p.fileId);
    if (!file) throw notFound('上传的文件');
    const errors = collect();
    try {
      const content = Buffer.from(file.content);
      const outcome = await runImport({
        db,
        kind,
        actor: loaded.actor,
        cipher,
        input: Readable.from([content]),
        size: content.length,
        sheetBytes: await firstSheetSize(readAtBuffer(content), content.length),
        fileName: p.fileName,
        today: deps.clock.today(),
        defaultOrgId: p.orgId,
        errorOutput: () => errors.out,
        onProgress: (pr) => ctx.progress(pr.rowsRead, pr.totalEstimate, progressMessage(pr)),
      });
      if (outcome.summary.errors > 0) {
        await repo.insertFile({
          kind: kind.kind,
          role: 'errors',
          fileName: `${p.fileName.replace(/\.xlsx$/i, '')}.errors.xlsx`,
          content: errors.bytes(),
          jobId: ctx.job.id,
          createdBy: ctx.job.createdBy,
        });
      }
      return { ...outcome.summary, errorList: outcome.errors };
    } finally {
      await repo.deleteFile(file.id);
    }
  };

  return {
    handler,

    kinds: (actor: Actor) =>
      Object.values(kinds)
        .filter((k) => hasPermission(actor, k.permission))
        .map((k) => ({ kind: k.kind, label: k.label, columns: k.columns.map((c) => c.header) })),

    async template(actor: Actor, name: string) {
      const kind = kindFor(actor, name);
      return {
        fileName: `${kind.label}导入模板.xlsx`,
        content: await buildTemplate(kind, await templateLists(db, actor, kind)),
      };
    },

    /** Stores the upload and queues its import; the job's id is the handle for progress and errors. */
    async start(
      actor: Actor,
      name: string,
      upload: { fileName: string; content: Buffer },
      opts: { orgId?: number | undefined; ip: string | null; userAgent: string | null },
    ) {
      const kind = kindFor(actor, name);
      if (!/\.xlsx$/i.test(upload.fileName) || !upload.content.subarray(0, 4).equals(ZIP_MAGIC)) {
        throw invalid('只能上传 .xlsx 格式的 Excel 文件（可先下载导入模板）');
      }
      const file = await repo.insertFile({
        kind: kind.kind,
        role: 'upload',
        fileName: upload.fileName,
        content: upload.content,
        createdBy: actor.userId,
      });
      return enqueue(
        db,
        IMPORT_JOB,
        {
          kind: kind.kind,
          fileId: file.id,
          fileName: upload.fileName,
          ...(opts.orgId === undefined ? {} : { orgId: opts.orgId }),
          ip: opts.ip,
          userAgent: opts.userAgent,
        },
        actor,
      );
    },

    /** The error workbook of one of the actor's own imports. */
    async errorsXlsx(actor: Actor, jobId: string) {
      const job = await jobs.byIdForOwner(jobId, actor.userId);
      if (!job || job.kind !== IMPORT_JOB) throw notFound('导入任务');
      const file = await repo.errorsFileOfJob(jobId);
      if (!file) throw notFound('错误清单');
      return { fileName: file.fileName, content: Buffer.from(file.content) };
    },
  };
}

export type ImportsService = ReturnType<typeof createImportsService>;
