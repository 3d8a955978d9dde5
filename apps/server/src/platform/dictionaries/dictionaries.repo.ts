import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { dictItems, dictTypes } from './dictionaries.schema.ts';

export type DictItemRow = typeof dictItems.$inferSelect;

/** Code tables are installation-wide reference data: no data scope. */
export function createDictionariesRepo(db: Executor) {
  return {
    types: () => db.select().from(dictTypes).orderBy(asc(dictTypes.code)),
    items: () =>
      db.select().from(dictItems).orderBy(asc(dictItems.typeCode), asc(dictItems.sort), asc(dictItems.code)),
    type: async (code: string) => (await db.select().from(dictTypes).where(eq(dictTypes.code, code)))[0],
    item: async (typeCode: string, code: string): Promise<DictItemRow | undefined> =>
      (
        await db
          .select()
          .from(dictItems)
          .where(and(eq(dictItems.typeCode, typeCode), eq(dictItems.code, code)))
      )[0],
    insertItem: async (row: typeof dictItems.$inferInsert) =>
      (await db.insert(dictItems).values(row).returning())[0]!,
    updateItem: async (
      typeCode: string,
      code: string,
      patch: Partial<Pick<DictItemRow, 'label' | 'sort' | 'active'>>,
    ) =>
      (
        await db
          .update(dictItems)
          .set(patch)
          .where(and(eq(dictItems.typeCode, typeCode), eq(dictItems.code, code)))
          .returning()
      )[0]!,
  };
}
