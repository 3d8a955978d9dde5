import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requirePermission } from '../../platform/http/session-hook.ts';
import type { DeploymentService } from './deployment.service.ts';

const tags = ['部署设置'];
const configure = { onRequest: requirePermission('deployment:configure') };
const Jurisdiction = z.object({
  code: z.string().trim().min(1).max(40),
  localName: z.string().trim().min(1).max(40),
});
const DocumentSetting = z.object({
  number: z.string().trim().max(60).nullable(),
  title: z.string().trim().max(200).nullable(),
});
// The service types the full view; the HTTP schema names what callers rely on.
const DeploymentView = z.looseObject({
  jurisdictions: z.array(
    z.looseObject({ code: z.string(), name: z.string(), localName: z.string().nullable() }),
  ),
  documents: z.array(
    z.looseObject({ id: z.string(), title: z.string(), number: z.string().nullable(), citedAs: z.string() }),
  ),
});

export const deploymentRoutes =
  (deployment: DeploymentService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/deployment',
      {
        ...configure,
        schema: {
          tags,
          summary: '本部署的管辖地区和政策文件文号（系统管理员）',
          response: { 200: DeploymentView },
        },
      },
      async () => deployment.view(),
    );
    app.put(
      '/api/deployment/jurisdictions',
      {
        ...configure,
        schema: {
          tags,
          summary: '设置本部署的管辖地区（其政策对应的经办事项默认受理申请；记入审计日志）',
          body: z.object({ jurisdictions: z.array(Jurisdiction).max(50) }),
          response: { 200: z.array(Jurisdiction) },
        },
      },
      async (req) => deployment.setJurisdictions(actorOf(req), req.body.jurisdictions),
    );
    app.put(
      '/api/deployment/documents/:id',
      {
        ...configure,
        schema: {
          tags,
          summary: '设置政策文件的文号和标题（引用、打印时使用；记入审计日志）',
          params: z.object({ id: z.string().min(1).max(100) }),
          body: DocumentSetting,
          response: {
            200: DocumentSetting.extend({ id: z.string(), citedAs: z.string() }),
          },
        },
      },
      async (req) => deployment.setDocument(actorOf(req), req.params.id, req.body),
    );
  };
