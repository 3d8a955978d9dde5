import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dateRanges } from '../../../platform/dates/date-ranges.ts';
import { isoDateIn, SerialIdText, Version } from '../../../platform/http/input-schemas.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import { zeroEmploymentStatuses } from '../households/households.schema.ts';
import type { ZeroEmploymentService } from './zero-employment.service.ts';

const tags = ['家庭与零就业家庭'];

const Recognition = z.object({
  id: z.string(),
  householdId: z.string(),
  recognisedOn: z.string(),
  basis: z.string(),
  status: z.enum(zeroEmploymentStatuses),
  eliminatedOn: z.string().nullable(),
  eliminationReason: z.string().nullable(),
  eliminationNote: z.string().nullable(),
  createdAt: z.date(),
  version: z.number().int(),
});
const Assistance = z.object({
  id: z.string(),
  actedOn: z.string(),
  kind: z.string(),
  description: z.string(),
  personId: z.string().nullable(),
  personName: z.string().nullable(),
  recordedBy: z.string(),
  createdAt: z.date(),
});
const History = z.object({ items: z.array(Recognition.extend({ assistance: z.array(Assistance) })) });
const IdParams = z.object({ id: z.uuid() });

export const zeroEmploymentRoutes =
  (zero: ZeroEmploymentService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/households/:id/zero-employment',
      {
        onRequest: requirePermission('person:read'),
        schema: {
          tags,
          summary: '家庭的零就业家庭认定记录（新到旧，含帮扶记录）',
          params: IdParams,
          response: { 200: History },
        },
      },
      async (req) => zero.history(actorOf(req), req.params.id),
    );
    app.post(
      '/api/households/:id/zero-employment',
      {
        onRequest: requirePermission('household:recognise'),
        schema: {
          tags,
          summary:
            '认定为零就业家庭（城镇家庭；至少一名劳动年龄成员；无成员在就业登记中；同一家庭仅一条有效认定）',
          params: IdParams,
          body: z.object({
            recognisedOn: isoDateIn(dateRanges.casework),
            basis: z.string().trim().min(1).max(500),
          }),
          response: { 200: Recognition },
        },
      },
      async (req) => zero.recognise(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/api/zero-employment/:id/assistance',
      {
        onRequest: requirePermission('person:write'),
        schema: {
          tags,
          summary: '登记帮扶措施（日期不早于认定日期、不晚于今天；答复该家庭的全部认定记录）',
          params: IdParams,
          body: z.object({
            actedOn: isoDateIn(dateRanges.casework),
            kind: z.string().trim().min(1).max(30),
            description: z.string().trim().min(1).max(500),
            personId: z.uuid().nullish(),
          }),
          response: { 200: History },
        },
      },
      async (req) => zero.assist(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/api/zero-employment/:id/eliminate',
      {
        onRequest: requirePermission('household:recognise'),
        schema: {
          tags,
          summary: '消除零就业家庭（日期不早于认定日期、不晚于今天；原因取自字典）',
          params: IdParams,
          body: z.object({
            eliminatedOn: isoDateIn(dateRanges.casework),
            reason: z.string().trim().min(1).max(30),
            note: z.string().trim().max(500).nullish(),
            version: Version.optional(),
          }),
          response: { 200: Recognition },
        },
      },
      async (req) => zero.eliminate(actorOf(req), req.params.id, req.body),
    );
    app.get(
      '/api/zero-employment/summary',
      {
        onRequest: requirePermission('person:read'),
        schema: {
          tags,
          summary: '零就业家庭统计：期间内认定、帮扶、消除户数，当前在册户数及尚未帮扶的在册家庭',
          querystring: z.object({
            orgId: SerialIdText.optional(),
            from: isoDateIn(dateRanges.filter),
            to: isoDateIn(dateRanges.filter),
          }),
          response: {
            200: z.object({
              from: z.string(),
              to: z.string(),
              recognised: z.number().int(),
              assistedHouseholds: z.number().int(),
              assistanceActions: z.number().int(),
              eliminated: z.number().int(),
              active: z.number().int(),
              unassisted: z.array(
                z.object({
                  recognitionId: z.string(),
                  householdId: z.string(),
                  number: z.string(),
                  headName: z.string().nullable(),
                  recognisedOn: z.string(),
                  daysSinceRecognition: z.number().int(),
                }),
              ),
            }),
          },
        },
      },
      async (req) => zero.summary(actorOf(req), req.query),
    );
  };
