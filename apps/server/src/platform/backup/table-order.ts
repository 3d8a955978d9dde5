import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client.ts';

/**
 * The application's tables in an order where every table comes after the tables it references,
 * read from the catalogue so that new modules are backed up without being listed anywhere.
 */
export async function tablesInDependencyOrder(db: Executor): Promise<string[]> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`
      select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r' order by c.relname`,
  );
  const deps = await queryRows<{ child: string; parent: string }>(
    db,
    sql`
      select distinct c.relname as child, p.relname as parent
      from pg_constraint k
      join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
      join pg_namespace n on n.oid = c.relnamespace
      where k.contype = 'f' and n.nspname = 'public' and c.relname <> p.relname`,
  );
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (t: string) => {
    if (ordered.includes(t) || visiting.has(t)) return;
    visiting.add(t);
    for (const d of deps) if (d.child === t) visit(d.parent);
    ordered.push(t);
  };
  for (const t of tables) visit(t.name);
  return ordered;
}
