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
/** The settings page: every jurisdiction and document of the rules, with what is set here. */
const DeploymentView = z.object({
  jurisdictions: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      /** the local name it goes by here; null: not one of this deployment's jurisdictions */
      localName: z.string().nullable(),
      /** the names of the catalogue's policies of the jurisdiction */
      policies: z.array(z.string()),
    }),
  ),
  documents: z.array(
    z.object({
      id: z.string(),
      /** the rules jurisdiction code of the issuing government */
      jurisdiction: z.string(),
      /** the registered title and 文号 (null where the source text has none) */
      title: z.string(),
      number: z.string().nullable(),
      issuer: z.string().nullable(),
      /** what this deployment set, null while nothing is */
      setting: z
        .object({
          number: z.string().nullable(),
          title: z.string().nullable(),
          setAt: z.string(),
          setByName: z.string().nullable(),
        })
        .nullable(),
      /** the name citations use: 《title》（number） as configured */
      citedAs: z.string(),
      /** the names of the catalogue's policies that rest on the document */
      policies: z.array(z.string()),
    }),
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
