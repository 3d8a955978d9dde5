import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dateRanges } from '../../../platform/dates/date-ranges.ts';
import { isoDateIn, Version } from '../../../platform/http/input-schemas.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import { obtainedByValues } from './certificates.schema.ts';
import type { CertificatesService } from './certificates.service.ts';

const tags = ['职业资格证书'];

const Certificate = z.object({
  id: z.string(),
  personId: z.string(),
  number: z.string(),
  occupation: z.string(),
  level: z.string(),
  issuedOn: z.string(),
  issuer: z.string(),
  obtainedBy: z.enum(obtainedByValues),
  createdAt: z.date(),
  version: z.number().int(),
});
const IdParams = z.object({ id: z.uuid() });
const Fields = z.object({
  number: z.string().trim().min(1).max(50),
  occupation: z.string().trim().min(1).max(100),
  level: z.string().trim().min(1).max(2),
  issuedOn: isoDateIn(dateRanges.working),
  issuer: z.string().trim().min(1).max(100),
  obtainedBy: z.enum(obtainedByValues),
});

export const certificatesRoutes =
  (certificates: CertificatesService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/persons/:id/certificates',
      {
        onRequest: requirePermission('person:read'),
        schema: {
          tags,
          summary: '人员的职业资格证书（按发证日期排序）',
          params: IdParams,
          response: { 200: z.object({ items: z.array(Certificate) }) },
        },
      },
      async (req) => certificates.listOfPerson(actorOf(req), req.params.id),
    );
    app.post(
      '/api/persons/:id/certificates',
      {
        onRequest: requirePermission('person:write'),
        schema: {
          tags,
          summary: '登记职业资格证书（证书编号唯一；发证日期不得晚于今天、不得早于持证人年满16周岁）',
          params: IdParams,
          body: Fields,
          response: { 200: Certificate },
        },
      },
      async (req) => certificates.create(actorOf(req), req.params.id, req.body),
    );
    app.patch(
      '/api/certificates/:id',
      {
        onRequest: requirePermission('person:write'),
        schema: {
          tags,
          summary: '修改职业资格证书（可带 version 防止覆盖他人修改）',
          params: IdParams,
          body: Fields.partial().extend({ version: Version.optional() }),
          response: { 200: Certificate },
        },
      },
      async (req) => certificates.update(actorOf(req), req.params.id, req.body),
    );
  };
