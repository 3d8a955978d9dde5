import { addMonths } from '@minsheng/rules/engine/dates.ts';
import { FACTS, type FactKey } from '@minsheng/rules/engine/facts.ts';
import { fenToYuan } from '@minsheng/rules/engine/money.ts';
import type { FactColumns, FactRow } from '@minsheng/rules/screening/screening.ts';
import { and, asc, between, count, desc, eq, gt, like, lte, min, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../db/client.ts';
import { labourOrigin } from '../../cases/facts/fact-providers.ts';
import { openOn } from '../../cases/facts/facts.repo.ts';
import { qualificationCertificates as certs } from '../../registry/certificates/certificates.schema.ts';
import { labourContracts } from '../../registry/contracts/contracts.schema.ts';
import { insuranceContributions as contributions } from '../../registry/contributions/contributions.schema.ts';
import { householdMembers, zeroEmploymentHouseholds } from '../../registry/households/households.schema.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import {
  difficultyDeterminations,
  employmentRegistrations,
  unemploymentRegistrations,
} from '../../registry/registrations/registrations.schema.ts';
import { shortageOccupations } from '../../registry/shortage-occupations/shortage-occupations.schema.ts';

/** The subjects of one chunk as columns: who, where, and every registry fact per row. */
export interface SubjectColumns {
  personId: string[];
  subjectKey: string[];
  orgId: string[];
  orgPath: string[];
  /** every FactKey except 'case.appliedOn' (the run sets that to `on`) */
  facts: FactColumns;
}

export interface FactChunk {
  /** one row per person (subjectKey '') */
  persons: SubjectColumns;
  /** one row per qualification certificate of those persons (subjectKey = certificate id) */
  certificates: SubjectColumns;
  /** keyset cursor for the next chunk; null when none was read */
  lastPersonId: string | null;
}

/** The facts the registry provides (the case's application date is the case's, not the registry's). */
export const REGISTRY_FACT_KEYS = (Object.keys(FACTS) as FactKey[]).filter((k) => k !== 'case.appliedOn');

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The column is one of the chunk's person ids: one text parameter, whatever the chunk's size. */
const inIds = (col: AnyPgColumn, ids: readonly string[]): SQL =>
  sql`${col} = any(string_to_array(${ids.join(',')}, ',')::uuid[])`;

/**
 * The chunk's persons (ids in order) and how their records are selected. When they are most of the
 * persons in their id range (a run over the whole city or most of it), by that range: one range scan
 * of each table's person index, the few records of other persons in it skipped when grouping.
 * Otherwise by the id list (the planner then reads the tables whole: a list of thousands of ids
 * is costed per row, whatever index there is).
 */
interface Chunk {
  ids: string[];
  /** the chunk's persons are at least half of the persons in its id range */
  dense: boolean;
}
const ofChunk = (col: AnyPgColumn, c: Chunk): SQL =>
  c.dense ? between(col, c.ids[0]!, c.ids[c.ids.length - 1]!) : inIds(col, c.ids);

const personIdSet = async (rows: Promise<{ personId: string }[]>) =>
  new Set((await rows).map((r) => r.personId));

/**
 * The registry facts of every person of an organisation subtree as of a date, a chunk of persons at
 * a time (keyset on the person id), for 政策找人. Each value is exactly what the case fact provider
 * (`cases/facts/fact-providers.ts`) gives for that person or certificate on that date, undefined
 * where it answers undefined; but read with one set-based query per kind of record for the whole
 * chunk. Unscoped on purpose: the run's organisation is its scope.
 */
export function createFactColumnsRepo(db: Executor) {
  const inSubtree = (orgPath: string) => like(persons.orgPath, `${escapeLike(orgPath)}%`);

  /** The records of the chunk's persons as of `on`, each kind in one query. */
  const records = async (chunk: Chunk, on: string) => {
    /** The chunk's persons with a record of `table` open on `on` (an employment, a determination). */
    const openPersons = (table: PgTable, personId: AnyPgColumn, from: AnyPgColumn, to: AnyPgColumn) =>
      personIdSet(
        db
          .selectDistinct({ personId })
          .from(table)
          .where(and(ofChunk(personId, chunk), openOn(from, to, on))) as Promise<{ personId: string }[]>,
      );
    const [unemployment, employed, difficulty, zeroEmployment, contracts, insurance, certificates, shortage] =
      await Promise.all([
        // the registrations made on or before `on`, newest first per person
        db
          .select({
            personId: unemploymentRegistrations.personId,
            registeredOn: unemploymentRegistrations.registeredOn,
            endedOn: unemploymentRegistrations.endedOn,
            benefitFrom: unemploymentRegistrations.benefitFrom,
            benefitUntil: unemploymentRegistrations.benefitUntil,
            benefitTotalFen: unemploymentRegistrations.benefitTotalFen,
          })
          .from(unemploymentRegistrations)
          .where(
            and(
              ofChunk(unemploymentRegistrations.personId, chunk),
              lte(unemploymentRegistrations.registeredOn, on),
            ),
          )
          .orderBy(asc(unemploymentRegistrations.personId), desc(unemploymentRegistrations.registeredOn)),
        openPersons(
          employmentRegistrations,
          employmentRegistrations.personId,
          employmentRegistrations.startedOn,
          employmentRegistrations.endedOn,
        ),
        openPersons(
          difficultyDeterminations,
          difficultyDeterminations.personId,
          difficultyDeterminations.decidedOn,
          difficultyDeterminations.exitedOn,
        ),
        personIdSet(
          db
            .selectDistinct({ personId: householdMembers.personId })
            .from(householdMembers)
            .innerJoin(
              zeroEmploymentHouseholds,
              eq(zeroEmploymentHouseholds.householdId, householdMembers.householdId),
            )
            .where(
              and(
                ofChunk(householdMembers.personId, chunk),
                openOn(zeroEmploymentHouseholds.recognisedOn, zeroEmploymentHouseholds.eliminatedOn, on),
              ),
            ),
        ),
        // the contract in force on `on` that started last, per person
        db
          .selectDistinctOn([labourContracts.personId], {
            personId: labourContracts.personId,
            termKind: labourContracts.termKind,
            startsOn: labourContracts.startsOn,
            endsOn: labourContracts.endsOn,
          })
          .from(labourContracts)
          .where(
            and(
              ofChunk(labourContracts.personId, chunk),
              openOn(labourContracts.startsOn, labourContracts.endedOn, on),
            ),
          )
          .orderBy(asc(labourContracts.personId), desc(labourContracts.startsOn)),
        // paid months on or before `on` (first days), and whether one is `on`'s month or the month
        // before: on or after the 1st of last month
        db
          .select({
            personId: contributions.personId,
            months: sql<number>`count(distinct ${contributions.month})`.mapWith(Number),
            recent: sql<boolean>`bool_or(${contributions.month} >= ${`${addMonths(on, -1).slice(0, 7)}-01`})`,
          })
          .from(contributions)
          .where(
            and(
              ofChunk(contributions.personId, chunk),
              eq(contributions.status, 'paid'),
              lte(contributions.month, on),
            ),
          )
          .groupBy(contributions.personId),
        db
          .select({
            id: certs.id,
            personId: certs.personId,
            occupation: certs.occupation,
            level: certs.level,
            issuedOn: certs.issuedOn,
            obtainedBy: certs.obtainedBy,
          })
          .from(certs)
          .where(ofChunk(certs.personId, chunk))
          .orderBy(asc(certs.personId), asc(certs.id)),
        // each occupation listed on `on` with its first publication (the catalogue is small)
        db
          .select({
            occupation: shortageOccupations.occupation,
            publishedOn: min(shortageOccupations.publishedOn),
          })
          .from(shortageOccupations)
          .where(lte(shortageOccupations.publishedOn, on))
          .groupBy(shortageOccupations.occupation),
      ]);
    return {
      unemployment: groupBy(unemployment),
      employed,
      difficulty,
      zeroEmployment,
      contracts: new Map(contracts.map((c) => [c.personId, c])),
      insurance: new Map(insurance.map((i) => [i.personId, i])),
      certificates,
      shortage: new Map(shortage.map((s) => [s.occupation, s.publishedOn!])),
    };
  };

  return {
    async countPersons(orgPath: string): Promise<number> {
      const [row] = await db.select({ n: count() }).from(persons).where(inSubtree(orgPath));
      return Number(row?.n ?? 0);
    },

    async loadChunk(q: {
      orgPath: string;
      on: string;
      afterPersonId: string | null;
      limit: number;
    }): Promise<FactChunk> {
      const { on } = q;
      // the chunk's ids first, from the (id, org_path) index alone; then their rows (one query
      // would walk the primary key and read the row of every person outside the subtree)
      const ids = (
        await db
          .select({ id: persons.id })
          .from(persons)
          .where(and(inSubtree(q.orgPath), q.afterPersonId ? gt(persons.id, q.afterPersonId) : undefined))
          .orderBy(asc(persons.id))
          .limit(q.limit)
      ).map((p) => p.id);
      const personRows = new SubjectRows();
      const certificateRows = new SubjectRows();
      if (ids.length === 0) {
        return { persons: personRows.columns(), certificates: certificateRows.columns(), lastPersonId: null };
      }
      const [inRange] = await db
        .select({ n: count() })
        .from(persons)
        .where(between(persons.id, ids[0]!, ids[ids.length - 1]!));
      const chunk: Chunk = { ids, dense: Number(inRange?.n ?? 0) <= 2 * ids.length };
      const [people, r] = await Promise.all([
        db
          .select({
            id: persons.id,
            gender: persons.gender,
            birthDate: persons.birthDate,
            hukouType: persons.hukouType,
            hukouPlace: persons.hukouPlace,
            orgId: persons.orgId,
            orgPath: persons.orgPath,
          })
          .from(persons)
          .where(inIds(persons.id, ids))
          .orderBy(asc(persons.id)),
        records(chunk, on),
      ]);
      const byPerson = new Map<string, { p: (typeof people)[number]; facts: FactRow }>();
      for (const p of people) {
        const registrations = r.unemployment.get(p.id) ?? [];
        const open = registrations.find((u) => u.endedOn === null || u.endedOn > on);
        const benefit = registrations.find((u) => u.benefitUntil !== null);
        const contract = r.contracts.get(p.id);
        const paid = r.insurance.get(p.id);
        const months = paid?.months ?? 0;
        const facts: FactRow = {
          'person.gender': p.gender === '1' ? 'male' : 'female',
          'person.birthDate': p.birthDate,
          'person.hukouType': p.hukouType,
          'person.localHukou': p.hukouPlace === 'local',
          'person.labourOrigin': labourOrigin(p.hukouType, p.hukouPlace),
          'person.retirementCategory': p.gender === '1' ? 'male' : undefined,
          'person.registeredUnemployed': open !== undefined,
          'person.unemploymentRegisteredOn': open?.registeredOn,
          'person.certificateHolder': registrations.length > 0,
          'person.receivingUnemploymentBenefit':
            benefit?.benefitFrom && benefit.benefitUntil
              ? benefit.benefitFrom <= on && on <= benefit.benefitUntil
              : false,
          'person.benefitEndedOn': benefit?.benefitUntil ?? undefined,
          'person.entitledBenefitTotal':
            benefit?.benefitTotalFen != null ? fenToYuan(benefit.benefitTotalFen) : undefined,
          'person.employed': r.employed.has(p.id),
          'person.difficultyPerson': r.difficulty.has(p.id),
          'person.zeroEmploymentHousehold': r.zeroEmployment.has(p.id),
          'contract.current': contract
            ? {
                localEmployer: true,
                startOn: contract.startsOn,
                endOn: contract.termKind === 'open_ended' ? null : (contract.endsOn ?? null),
              }
            : null,
          'insurance.payingLocally': paid?.recent ?? false,
          'insurance.localMonths': months,
          'insurance.recordedInSystem': contract !== undefined && months > 0,
        };
        byPerson.set(p.id, { p, facts });
        personRows.push(p.id, '', p, facts);
      }
      for (const c of r.certificates) {
        const person = byPerson.get(c.personId);
        if (!person) continue; // in the id range, not in the chunk
        const { p, facts } = person;
        const publishedOn = r.shortage.get(c.occupation.trim());
        certificateRows.push(c.personId, c.id, p, {
          ...facts,
          'certificate.level': Number(c.level),
          'certificate.occupation': c.occupation,
          'certificate.issuedOn': c.issuedOn,
          'certificate.obtainedBy': c.obtainedBy,
          'shortage.listed': publishedOn !== undefined,
          'shortage.publishedOn': publishedOn ?? null,
        });
      }
      return {
        persons: personRows.columns(),
        certificates: certificateRows.columns(),
        lastPersonId: ids[ids.length - 1]!,
      };
    },
  };
}

export type FactColumnsRepo = ReturnType<typeof createFactColumnsRepo>;

/** Rows already ordered by person id, grouped by it (order within a person kept). */
function groupBy<T extends { personId: string }>(rows: T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const row of rows) {
    const list = m.get(row.personId);
    if (list) list.push(row);
    else m.set(row.personId, [row]);
  }
  return m;
}

/** Builds SubjectColumns row by row. */
class SubjectRows {
  private readonly personId: string[] = [];
  private readonly subjectKey: string[] = [];
  private readonly orgId: string[] = [];
  private readonly orgPath: string[] = [];
  private readonly facts = new Map<FactKey, unknown[]>(REGISTRY_FACT_KEYS.map((k) => [k, []]));

  push(personId: string, subjectKey: string, org: { orgId: number; orgPath: string }, row: FactRow) {
    this.personId.push(personId);
    this.subjectKey.push(subjectKey);
    this.orgId.push(String(org.orgId));
    this.orgPath.push(org.orgPath);
    for (const [key, column] of this.facts) column.push(row[key]);
  }

  columns(): SubjectColumns {
    return {
      personId: this.personId,
      subjectKey: this.subjectKey,
      orgId: this.orgId,
      orgPath: this.orgPath,
      facts: Object.fromEntries(this.facts),
    };
  }
}
