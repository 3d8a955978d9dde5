import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { dictItems } from './dictionaries.schema.ts';

/** Looks up the label of a dictionary code; the code itself when unknown, '' when blank. */
export type DictLabels = (dict: string, code: string | null | undefined) => string;

/** Loads the labels of the given dictionaries once, for lists, exports and timelines. */
export async function loadDictLabels(db: Executor, dicts: string[]): Promise<DictLabels> {
  const rows = await db
    .select({ typeCode: dictItems.typeCode, code: dictItems.code, label: dictItems.label })
    .from(dictItems)
    .where(sql`${dictItems.typeCode} in ${dicts}`);
  const map = new Map(rows.map((r) => [`${r.typeCode}:${r.code}`, r.label]));
  return (dict, code) => (code ? (map.get(`${dict}:${code}`) ?? code) : '');
}
