import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dateRanges } from '../../../platform/dates/date-ranges.ts';
import { sendXlsx } from '../../../platform/excel-export/list-export.ts';
import { isoDateIn, SerialId, SerialIdText, Version } from '../../../platform/http/input-schemas.ts';
import { PageQuery, pageOf, QueryBoolean } from '../../../platform/http/paging.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import type { DifficultyService } from '../difficulty/difficulty.service.ts';
import { difficultyCategories } from './registration-rules.ts';
import type { RegistrationExports } from './registrations.export.ts';
import type { RegistrationsService } from './registrations.service.ts';

const tags = ['就业失业登记'];
const IdParams = z.object({ id: z.uuid() });

const EmploymentRegistration = z.object({
  id: z.string(),
  personId: z.string(),
  employerId: z.string().nullable(),
  employerName: z.string().nullable(),
  form: z.string(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  endReason: z.string().nullable(),
  createdAt: z.date(),
  version: z.number().int(),
});
const UnemploymentRegistration = z.object({
  id: z.string(),
  personId: z.string(),
  registeredOn: z.string(),
  stationId: z.number().int(),
  stationName: z.string(),
  certificateNumber: z.string(),
  reason: z.string(),
  endedOn: z.string().nullable(),
  endReason: z.string().nullable(),
  benefitFrom: z.string().nullable(),
  benefitUntil: z.string().nullable(),
  benefitTotalFen: z.number().int().nullable(),
  createdAt: z.date(),
  version: z.number().int(),
});
const Determination = z.object({
  id: z.string(),
  personId: z.string(),
  unemploymentRegistrationId: z.string(),
  category: z.string(),
  evidence: z.string(),
  decidedOn: z.string(),
  decidedBy: z.string(),
  decidedByName: z.string(),
  exitedOn: z.string().nullable(),
  exitReason: z.string().nullable(),
  createdAt: z.date(),
  version: z.number().int(),
});
const WithPerson = { personName: z.string(), idNumberMasked: z.string() };

const EmploymentBody = z.object({
  employerId: z.uuid().nullable().optional(),
  employerName: z.string().trim().max(100).nullable().optional(),
  form: z.string().trim().min(1).max(30),
  startedOn: isoDateIn(dateRanges.working),
});
const UnemploymentBody = z.object({
  registeredOn: isoDateIn(dateRanges.working),
  stationId: SerialId.optional(),
  certificateNumber: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z-]{6,30}$/, '《就业创业证》编号应为6至30位字母、数字'),
  reason: z.string().trim().min(1).max(30),
});
const BenefitBody = z.object({
  benefitFrom: z.iso.date().nullable(),
  benefitUntil: z.iso.date().nullable(),
  /** 应领取失业保险金总额 in yuan, e.g. "9600.00" */
  benefitTotal: z.string().trim().max(20).nullable(),
  version: Version,
});
const EndBody = z.object({
  endedOn: isoDateIn(dateRanges.working),
  endReason: z.string().trim().min(1).max(30),
  version: Version,
});
const DeterminationBody = z.object({
  category: z.enum(difficultyCategories),
  evidence: z.string().trim().min(2, '请填写认定依据（证明材料）').max(1000),
  decidedOn: isoDateIn(dateRanges.working).optional(),
});
const ExitBody = z.object({
  exitedOn: isoDateIn(dateRanges.working),
  exitReason: z.string().trim().min(1).max(30),
  version: Version,
});
const ListFilter = z.object({
  orgId: SerialIdText.optional(),
  open: QueryBoolean.optional(),
  from: isoDateIn(dateRanges.filter).optional(),
  to: isoDateIn(dateRanges.filter).optional(),
});
const UnemploymentFilter = ListFilter.extend({ stationId: SerialIdText.optional() });
const DifficultyFilter = ListFilter.extend({ category: z.enum(difficultyCategories).optional() });
const Status = z.object({
  employed: z.boolean(),
  age: z.number().int(),
  is4050: z.boolean(),
  is4050Reason: z.string(),
  retirementDate: z.string(),
  retirementDescription: z.string(),
  retired: z.boolean(),
  isDifficultyPerson: z.boolean(),
  openEmploymentRegistration: EmploymentRegistration.nullable(),
  openUnemploymentRegistration: UnemploymentRegistration.nullable(),
  activeDifficultyCategories: z.array(z.enum(difficultyCategories)),
});

const paging = (q: { page: number; pageSize: number }) => ({ page: q.page, pageSize: q.pageSize });

export const registrationsRoutes =
  (
    registrations: RegistrationsService,
    difficulty: DifficultyService,
    exports: RegistrationExports,
  ): FastifyPluginAsyncZod =>
  async (app) => {
    const read = { onRequest: requirePermission('person:read') };
    const exportList = { onRequest: requirePermission('person:export') };
    const write = { onRequest: requirePermission('person:write') };
    const decide = { onRequest: requirePermission('difficulty:decide') };

    app.get(
      '/api/persons/:id/employment-registrations',
      {
        ...read,
        schema: {
          tags,
          summary: '人员的就业登记（按就业日期倒序）',
          params: IdParams,
          response: { 200: z.object({ items: z.array(EmploymentRegistration) }) },
        },
      },
      async (req) => registrations.employmentOfPerson(actorOf(req), req.params.id),
    );
    app.post(
      '/api/persons/:id/employment-registrations',
      {
        ...write,
        schema: {
          tags,
          summary: '就业登记（同时以“已就业”注销本人有效的失业登记）',
          params: IdParams,
          body: EmploymentBody,
          response: { 200: EmploymentRegistration },
        },
      },
      async (req) => registrations.createEmploymentRegistration(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/api/employment-registrations/:id/end',
      {
        ...write,
        schema: {
          tags,
          summary: '终止就业登记（带 version）',
          params: IdParams,
          body: EndBody,
          response: { 200: EmploymentRegistration },
        },
      },
      async (req) => registrations.endEmployment(actorOf(req), req.params.id, req.body),
    );

    app.get(
      '/api/persons/:id/unemployment-registrations',
      {
        ...read,
        schema: {
          tags,
          summary: '人员的失业登记（按登记日期倒序）',
          params: IdParams,
          response: { 200: z.object({ items: z.array(UnemploymentRegistration) }) },
        },
      },
      async (req) => registrations.unemploymentOfPerson(actorOf(req), req.params.id),
    );
    app.post(
      '/api/persons/:id/unemployment-registrations',
      {
        ...write,
        schema: {
          tags,
          summary:
            '失业登记（法定劳动年龄内、无就业登记、按《关于进一步做好促进就业工作的实施意见》五(四)的登记地规则；发放《就业创业证》）',
          params: IdParams,
          body: UnemploymentBody,
          response: { 200: UnemploymentRegistration },
        },
      },
      async (req) => registrations.createUnemploymentRegistration(actorOf(req), req.params.id, req.body),
    );
    app.put(
      '/api/unemployment-registrations/:id/benefit',
      {
        ...write,
        schema: {
          tags,
          summary: '记录失业保险金领取期间和应领取总额（经办机构核定；带 version；均为 null 即清除）',
          params: IdParams,
          body: BenefitBody,
          response: { 200: UnemploymentRegistration },
        },
      },
      async (req) => registrations.setBenefit(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/api/unemployment-registrations/:id/end',
      {
        ...write,
        schema: {
          tags,
          summary: '注销失业登记（带 version）',
          params: IdParams,
          body: EndBody,
          response: { 200: UnemploymentRegistration },
        },
      },
      async (req) => registrations.endUnemployment(actorOf(req), req.params.id, req.body),
    );
    app.get(
      '/api/unemployment-registrations',
      {
        ...read,
        schema: {
          tags,
          summary: '失业登记名单（按机构、登记机构、有效/已注销、登记日期筛选，分页）',
          querystring: PageQuery.extend(UnemploymentFilter.shape),
          response: { 200: pageOf(UnemploymentRegistration.extend(WithPerson)) },
        },
      },
      async (req) => {
        const { page, pageSize, ...filter } = req.query;
        return registrations.listUnemployment(actorOf(req), filter, paging({ page, pageSize }));
      },
    );

    app.get(
      '/api/unemployment-registrations/export.xlsx',
      {
        ...exportList,
        schema: {
          tags,
          summary: '导出失业登记名单（证件号码脱敏；记入审计日志）',
          querystring: UnemploymentFilter,
        },
      },
      async (req, reply) =>
        sendXlsx(reply, '失业登记名单.xlsx', (await exports.unemployment(actorOf(req), req.query)).stream),
    );

    app.get(
      '/api/persons/:id/difficulty-determinations',
      {
        ...read,
        schema: {
          tags,
          summary: '人员的就业困难人员认定记录',
          params: IdParams,
          response: { 200: z.object({ items: z.array(Determination) }) },
        },
      },
      async (req) => difficulty.listOfPerson(actorOf(req), req.params.id),
    );
    app.post(
      '/api/persons/:id/difficulty-determinations',
      {
        ...decide,
        schema: {
          tags,
          summary:
            '认定就业困难人员（须有有效失业登记；按《关于进一步做好促进就业工作的实施意见》三(三)1核验类别）',
          params: IdParams,
          body: DeterminationBody,
          response: { 200: Determination },
        },
      },
      async (req) => difficulty.determine(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/api/difficulty-determinations/:id/exit',
      {
        ...decide,
        schema: {
          tags,
          summary: '就业困难人员退出（带 version）',
          params: IdParams,
          body: ExitBody,
          response: { 200: Determination },
        },
      },
      async (req) => difficulty.exit(actorOf(req), req.params.id, req.body),
    );
    app.get(
      '/api/difficulty-determinations',
      {
        ...read,
        schema: {
          tags,
          summary: '就业困难人员名单（按机构、类别、在册/已退出、认定日期筛选，分页）',
          querystring: PageQuery.extend(DifficultyFilter.shape),
          response: { 200: pageOf(Determination.extend(WithPerson)) },
        },
      },
      async (req) => {
        const { page, pageSize, ...filter } = req.query;
        return difficulty.list(actorOf(req), filter, paging({ page, pageSize }));
      },
    );
    app.get(
      '/api/persons/:id/employment-status',
      {
        ...read,
        schema: {
          tags,
          summary: '人员就业状态（今日：是否就业、4050、法定退休日期、就业困难类别）',
          params: IdParams,
          response: { 200: Status },
        },
      },
      async (req) => difficulty.employmentStatus(actorOf(req), req.params.id),
    );
    app.get(
      '/api/difficulty-determinations/export.xlsx',
      {
        ...exportList,
        schema: {
          tags,
          summary: '导出就业困难人员名单（证件号码脱敏；记入审计日志）',
          querystring: DifficultyFilter,
        },
      },
      async (req, reply) =>
        sendXlsx(reply, '就业困难人员名单.xlsx', (await exports.difficulty(actorOf(req), req.query)).stream),
    );
  };
