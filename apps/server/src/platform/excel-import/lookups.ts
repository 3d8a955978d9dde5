import type { Executor } from '../../db/client.ts';
import type { Actor } from '../access/actor.ts';
import { notFound } from '../errors.ts';
import type { ImportKind, ImportOrg } from './importer.ts';
import { createImportsRepo } from './imports.repo.ts';
import type { ColumnLookups } from './parse-row.ts';

/**
 * Loads once per import what column parsing looks up: the active items of the kind's dictionaries
 * (by label and by code) and the organisations the actor may write to (by region code and, when
 * unambiguous, by name), so no row costs a query for them.
 */
export async function loadLookups(
  db: Executor,
  actor: Actor,
  kind: ImportKind,
  defaultOrgId: number | undefined,
): Promise<ColumnLookups> {
  const repo = createImportsRepo(db);
  const dictTypes = [...new Set(kind.columns.flatMap((c) => (c.dict ? [c.dict] : [])))];
  const dicts = new Map<string, Map<string, string>>();
  if (dictTypes.length > 0) {
    for (const item of await repo.dictItems(dictTypes)) {
      const m = dicts.get(item.typeCode) ?? new Map<string, string>();
      dicts.set(item.typeCode, m);
      m.set(item.code, item.code);
      if (!m.has(item.label)) m.set(item.label, item.code);
    }
  }
  const orgs = new Map<string, ImportOrg>();
  const nameCount = new Map<string, number>();
  const writable = await repo.writableOrgs(actor, kind.permission);
  for (const o of writable) nameCount.set(o.name, (nameCount.get(o.name) ?? 0) + 1);
  for (const o of writable) {
    const org = { id: o.id, path: o.path, name: o.name };
    orgs.set(o.regionCode, org);
    if (nameCount.get(o.name) === 1) orgs.set(o.name, org);
  }
  const wanted = defaultOrgId ?? actor.orgId;
  const defaultOrg = writable.find((o) => o.id === wanted);
  if (!defaultOrg) throw notFound('所属机构');
  return { dicts, orgs, defaultOrg: { id: defaultOrg.id, path: defaultOrg.path, name: defaultOrg.name } };
}

/** The drop-down lists of a kind's template: dictionary labels and writable organisations. */
export async function templateLists(db: Executor, actor: Actor, kind: ImportKind) {
  const repo = createImportsRepo(db);
  const dictTypes = [...new Set(kind.columns.flatMap((c) => (c.dict ? [c.dict] : [])))];
  const labels = new Map<string, string[]>();
  for (const item of dictTypes.length > 0 ? await repo.dictItems(dictTypes) : []) {
    const list = labels.get(item.typeCode) ?? [];
    list.push(item.label);
    labels.set(item.typeCode, list);
  }
  // Names where unique (what people recognise), the region code where two share a name.
  const writable = await repo.writableOrgs(actor, kind.permission);
  const count = new Map<string, number>();
  for (const o of writable) count.set(o.name, (count.get(o.name) ?? 0) + 1);
  const orgs = writable.map((o) => (count.get(o.name) === 1 ? o.name : o.regionCode));
  return { labels, orgs };
}
