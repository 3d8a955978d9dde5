import type { StopFacts } from '@minsheng/rules/entitlements/stop-events.ts';
import type { RetirementCategory } from '@minsheng/rules/national/retirement.ts';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { labourContracts } from '../../registry/contracts/contracts.schema.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import {
  employmentRegistrations,
  unemploymentRegistrations,
} from '../../registry/registrations/registrations.schema.ts';
import { publicWelfarePosts } from '../entitlements.schema.ts';
import type { EntitlementRow } from './entitlements.repo.ts';

/** The holder's retirement category as set up (men are `male`), kept with the declared application. */
export const RETIREMENT_KEY = 'retirementCategory';

const group = <T, K>(rows: T[], key: (r: T) => K) => {
  const out = new Map<K, T[]>();
  for (const r of rows) out.set(key(r), [...(out.get(key(r)) ?? []), r]);
  return out;
};

/**
 * The registry records stop events are read from, for many entitlements at once (one query per
 * table): the holders' persons, employment registrations, labour contracts, unemployment records
 * ended by death, and the posts' ends. Answers the stop facts of each entitlement by id.
 */
export async function readStopFacts(
  db: Executor,
  list: readonly EntitlementRow[],
): Promise<Map<string, StopFacts>> {
  const out = new Map<string, StopFacts>();
  if (list.length === 0) return out;
  const personIds = [...new Set(list.map((e) => e.personId))];
  const postIds = [...new Set(list.flatMap((e) => (e.postId ? [e.postId] : [])))];
  const [people, employments, contracts, deaths, posts] = await Promise.all([
    db
      .select({ id: persons.id, gender: persons.gender, birthDate: persons.birthDate })
      .from(persons)
      .where(inArray(persons.id, personIds)),
    db
      .select({
        personId: employmentRegistrations.personId,
        employerId: employmentRegistrations.employerId,
        employerName: employmentRegistrations.employerName,
        startedOn: employmentRegistrations.startedOn,
        endedOn: employmentRegistrations.endedOn,
        endReason: employmentRegistrations.endReason,
      })
      .from(employmentRegistrations)
      .where(inArray(employmentRegistrations.personId, personIds)),
    db
      .select({
        personId: labourContracts.personId,
        employerId: labourContracts.employerId,
        startsOn: labourContracts.startsOn,
      })
      .from(labourContracts)
      .where(inArray(labourContracts.personId, personIds)),
    db
      .select({ personId: unemploymentRegistrations.personId, endedOn: unemploymentRegistrations.endedOn })
      .from(unemploymentRegistrations)
      .where(
        and(
          inArray(unemploymentRegistrations.personId, personIds),
          eq(unemploymentRegistrations.endReason, 'deceased'),
          isNotNull(unemploymentRegistrations.endedOn),
        ),
      ),
    postIds.length === 0
      ? []
      : db
          .select({
            id: publicWelfarePosts.id,
            endedOn: publicWelfarePosts.endedOn,
            endReason: publicWelfarePosts.endReason,
          })
          .from(publicWelfarePosts)
          .where(inArray(publicWelfarePosts.id, postIds)),
  ]);
  const personById = new Map(people.map((p) => [p.id, p]));
  const employmentsOf = group(employments, (r) => r.personId);
  const contractsOf = group(contracts, (r) => r.personId);
  const postById = new Map(posts.map((p) => [p.id, p]));
  for (const e of list) {
    const person = personById.get(e.personId)!;
    const own = employmentsOf.get(e.personId) ?? [];
    const died = [
      ...own.filter((r) => r.endReason === 'deceased' && r.endedOn).map((r) => r.endedOn!),
      ...deaths.filter((d) => d.personId === e.personId).map((d) => d.endedOn!),
    ].sort()[0];
    const post = e.postId ? postById.get(e.postId) : undefined;
    const female = person.gender === '2';
    const declared = e.application[RETIREMENT_KEY] as RetirementCategory | undefined;
    out.set(e.id, {
      gender: female ? 'female' : 'male',
      birthDate: person.birthDate,
      retirementCategory: female ? (declared ?? 'female_worker') : 'male',
      since: `${e.startMonth}-01`,
      ownEmployerId: e.employerId,
      employments: own.map(({ personId: _p, ...r }) => r),
      contracts: (contractsOf.get(e.personId) ?? []).map(({ personId: _p, ...r }) => r),
      postEnded: post?.endedOn ? { on: post.endedOn, reason: post.endReason ?? '' } : null,
      deceasedOn: died ?? null,
    });
  }
  return out;
}
