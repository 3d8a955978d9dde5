import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { hasPermission } from '../../../platform/access/actor.ts';
import { dateRanges } from '../../../platform/dates/date-ranges.ts';
import { DomainError, invalid } from '../../../platform/errors.ts';
import { sendXlsx } from '../../../platform/excel-export/list-export.ts';
import { isoDateIn } from '../../../platform/http/input-schemas.ts';
import { actorOf, requireActor, requirePermission } from '../../../platform/http/session-hook.ts';
import { trainingProgrammes } from '../classes/classes.schema.ts';
import type { AttendanceService } from './attendance.service.ts';
import type { ResultsService } from './results.service.ts';
import { traineeGroups, traineeResults, traineeStatuses } from './trainees.schema.ts';
import type { TraineesService } from './trainees.service.ts';
import { attendanceSheet, enrolSheet, sheetTemplate } from './trainees-excel.ts';

const tags = ['职业培训·学员'];
const Day = isoDateIn(dateRanges.casework);
const ClassParams = z.object({ id: z.uuid() });
const TraineeParams = z.object({ id: z.uuid(), traineeId: z.uuid() });

/** The bureau (`training:read`) or an institution's staff (`training:operate`); the service scopes. */
const requireTrainingAccess = async (req: FastifyRequest) => {
  const actor = requireActor(req);
  if (!hasPermission(actor, 'training:read') && !hasPermission(actor, 'training:operate'))
    throw new DomainError('FORBIDDEN', '无权执行此操作');
};
const operate = requirePermission('training:operate');

const Reason = z.object({
  group: z.enum(traineeGroups).nullable(),
  met: z.boolean(),
  text: z.string(),
  clause: z.string().optional(),
});
const Trainee = z.object({
  id: z.string(),
  name: z.string(),
  idNumberMasked: z.string(),
  group: z.enum(traineeGroups),
  eligibility: z.array(Reason),
  status: z.enum(traineeStatuses),
  enrolledOn: z.string(),
  withdrawnOn: z.string().nullable(),
  attendedDays: z.number(),
  result: z.enum(traineeResults).nullable(),
  resultOn: z.string().nullable(),
  certificateNumber: z.string().nullable(),
});
const ClassSummary = z.object({
  id: z.string(),
  number: z.string(),
  programme: z.enum(trainingProgrammes),
  occupation: z.string(),
  level: z.number().nullable(),
  startsOn: z.string(),
  endsOn: z.string(),
  capacity: z.number(),
  status: z.string(),
});
const RowOutcome = z.object({
  row: z.number(),
  idNumberMasked: z.string().nullable(),
  name: z.string().nullable(),
  accepted: z.boolean(),
  messages: z.array(z.string()),
});
const ImportAnswer = z.object({ accepted: z.number(), refused: z.number(), rows: z.array(RowOutcome) });

async function uploadedFile(req: FastifyRequest): Promise<Buffer> {
  const part = await req.file();
  if (!part) throw invalid('请选择要上传的文件（.xlsx）');
  return part.toBuffer();
}

export const traineesRoutes =
  (
    trainees: TraineesService,
    attendance: AttendanceService,
    results: ResultsService,
  ): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(multipart, { limits: { fileSize: 5 * 1024 * 1024, files: 1, fields: 5 } });
    app.get(
      '/api/training/trainees/enrol-template.xlsx',
      { onRequest: operate, schema: { tags, summary: '学员报名导入模板（公民身份号码、姓名）' } },
      async (_req, reply) => sendXlsx(reply, '学员报名模板.xlsx', await sheetTemplate(enrolSheet)),
    );
    app.get(
      '/api/training/trainees/attendance-template.xlsx',
      { onRequest: operate, schema: { tags, summary: '学员签到导入模板（公民身份号码、签到日期）' } },
      async (_req, reply) => sendXlsx(reply, '学员签到模板.xlsx', await sheetTemplate(attendanceSheet)),
    );
    app.get(
      '/api/training/classes/:id/trainees',
      {
        onRequest: requireTrainingAccess,
        schema: {
          tags,
          summary: '培训班学员名单（身份证号仅显示掩码；街镇只见本辖区人员）',
          params: ClassParams,
          response: { 200: z.object({ class: ClassSummary, items: z.array(Trainee) }) },
        },
      },
      async (req) => trainees.list(actorOf(req), req.params.id),
    );
    app.post(
      '/api/training/classes/:id/trainees',
      {
        onRequest: operate,
        schema: {
          tags,
          summary: '按公民身份号码报名一名学员（按规则判定培训对象类别，检查名额与培训期间重叠）',
          params: ClassParams,
          body: z.object({ idNumber: z.string().trim().min(1).max(30) }),
          response: {
            200: z.object({
              id: z.string(),
              name: z.string(),
              idNumberMasked: z.string(),
              group: z.enum(traineeGroups),
            }),
          },
        },
      },
      async (req) => trainees.enrol(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/api/training/classes/:id/trainees/import',
      {
        onRequest: operate,
        schema: {
          tags,
          summary: '导入学员报名表（multipart file=.xlsx）：逐行报名，不符合的行给出原因，其余照常报名',
          params: ClassParams,
          response: { 200: ImportAnswer },
        },
      },
      async (req) => trainees.importRoster(actorOf(req), req.params.id, await uploadedFile(req)),
    );
    app.post(
      '/api/training/classes/:id/trainees/:traineeId/withdraw',
      {
        onRequest: operate,
        schema: {
          tags,
          summary: '学员退学',
          params: TraineeParams,
          body: z.object({ withdrawnOn: Day }),
          response: {
            200: z.object({ id: z.string(), status: z.literal('withdrawn'), withdrawnOn: z.string() }),
          },
        },
      },
      async (req) => trainees.withdraw(actorOf(req), req.params.id, req.params.traineeId, req.body),
    );
    app.put(
      '/api/training/classes/:id/attendance',
      {
        onRequest: operate,
        schema: {
          tags,
          summary: '某日点名：所列学员到课（再次提交即更正当日名单）',
          params: ClassParams,
          body: z.object({ onDate: Day, presentTraineeIds: z.array(z.uuid()).max(1000) }),
          response: {
            200: z.object({
              onDate: z.string(),
              present: z.number(),
              added: z.number(),
              removed: z.number(),
            }),
          },
        },
      },
      async (req) => attendance.rollCall(actorOf(req), req.params.id, req.body),
    );
    app.get(
      '/api/training/classes/:id/attendance',
      {
        onRequest: requireTrainingAccess,
        schema: {
          tags,
          summary: '某日到课学员',
          params: ClassParams,
          querystring: z.object({ onDate: Day }),
          response: { 200: z.object({ onDate: z.string(), presentTraineeIds: z.array(z.string()) }) },
        },
      },
      async (req) => attendance.onDate(actorOf(req), req.params.id, req.query.onDate),
    );
    app.post(
      '/api/training/classes/:id/attendance/import',
      {
        onRequest: operate,
        schema: {
          tags,
          summary:
            '导入签到表（multipart file=.xlsx，公民身份号码、签到日期）：逐行登记，重复或不在培训期间的行给出原因',
          params: ClassParams,
          response: { 200: ImportAnswer },
        },
      },
      async (req) => attendance.importAttendance(actorOf(req), req.params.id, await uploadedFile(req)),
    );
    app.put(
      '/api/training/classes/:id/trainees/:traineeId/result',
      {
        onRequest: operate,
        schema: {
          tags,
          summary: '登记鉴定结果（培训结束后）：合格学员关联或登记职业资格证书',
          params: TraineeParams,
          body: z.object({
            result: z.enum(traineeResults),
            resultOn: Day,
            certificate: z
              .object({
                number: z.string().trim().min(1).max(50),
                issuedOn: Day,
                issuer: z.string().trim().min(1).max(100),
              })
              .optional(),
          }),
          response: {
            200: z.object({
              id: z.string(),
              result: z.enum(traineeResults),
              resultOn: z.string(),
              certificateId: z.string().nullable(),
            }),
          },
        },
      },
      async (req) => results.record(actorOf(req), req.params.id, req.params.traineeId, req.body),
    );
  };
