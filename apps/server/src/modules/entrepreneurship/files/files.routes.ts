import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dateRanges } from '../../../platform/dates/date-ranges.ts';
import { isoDateIn, PageNumber, Version } from '../../../platform/http/input-schemas.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import type { FileRecordsService } from './file-records.service.ts';
import type { FilesService } from './files.service.ts';
import { PlanView, ReviewView } from './plans.routes.ts';

const tags = ['创业服务'];
const base = '/api/entrepreneurship/files';
const IdParams = z.object({ id: z.uuid() });
const Day = isoDateIn(dateRanges.casework);
const courses = ['SYB', 'IYB', 'GYB', 'EYB'] as const;
const write = requirePermission('entrepreneurship:write');

const FileItem = z.object({
  id: z.string(),
  number: z.string(),
  personId: z.string(),
  name: z.string(),
  idNumberMasked: z.string(),
  course: z.enum(courses),
  registeredOn: z.string(),
  traineeId: z.string().nullable(),
  mentorName: z.string().nullable(),
  orgName: z.string(),
  /** the latest plan's status, null before the first plan */
  planStatus: z.string().nullable(),
  associationJoinedOn: z.string().nullable(),
  associationLeftOn: z.string().nullable(),
  version: z.number(),
});

const FileDetail = FileItem.extend({
  trainedOn: z.string().nullable(),
  assessment: z.enum(['passed', 'failed']).nullable(),
  trainingCertificateNumber: z.string().nullable(),
  mentorExpertId: z.string().nullable(),
  training: z
    .object({
      classId: z.string(),
      classNumber: z.string(),
      occupation: z.string(),
      institutionName: z.string(),
      startsOn: z.string(),
      endsOn: z.string(),
      status: z.string(),
      result: z.string().nullable(),
      resultOn: z.string().nullable(),
      certificateNumber: z.string().nullable(),
    })
    .nullable(),
  plans: z.array(PlanView.extend({ reviews: z.array(ReviewView) })),
  followUps: z.array(
    z.object({
      id: z.string(),
      onDate: z.string(),
      kind: z.enum(['visit', 'phone', 'guidance']),
      expertName: z.string().nullable(),
      businessState: z.enum(['not_started', 'preparing', 'operating', 'closed']),
      note: z.string(),
    }),
  ),
  internships: z.array(
    z.object({
      id: z.string(),
      hostName: z.string(),
      employerName: z.string().nullable(),
      startsOn: z.string(),
      endsOn: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
  ratings: z.array(
    z.object({
      id: z.string(),
      expertName: z.string(),
      score: z.number(),
      comment: z.string().nullable(),
      ratedOn: z.string(),
    }),
  ),
  projectLinks: z.array(
    z.object({
      id: z.string(),
      projectId: z.string(),
      projectNumber: z.string(),
      projectName: z.string(),
      status: z.enum(['recommended', 'taken', 'declined']),
      recommendedOn: z.string(),
      takenOn: z.string().nullable(),
    }),
  ),
  loans: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      status: z.string(),
      principalFen: z.number().nullable(),
      requestedFen: z.number(),
      appliedOn: z.string(),
      disbursedOn: z.string().nullable(),
      maturesOn: z.string().nullable(),
    }),
  ),
  businesses: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      kind: z.string(),
      creditCode: z.string(),
      openedOn: z.string(),
      closedOn: z.string().nullable(),
    }),
  ),
  timeline: z.array(
    z.object({
      on: z.string(),
      kind: z.string(),
      title: z.string(),
      detail: z.string().nullable(),
      link: z.string().nullable(),
    }),
  ),
});

const Done = z.object({ ok: z.literal(true) });
const done = async (work: Promise<unknown>) => {
  await work;
  return { ok: true as const };
};

export const filesRoutes =
  (files: FilesService, records: FileRecordsService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      base,
      {
        onRequest: requirePermission('entrepreneurship:read'),
        schema: {
          tags,
          summary: '创业培训学员档案（本辖区；按姓名前缀或档案编号查找，分页）',
          querystring: z.object({
            q: z.string().trim().max(50).optional(),
            page: PageNumber.default(1),
            pageSize: z.coerce.number().int().min(1).max(100).default(20),
          }),
          response: { 200: z.array(FileItem) },
        },
      },
      async (req) => files.list(actorOf(req), req.query),
    );
    app.post(
      base,
      {
        onRequest: write,
        schema: {
          tags,
          summary: '为实名登记人员建立创业学员档案（每人一份）；在本市创业培训班培训的关联其学员记录',
          body: z.object({
            personId: z.uuid(),
            registeredOn: Day,
            course: z.enum(courses).default('SYB'),
            traineeId: z.uuid().nullable().default(null),
            trainedOn: Day.nullable().default(null),
            assessment: z.enum(['passed', 'failed']).nullable().default(null),
            trainingCertificateNumber: z.string().trim().min(1).max(50).nullable().default(null),
          }),
          response: { 200: z.object({ id: z.string(), number: z.string() }) },
        },
      },
      async (req) => files.register(actorOf(req), req.body),
    );
    app.post(
      `${base}/from-class/:id`,
      {
        onRequest: write,
        schema: {
          tags,
          summary: '为某创业培训班本辖区尚未建档的学员批量建档',
          params: IdParams,
          response: {
            200: z.object({ created: z.number(), skipped: z.number(), numbers: z.array(z.string()) }),
          },
        },
      },
      async (req) => files.fromClass(actorOf(req), req.params.id),
    );
    app.get(
      `${base}/:id`,
      {
        onRequest: requirePermission('entrepreneurship:read'),
        schema: {
          tags,
          summary:
            '学员档案全貌：培训、考核、计划书与专家评审、导师、跟踪指导、见习、项目、贷款、开业，按日期排列的时间线',
          params: IdParams,
          response: { 200: FileDetail },
        },
      },
      async (req) => files.detail(actorOf(req), req.params.id),
    );
    app.post(
      `${base}/:id/mentor`,
      {
        onRequest: write,
        schema: {
          tags,
          summary: '指派创业导师（在册专家）',
          params: IdParams,
          body: z.object({ expertId: z.uuid(), version: Version }),
          response: { 200: Done },
        },
      },
      async (req) => done(records.setMentor(actorOf(req), req.params.id, req.body)),
    );
    app.post(
      `${base}/:id/association`,
      {
        onRequest: write,
        schema: {
          tags,
          summary: '加入或退出创业者联谊会',
          params: IdParams,
          body: z.object({ action: z.enum(['join', 'leave']), on: Day, version: Version }),
          response: { 200: Done },
        },
      },
      async (req) => done(records.association(actorOf(req), req.params.id, req.body)),
    );
    app.post(
      `${base}/:id/follow-ups`,
      {
        onRequest: write,
        schema: {
          tags,
          summary: '记录跟踪指导（走访、电话、指导）及所见经营状态',
          params: IdParams,
          body: z.object({
            onDate: Day,
            kind: z.enum(['visit', 'phone', 'guidance']),
            expertId: z.uuid().nullable().default(null),
            businessState: z.enum(['not_started', 'preparing', 'operating', 'closed']),
            note: z.string().trim().min(1).max(1000),
          }),
          response: { 200: Done },
        },
      },
      async (req) => done(records.addFollowUp(actorOf(req), req.params.id, req.body)),
    );
    app.post(
      `${base}/:id/internships`,
      {
        onRequest: write,
        schema: {
          tags,
          summary: '记录创业见习',
          params: IdParams,
          body: z.object({
            hostName: z.string().trim().min(1).max(200),
            employerId: z.uuid().nullable().default(null),
            startsOn: Day,
            endsOn: Day.nullable().default(null),
            note: z.string().trim().max(500).nullable().default(null),
          }),
          response: { 200: Done },
        },
      },
      async (req) => done(records.addInternship(actorOf(req), req.params.id, req.body)),
    );
    app.post(
      `${base}/:id/ratings`,
      {
        onRequest: write,
        schema: {
          tags,
          summary: '学员对为其评审、指导的专家评分（1–5 分，每位专家一次）',
          params: IdParams,
          body: z.object({
            expertId: z.uuid(),
            score: z.number().int().min(1).max(5),
            comment: z.string().trim().max(500).nullable().default(null),
          }),
          response: { 200: Done },
        },
      },
      async (req) => done(records.rate(actorOf(req), req.params.id, req.body)),
    );
  };
