import type { Db } from '../../db/client.ts';
import type { Actor } from '../access/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { conflict, notFound } from '../errors.ts';
import { createDictionariesRepo, type DictItemRow } from './dictionaries.repo.ts';

const itemView = ({ code, label, sort, active }: DictItemRow) => ({ code, label, sort, active });

export function createDictionariesService(deps: { db: Db }) {
  const { db } = deps;
  const repo = createDictionariesRepo(db);

  return {
    /** Every code table with all its items; forms show only `active` ones, the admin page all. */
    async list() {
      const [types, items] = await Promise.all([repo.types(), repo.items()]);
      return types.map((t) => ({
        code: t.code,
        name: t.name,
        items: items.filter((i) => i.typeCode === t.code).map(itemView),
      }));
    },

    async addItem(actor: Actor, typeCode: string, input: { code: string; label: string; sort: number }) {
      return db.transaction(async (tx) => {
        const r = createDictionariesRepo(tx);
        if (!(await r.type(typeCode))) throw notFound('字典');
        const dup = await r.item(typeCode, input.code);
        if (dup) throw conflict(`字典项代码 ${input.code} 已被「${dup.label}」使用`);
        const row = await r.insertItem({ typeCode, ...input, active: true });
        await recordAudit(tx, actor, {
          action: 'dict.item.create',
          targetType: 'dict_item',
          targetId: `${typeCode}/${input.code}`,
          detail: { after: itemView(row) },
        });
        return itemView(row);
      });
    },

    async updateItem(
      actor: Actor,
      typeCode: string,
      code: string,
      patch: { label?: string | undefined; sort?: number | undefined; active?: boolean | undefined },
    ) {
      return db.transaction(async (tx) => {
        const r = createDictionariesRepo(tx);
        const before = await r.item(typeCode, code);
        if (!before) throw notFound('字典项');
        const set = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
        if (Object.keys(set).length === 0) return itemView(before);
        const row = await r.updateItem(typeCode, code, set);
        await recordAudit(tx, actor, {
          action: 'dict.item.update',
          targetType: 'dict_item',
          targetId: `${typeCode}/${code}`,
          detail: { before: itemView(before), after: itemView(row) },
        });
        return itemView(row);
      });
    },
  };
}

export type DictionariesService = ReturnType<typeof createDictionariesService>;
