import { and, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../platform/access/actor.ts';
import { accessFilter, type ScopedColumns } from '../../platform/access/scope.ts';
import { cases } from '../cases/cases.schema.ts';
import { payments } from '../cases/finance/case-finance.schema.ts';
import { labourContracts } from '../registry/contracts/contracts.schema.ts';
import { insuranceContributions } from '../registry/contributions/contributions.schema.ts';
import { zeroEmploymentHouseholds } from '../registry/households/households.schema.ts';
import { persons } from '../registry/persons/persons.schema.ts';
import {
  difficultyDeterminations,
  employmentRegistrations,
  unemploymentRegistrations,
} from '../registry/registrations/registrations.schema.ts';
import { statisticsMemberEvents } from './member-events.schema.ts';

/** Where and when: the organisation subtree (materialised path) and the period's days. */
export interface MemberQuery {
  actor: Actor;
  orgPath: string;
  from: string;
  to: string;
}

const tables = {
  er: employmentRegistrations,
  prev: employmentRegistrations,
  ur: unemploymentRegistrations,
  dd: difficultyDeterminations,
  lc: labourContracts,
  ic: insuranceContributions,
  zh: zeroEmploymentHouseholds,
  p: persons,
  c: cases,
  pay: payments,
  e: statisticsMemberEvents,
};

export const er = alias(employmentRegistrations, 'er');
export const prev = alias(employmentRegistrations, 'prev');
export const ur = alias(unemploymentRegistrations, 'ur');
export const dd = alias(difficultyDeterminations, 'dd');
export const lc = alias(labourContracts, 'lc');
export const ic = alias(insuranceContributions, 'ic');
export const zh = alias(zeroEmploymentHouseholds, 'zh');
export const p = alias(persons, 'p');
export const c = alias(cases, 'c');
export const pay = alias(payments, 'pay');
export const e = alias(statisticsMemberEvents, 'e');

/** The aliased tables as FROM items (`"employment_registrations" as "er"`). */
export const T = Object.fromEntries(
  Object.entries(tables).map(([name, table]) => [name, sql`${table} as ${sql.identifier(name)}`]),
) as Record<keyof typeof tables, SQL>;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/**
 * The record is in the requested subtree and in the actor's statistics scope: a figure never
 * counts a row the actor could not list.
 */
export const inScope = (q: MemberQuery, cols: ScopedColumns) =>
  and(sql`${cols.orgPath} like ${`${escapeLike(q.orgPath)}%`}`, accessFilter(q.actor, 'stats:read', cols))!;
