import { yuanToFen } from '@minsheng/rules/engine/money.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { hasPermission } from '../../../platform/access/actor.ts';
import { dateRanges } from '../../../platform/dates/date-ranges.ts';
import { DomainError } from '../../../platform/errors.ts';
import { isoDateIn, Version } from '../../../platform/http/input-schemas.ts';
import { PageQuery, pageOf } from '../../../platform/http/paging.ts';
import { actorOf, requireActor, requirePermission } from '../../../platform/http/session-hook.ts';
import { classStatuses, trainingProgrammes } from './classes.schema.ts';
import { type ClassesService, classActions } from './classes.service.ts';
import type { ClassApplication } from './classes-application.ts';

const tags = ['职业培训'];
const base = '/api/training/classes';
const day = isoDateIn(dateRanges.casework);
const IdParams = z.object({ id: z.uuid() });

/** Bureau readers and institution staff; each service query narrows to what they may see. */
export const trainingReader = async (req: Parameters<typeof requireActor>[0]) => {
  const actor = requireActor(req);
  if (!hasPermission(actor, 'training:read') && !hasPermission(actor, 'training:operate'))
    throw new DomainError('FORBIDDEN', '无权执行此操作');
};

export const ClassBody = z.object({
  programme: z.enum(trainingProgrammes),
  occupation: z.string().trim().min(1).max(100),
  level: z.number().int().min(1).max(5).nullable(),
  hours: z.number().int().min(1).max(10_000),
  startsOn: day,
  endsOn: day,
  place: z.string().trim().min(1).max(200),
  teacherIds: z.array(z.uuid()).min(1).max(50),
  employerId: z.uuid().nullable(),
  /** 每人培训费用（元），最多两位小数；创业培训可不填 */
  feePerTrainee: z
    .string()
    .regex(/^\d{1,7}(\.\d{1,2})?$/, '金额应为不超过两位小数的元数')
    .nullable(),
  capacity: z.number().int().min(1).max(1000),
  completionThresholdPercent: z.number().int().min(1).max(100).default(80),
});

export const toApplication = ({ feePerTrainee, ...b }: z.output<typeof ClassBody>): ClassApplication => ({
  ...b,
  feePerTraineeFen: feePerTrainee === null ? null : yuanToFen(feePerTrainee),
});

const ClassItem = z.object({
  id: z.string(),
  number: z.string(),
  institutionId: z.string(),
  institutionName: z.string(),
  programme: z.enum(trainingProgrammes),
  occupation: z.string(),
  level: z.number().nullable(),
  hours: z.number(),
  startsOn: z.string(),
  endsOn: z.string(),
  place: z.string(),
  teacherIds: z.array(z.string()),
  employerId: z.string().nullable(),
  feePerTrainee: z.string().nullable(),
  capacity: z.number(),
  completionThresholdPercent: z.number(),
  status: z.enum(classStatuses),
  statusLabel: z.string(),
  reviewNote: z.string().nullable(),
  reviewedAt: z.date().nullable(),
  closingReport: z.string().nullable(),
  closedAt: z.date().nullable(),
  version: z.number(),
});

export const ClassView = ClassItem.extend({
  employerName: z.string().nullable(),
  days: z.number().describe('培训天数：开始至结束日期之间的工作日（含首尾两日），按平台工作日历计算'),
  trainees: z.object({
    total: z.number(),
    enrolled: z.number(),
    withdrawn: z.number(),
    completed: z.number(),
    notCompleted: z.number(),
    passed: z.number(),
    failed: z.number(),
    absent: z.number(),
    certified: z.number(),
  }),
  availableActions: z.array(z.enum(classActions)),
});

export const classesRoutes =
  (classes: ClassesService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      base,
      {
        onRequest: trainingReader,
        schema: {
          tags,
          summary: '培训班列表（市局按本辖区；培训机构只看本机构）',
          querystring: PageQuery.extend({
            status: z.enum(classStatuses).optional(),
            institutionId: z.uuid().optional(),
            programme: z.enum(trainingProgrammes).optional(),
            from: day.optional(),
            to: day.optional(),
          }),
          response: { 200: pageOf(ClassItem) },
        },
      },
      async (req) => classes.list(actorOf(req), req.query),
    );
    app.get(
      `${base}/form-options`,
      {
        onRequest: requirePermission('training:operate'),
        schema: {
          tags,
          summary: '开班申请表的选项：本机构认定的培训职业与等级、在岗教师、定点资格有效期',
          response: {
            200: z.object({
              institutionId: z.string(),
              name: z.string(),
              status: z.string(),
              validFrom: z.string().nullable(),
              validTo: z.string().nullable(),
              capacity: z.number(),
              occupations: z.array(z.object({ occupation: z.string(), levels: z.array(z.number()) })),
              teachers: z.array(
                z.object({
                  id: z.string(),
                  name: z.string(),
                  occupation: z.string(),
                  level: z.number().nullable(),
                }),
              ),
            }),
          },
        },
      },
      async (req) => classes.formOptions(actorOf(req)),
    );
    app.get(
      `${base}/order-employer`,
      {
        onRequest: requirePermission('training:operate'),
        schema: {
          tags,
          summary: '按统一社会信用代码查找已登记的订单用人单位',
          querystring: z.object({
            creditCode: z
              .string()
              .trim()
              .regex(/^[0-9A-Z]{18}$/, '统一社会信用代码为18位数字或大写字母'),
          }),
          response: { 200: z.object({ id: z.string(), name: z.string() }) },
        },
      },
      async (req) => classes.findEmployer(actorOf(req), req.query.creditCode),
    );
    app.post(
      base,
      {
        onRequest: requirePermission('training:operate'),
        schema: { tags, summary: '申请开班（本机构）', body: ClassBody, response: { 200: ClassView } },
      },
      async (req) => classes.apply(actorOf(req), toApplication(req.body)),
    );
    app.get(
      `${base}/:id`,
      {
        onRequest: trainingReader,
        schema: { tags, summary: '培训班详情', params: IdParams, response: { 200: ClassView } },
      },
      async (req) => classes.detail(actorOf(req), req.params.id),
    );
    app.put(
      `${base}/:id`,
      {
        onRequest: requirePermission('training:operate'),
        schema: {
          tags,
          summary: '修改开班申请（待审批时）',
          params: IdParams,
          body: ClassBody.extend({ version: Version }),
          response: { 200: ClassView },
        },
      },
      async (req) =>
        classes.update(actorOf(req), req.params.id, {
          ...toApplication(req.body),
          version: req.body.version,
        }),
    );
    app.post(
      `${base}/:id/review`,
      {
        onRequest: requirePermission('training:manage'),
        schema: {
          tags,
          summary: '审批开班申请：批准或不予开班（须写明理由）',
          params: IdParams,
          body: z.object({
            version: Version,
            approve: z.boolean(),
            note: z.string().trim().max(500).optional(),
          }),
          response: { 200: ClassView },
        },
      },
      async (req) => classes.review(actorOf(req), req.params.id, req.body),
    );
    app.post(
      `${base}/:id/start`,
      {
        onRequest: requirePermission('training:operate'),
        schema: {
          tags,
          summary: '开课（开班日期当日或之后）',
          params: IdParams,
          body: z.object({ version: Version }),
          response: { 200: ClassView },
        },
      },
      async (req) => classes.start(actorOf(req), req.params.id, req.body),
    );
    app.post(
      `${base}/:id/close`,
      {
        onRequest: requirePermission('training:operate'),
        schema: {
          tags,
          summary: '结业（结束日期之后）：按出勤天数占培训天数的比例判定每名学员是否结业',
          params: IdParams,
          body: z.object({ version: Version, report: z.string().trim().min(1).max(5000) }),
          response: { 200: ClassView },
        },
      },
      async (req) => classes.close(actorOf(req), req.params.id, req.body),
    );
  };
