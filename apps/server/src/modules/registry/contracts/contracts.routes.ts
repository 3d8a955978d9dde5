import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dateRanges } from '../../../platform/dates/date-ranges.ts';
import { isoDateIn, Version } from '../../../platform/http/input-schemas.ts';
import { PageQuery, QueryBoolean } from '../../../platform/http/paging.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import { contractTermKinds } from './contracts.schema.ts';
import type { ContractsService } from './contracts.service.ts';

const tags = ['劳动合同'];

export const Contract = z.object({
  id: z.string(),
  personId: z.string(),
  employerId: z.string(),
  employer: z.object({ id: z.string(), name: z.string(), creditCode: z.string() }),
  termKind: z.enum(contractTermKinds),
  position: z.string().nullable(),
  signedOn: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  endReason: z.string().nullable(),
  /** full months of the agreed term; null without an agreed end */
  termMonths: z.number().int().nullable(),
  /** "1年以上期限": open-ended, or the agreed term reaches the anniversary */
  atLeastOneYear: z.boolean(),
  inForce: z.boolean(),
  createdAt: z.date(),
  version: z.number().int(),
});
const WorkforceItem = Contract.extend({
  person: z.object({ id: z.string(), name: z.string(), idNumberMasked: z.string() }),
});
const IdParams = z.object({ id: z.uuid() });
const Fields = z.object({
  employerId: z.uuid(),
  termKind: z.enum(contractTermKinds),
  position: z.string().trim().max(100).nullish(),
  signedOn: isoDateIn(dateRanges.working),
  startsOn: isoDateIn(dateRanges.working),
  endsOn: isoDateIn(dateRanges.working).nullish(),
});
const Patch = Fields.omit({ employerId: true })
  .partial()
  .extend({
    endedOn: isoDateIn(dateRanges.working).nullish(),
    endReason: z.string().trim().max(200).nullish(),
    version: Version.optional(),
  });

export const contractsRoutes =
  (contracts: ContractsService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/persons/:id/contracts',
      {
        onRequest: requirePermission('person:read'),
        schema: {
          tags,
          summary: '人员的劳动合同（按起始日期倒序）',
          params: IdParams,
          response: { 200: z.object({ items: z.array(Contract) }) },
        },
      },
      async (req) => contracts.listOfPerson(actorOf(req), req.params.id),
    );
    app.post(
      '/api/persons/:id/contracts',
      {
        onRequest: requirePermission('person:write'),
        schema: {
          tags,
          summary: '登记劳动合同（人员和用人单位须在本人可见范围内；还需“查看用人单位”权限）',
          params: IdParams,
          body: Fields,
          response: { 200: Contract },
        },
      },
      async (req) => contracts.create(actorOf(req), req.params.id, req.body),
    );
    app.patch(
      '/api/contracts/:id',
      {
        onRequest: requirePermission('person:write'),
        schema: {
          tags,
          summary: '修改劳动合同或提前解除（endedOn + endReason；可带 version 防止覆盖他人修改）',
          params: IdParams,
          body: Patch,
          response: { 200: Contract },
        },
      },
      async (req) => contracts.update(actorOf(req), req.params.id, req.body),
    );
    app.get(
      '/api/employers/:id/contracts',
      {
        onRequest: requirePermission('employer:read'),
        schema: {
          tags,
          summary: '用人单位的劳动合同（职工名册；只列本人可查看的人员，outOfScope 为范围外的份数）',
          params: IdParams,
          querystring: PageQuery.extend({ current: QueryBoolean.optional() }),
          response: {
            200: z.object({ items: z.array(WorkforceItem), total: z.number(), outOfScope: z.number() }),
          },
        },
      },
      async (req) => contracts.listOfEmployer(actorOf(req), req.params.id, req.query),
    );
  };
