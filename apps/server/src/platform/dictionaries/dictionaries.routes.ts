import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireActor, requirePermission } from '../http/session-hook.ts';
import type { DictionariesService } from './dictionaries.service.ts';

const tags = ['字典'];
const DictItem = z.object({ code: z.string(), label: z.string(), sort: z.number(), active: z.boolean() });
const ItemCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,20}$/, '字典项代码为 1–20 位字母、数字、下划线或横线');
const Label = z.string().trim().min(1).max(60);
const Sort = z.number().int().min(0).max(100_000);
const TypeParams = z.object({ code: z.string().max(60) });

export const dictionariesRoutes =
  (dicts: DictionariesService): FastifyPluginAsyncZod =>
  async (app) => {
    const write = { onRequest: requirePermission('dict:write') };

    app.get(
      '/api/dicts',
      {
        // Every fully signed-in user reads the code tables (forms need them); no permission to grant.
        onRequest: async (req) => {
          requireActor(req);
        },
        schema: {
          tags,
          summary: '全部字典及字典项（含停用项，active=false）',
          response: {
            200: z.array(z.object({ code: z.string(), name: z.string(), items: z.array(DictItem) })),
          },
        },
      },
      async () => dicts.list(),
    );
    app.post(
      '/api/dicts/:code/items',
      {
        ...write,
        schema: {
          tags,
          summary: '新增字典项',
          params: TypeParams,
          body: z.object({ code: ItemCode, label: Label, sort: Sort }),
          response: { 200: DictItem },
        },
      },
      async (req) => dicts.addItem(actorOf(req), req.params.code, req.body),
    );
    app.patch(
      '/api/dicts/:code/items/:itemCode',
      {
        ...write,
        schema: {
          tags,
          summary: '修改或停用字典项（字典项不删除，历史数据仍引用）',
          params: TypeParams.extend({ itemCode: z.string().max(20) }),
          body: z.object({ label: Label.optional(), sort: Sort.optional(), active: z.boolean().optional() }),
          response: { 200: DictItem },
        },
      },
      async (req) => dicts.updateItem(actorOf(req), req.params.code, req.params.itemCode, req.body),
    );
  };
