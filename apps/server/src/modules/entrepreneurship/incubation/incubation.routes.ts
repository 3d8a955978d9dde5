import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dateRanges } from '../../../platform/dates/date-ranges.ts';
import { isoDateIn, SerialId, Version } from '../../../platform/http/input-schemas.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import type { IncubationService } from './incubation.service.ts';

const tags = ['创业服务'];
const day = isoDateIn(dateRanges.casework);
const IdParams = z.object({ id: z.uuid() });

const BaseOut = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string(),
  operator: z.string(),
  capacity: z.number(),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  version: z.number(),
  residentsNow: z.number(),
});
const ResidentOut = z.object({
  id: z.string(),
  fileId: z.string(),
  fileNumber: z.string(),
  personName: z.string(),
  idNumberMasked: z.string(),
  businessId: z.string().nullable(),
  businessName: z.string().nullable(),
  enteredOn: z.string(),
  exitedOn: z.string().nullable(),
  exitReason: z.string().nullable(),
  version: z.number(),
});
const RecordOut = z.object({ id: z.string(), version: z.number() });

export const incubationRoutes =
  (incubation: IncubationService): FastifyPluginAsyncZod =>
  async (app) => {
    const read = { onRequest: requirePermission('entrepreneurship:read') };
    const write = { onRequest: requirePermission('entrepreneurship:write') };
    app.get(
      '/api/entrepreneurship/incubation-bases',
      {
        ...read,
        schema: {
          tags,
          summary: '创业孵化基地（在孵数、容量）和创业者联谊会会员数（本人范围内，按今日计）',
          response: {
            200: z.object({
              asOf: z.string(),
              bases: z.array(BaseOut.extend({ residentsEver: z.number() })),
              association: z.object({ members: z.number(), joinedThisYear: z.number(), left: z.number() }),
            }),
          },
        },
      },
      async (req) => incubation.listBases(actorOf(req)),
    );
    app.get(
      '/api/entrepreneurship/incubation-bases/:id',
      {
        ...read,
        schema: {
          tags,
          summary: '孵化基地及其入驻、退出记录（身份证号脱敏）',
          params: IdParams,
          response: { 200: BaseOut.extend({ asOf: z.string(), residents: z.array(ResidentOut) }) },
        },
      },
      async (req) => incubation.getBase(actorOf(req), req.params.id),
    );
    app.post(
      '/api/entrepreneurship/incubation-bases',
      {
        ...write,
        schema: {
          tags,
          summary: '登记创业孵化基地',
          body: z.object({
            orgId: SerialId,
            name: z.string().trim().min(2).max(100),
            address: z.string().trim().min(2).max(200),
            operator: z.string().trim().min(2).max(100),
            capacity: z.number().int().min(1).max(100_000),
            openedOn: day,
          }),
          response: { 200: RecordOut },
        },
      },
      async (req) => incubation.createBase(actorOf(req), req.body),
    );
    app.post(
      '/api/entrepreneurship/incubation-bases/:id/residents',
      {
        ...write,
        schema: {
          tags,
          summary: '登记入驻（学员档案，可关联其创业实体）',
          params: IdParams,
          body: z.object({ fileId: z.uuid(), businessId: z.uuid().nullable().optional(), enteredOn: day }),
          response: { 200: RecordOut },
        },
      },
      async (req) => incubation.addResident(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/api/entrepreneurship/incubation-residents/:id/exit',
      {
        ...write,
        schema: {
          tags,
          summary: '登记退出孵化基地（日期和原因）',
          params: IdParams,
          body: z.object({ version: Version, exitedOn: day, exitReason: z.string().trim().min(2).max(200) }),
          response: { 200: RecordOut },
        },
      },
      async (req) => incubation.exitResident(actorOf(req), req.params.id, req.body),
    );
  };
