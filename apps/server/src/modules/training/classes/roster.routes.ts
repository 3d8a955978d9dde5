import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import { BatchDetail } from '../../cases/batches/cases-batch.routes.ts';
import { caseStatuses } from '../../cases/workflow/case-status.ts';
import { traineeGroups } from '../trainees/trainees.schema.ts';
import { trainingReader } from './classes.routes.ts';
import type { RosterService } from './roster.service.ts';

const tags = ['职业培训'];
const base = '/api/training/classes/:id/roster';
const IdParams = z.object({ id: z.uuid() });
const Options = z.object({
  /** 创业培训班：已提交创业项目计划书的学员；不填时取学员档案中计划书已评审通过的学员 */
  businessPlanTraineeIds: z.array(z.uuid()).max(1000).optional(),
});

const Reason = z.object({ text: z.string(), citation: z.string().nullable() });
const RosterPreview = z.object({
  classId: z.string(),
  /** the trainees counted as having a business plan (as sent, or from their files) */
  businessPlanTraineeIds: z.array(z.string()),
  number: z.string(),
  days: z.number(),
  lines: z.array(
    z.object({
      row: z.number(),
      traineeId: z.string(),
      name: z.string(),
      idNumberMasked: z.string().nullable(),
      group: z.enum(traineeGroups),
      status: z.string(),
      attendedDays: z.number(),
      result: z.string().nullable(),
      certificateNumber: z.string().nullable(),
      /** a submission now would file this line (false once it is filed) */
      eligible: z.boolean(),
      kind: z.string().nullable(),
      /** the rules' amount; for a filed line the approved amount once decided */
      amount: z.string().nullable(),
      reasons: z.array(Reason),
      /** the case this trainee was filed as from this class (not rejected or withdrawn), or null */
      filed: z
        .object({
          /** null when the user may not open the case */
          caseId: z.string().nullable(),
          caseNumber: z.string(),
          status: z.enum(caseStatuses),
          statusLabel: z.string(),
        })
        .nullable(),
    }),
  ),
});

export const rosterRoutes =
  (roster: RosterService): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      `${base}/preview`,
      {
        onRequest: trainingReader,
        schema: {
          tags,
          summary: '补贴花名册试算：已结业培训班每名学员按培训补贴政策核定的金额，或不予补贴的理由及条款',
          params: IdParams,
          body: Options,
          response: { 200: RosterPreview },
        },
      },
      async (req) => roster.preview(actorOf(req), req.params.id, req.body),
    );
    app.post(
      base,
      {
        onRequest: requirePermission('training:operate'),
        schema: {
          tags,
          summary: '提交补贴花名册：每名符合条件的学员生成一件机构代申领的培训补贴案件（同一花名册批次）',
          params: IdParams,
          body: Options,
          response: { 200: BatchDetail },
        },
      },
      async (req) => roster.submit(actorOf(req), req.params.id, req.body),
    );
    app.get(
      `${base}s`,
      {
        onRequest: trainingReader,
        schema: {
          tags,
          summary: '本班已提交的补贴花名册：每件案件的状态、核定金额和已拨付金额',
          params: IdParams,
          response: { 200: z.array(BatchDetail) },
        },
      },
      async (req) => roster.rosters(actorOf(req), req.params.id),
    );
  };
