import { inArray, or } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { organisations } from '../../../platform/orgs/orgs.schema.ts';
import type { Period, StationFacts } from './registration-rules.ts';
import {
  employmentRegistrations as emp,
  unemploymentRegistrations as unemp,
} from './registrations.schema.ts';

/** A stored registration period with the natural key an imported row of it would have. */
export interface StoredPeriod extends Period {
  key: string;
}

/** Natural key of a registration: the person and the day it began (a person starts one a day). */
export const registrationKey = (personId: string, startedOn: string) => `${personId}|${startedOn}`;

const group = <T extends { personId: string }>(rows: T[], period: (r: T) => Period) => {
  const out = new Map<string, StoredPeriod[]>();
  for (const r of rows) {
    const p = period(r);
    const list = out.get(r.personId) ?? [];
    list.push({ ...p, key: registrationKey(r.personId, p.startedOn) });
    out.set(r.personId, list);
  }
  return out;
};

/** The employment and unemployment periods of a chunk's persons (two queries per chunk). */
export async function periodsOf(db: Executor, personIds: string[]) {
  const ids = [...new Set(personIds)];
  if (ids.length === 0)
    return { employment: new Map<string, StoredPeriod[]>(), unemployment: new Map<string, StoredPeriod[]>() };
  const [e, u] = await Promise.all([
    db
      .select({ personId: emp.personId, startedOn: emp.startedOn, endedOn: emp.endedOn })
      .from(emp)
      .where(inArray(emp.personId, ids)),
    db
      .select({ personId: unemp.personId, startedOn: unemp.registeredOn, endedOn: unemp.endedOn })
      .from(unemp)
      .where(inArray(unemp.personId, ids)),
  ]);
  const period = (r: Period) => ({ startedOn: r.startedOn, endedOn: r.endedOn });
  return { employment: group(e, period), unemployment: group(u, period) };
}

/** Periods other than the row's own record (a re-imported row is compared, not refused). */
export const others = (periods: StoredPeriod[] | undefined, key: string) =>
  (periods ?? []).filter((p) => p.key !== key);

/** 就业创业证 number → the persons whose registrations carry it. */
export async function certificateHolders(db: Executor, numbers: string[]) {
  const wanted = [...new Set(numbers.filter((n) => n !== ''))];
  const out = new Map<string, Set<string>>();
  if (wanted.length === 0) return out;
  const rows = await db
    .select({ number: unemp.certificateNumber, personId: unemp.personId })
    .from(unemp)
    .where(inArray(unemp.certificateNumber, wanted));
  for (const r of rows) out.set(r.number, (out.get(r.number) ?? new Set()).add(r.personId));
  return out;
}

export type Station = StationFacts & { id: number };

/**
 * The registering stations a chunk may name: organisations written by region code or name, and
 * every organisation above the chunk's persons, for the default — the nearest street/town
 * station (or higher) above the person, as POST /api/persons/:id/unemployment-registrations does.
 */
export async function stationsFor(db: Executor, personOrgPaths: string[], written: string[]) {
  const ancestorIds = [...new Set(personOrgPaths.flatMap((p) => p.split('/').filter(Boolean).map(Number)))];
  const texts = [...new Set(written.filter((t) => t !== ''))];
  const rows =
    ancestorIds.length + texts.length === 0
      ? []
      : await db
          .select({
            id: organisations.id,
            level: organisations.level,
            path: organisations.path,
            name: organisations.name,
            regionCode: organisations.regionCode,
          })
          .from(organisations)
          .where(
            or(
              ...(ancestorIds.length > 0 ? [inArray(organisations.id, ancestorIds)] : []),
              ...(texts.length > 0
                ? [inArray(organisations.regionCode, texts), inArray(organisations.name, texts)]
                : []),
            ),
          );
  const byText = new Map<string, Station[]>();
  for (const r of rows) for (const t of [r.regionCode, r.name]) byText.set(t, [...(byText.get(t) ?? []), r]);
  return {
    /** The station a cell names: a region code, or a name only one organisation has. */
    named(text: string): Station | 'unknown' | 'ambiguous' {
      const found = [...new Map((byText.get(text) ?? []).map((s) => [s.id, s])).values()];
      return found.length === 1 ? found[0]! : found.length === 0 ? 'unknown' : 'ambiguous';
    },
    defaultFor(orgPath: string): Station | undefined {
      return rows
        .filter((r) => r.level !== 'community' && orgPath.startsWith(r.path))
        .sort((a, b) => b.path.length - a.path.length)[0];
    },
  };
}
