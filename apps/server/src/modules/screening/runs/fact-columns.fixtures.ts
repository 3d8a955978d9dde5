import { addDays, addMonths } from '@minsheng/rules/engine/dates.ts';
import type { Db } from '../../../db/client.ts';
import {
  type ObtainedBy,
  obtainedByValues,
  qualificationCertificates,
} from '../../registry/certificates/certificates.schema.ts';
import {
  type ContractTermKind,
  contractTermKinds,
  labourContracts,
} from '../../registry/contracts/contracts.schema.ts';
import { insuranceContributions } from '../../registry/contributions/contributions.schema.ts';
import { employers } from '../../registry/employers/employers.schema.ts';
import {
  householdMembers,
  households,
  zeroEmploymentHouseholds,
} from '../../registry/households/households.schema.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import {
  difficultyDeterminations,
  employmentRegistrations,
  unemploymentRegistrations,
} from '../../registry/registrations/registrations.schema.ts';
import { shortageOccupations } from '../../registry/shortage-occupations/shortage-occupations.schema.ts';

type Org = { id: number; path: string };

/** A small seeded generator (mulberry32), so the population is varied yet the same every run. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    int,
    chance: (p: number) => next() < p,
    pick: <T>(xs: readonly T[]) => xs[int(xs.length)]!,
    /** a day in 2024-01-01 … 2027-06-xx */
    day: () => addDays('2024-01-01', int(1260)),
  };
}

/** Occupations of the certificates: two listed (one twice, one later), one never, one with blanks around. */
export const OCCUPATIONS = ['焊工', '电工', '育婴员', ' 焊工 '] as const;

/** A date on which the two boundary persons' records start or end. */
export const BOUNDARY = '2026-03-01';

/** The shortage catalogue: 焊工 in 2025 and again in 2026, 电工 from 2026-07-01, 保育师 from BOUNDARY. */
async function seedCatalogue(db: Db) {
  await db.insert(shortageOccupations).values([
    { occupation: '焊工', catalogueName: '2025 年紧缺工种目录', publishedOn: '2025-03-01' },
    { occupation: '焊工', catalogueName: '2026 年紧缺工种目录', publishedOn: BOUNDARY },
    { occupation: '电工', catalogueName: '2026 年下半年紧缺工种目录', publishedOn: '2026-07-01' },
    { occupation: '保育师', catalogueName: '2026 年紧缺工种目录', publishedOn: BOUNDARY },
  ]);
}

/** Inserts registry rows of one organisation's persons, numbered across the whole population. */
function recorder(db: Db, employerId: string, decidedBy: string) {
  let seq = 0;
  let householdCount = 0;
  return (org: Org) => {
    const at = { orgId: org.id, orgPath: org.path };
    return {
      async person(p: { gender: '1' | '2'; birthDate: string; hukouType: string; hukouPlace: string }) {
        seq += 1;
        const [row] = await db
          .insert(persons)
          .values({
            idNumberEnc: `enc-f${seq}`,
            idNumberHash: `hash-f${seq}`,
            idNumberMasked: `370983********${String(seq).padStart(4, '0')}`,
            name: `筛${seq}`,
            ...p,
            ...at,
          })
          .returning({ id: persons.id });
        return row!.id;
      },
      async unemployment(
        personId: string,
        u: { registeredOn: string; endedOn: string | null; benefit?: [string, string, number | null] },
      ) {
        const [row] = await db
          .insert(unemploymentRegistrations)
          .values({
            personId,
            registeredOn: u.registeredOn,
            stationId: org.id,
            certificateNumber: `JY-${personId}-${u.registeredOn}`,
            reason: 'contract_dissolved',
            endedOn: u.endedOn,
            endReason: u.endedOn ? 'employed' : null,
            benefitFrom: u.benefit?.[0] ?? null,
            benefitUntil: u.benefit?.[1] ?? null,
            benefitTotalFen: u.benefit?.[2] ?? null,
            ...at,
          })
          .returning({ id: unemploymentRegistrations.id });
        return row!.id;
      },
      determination: (personId: string, registrationId: string, decidedOn: string, exitedOn: string | null) =>
        db.insert(difficultyDeterminations).values({
          personId,
          unemploymentRegistrationId: registrationId,
          category: `category-${registrationId}`,
          evidence: '证明材料',
          decidedOn,
          decidedBy,
          exitedOn,
          ...at,
        }),
      employment: (personId: string, startedOn: string, endedOn: string | null) =>
        db.insert(employmentRegistrations).values({
          personId,
          form: 'employer',
          startedOn,
          endedOn,
          endReason: endedOn ? 'resigned' : null,
          ...at,
        }),
      contract: (
        personId: string,
        c: { termKind: ContractTermKind; startsOn: string; endsOn: string | null; endedOn: string | null },
      ) =>
        db.insert(labourContracts).values({
          personId,
          employerId,
          signedOn: c.startsOn,
          ...c,
          endReason: c.endedOn ? '解除' : null,
          ...at,
        }),
      paid: (personId: string, month: string, kind = 'pension', status: 'paid' | 'arrears' = 'paid') =>
        db.insert(insuranceContributions).values({
          personId,
          kind,
          month,
          status,
          baseFen: 400000,
          personalFen: 32000,
          unitFen: 64000,
          ...at,
        }),
      certificate: (
        personId: string,
        c: { occupation: string; level: string; issuedOn: string; obtainedBy: ObtainedBy },
      ) => {
        seq += 1;
        return db.insert(qualificationCertificates).values({
          personId,
          number: `ZS-F${seq}`,
          issuer: '肥城市职业技能鉴定中心',
          ...c,
          ...at,
        });
      },
      /** a household of the persons, recognised as zero-employment and perhaps eliminated since */
      async zeroEmployment(personIds: string[], recognisedOn: string, eliminatedOn: string | null) {
        householdCount += 1;
        const [household] = await db
          .insert(households)
          .values({ number: `HH-F${householdCount}`, headPersonId: personIds[0]!, ...at })
          .returning({ id: households.id });
        await db.insert(householdMembers).values(
          personIds.map((personId, i) => ({
            householdId: household!.id,
            personId,
            relation: i ? 'spouse' : 'head',
          })),
        );
        await db.insert(zeroEmploymentHouseholds).values({
          householdId: household!.id,
          recognisedOn,
          basis: '家庭成员均无就业',
          status: eliminatedOn ? 'eliminated' : 'active',
          eliminatedOn,
          eliminationReason: eliminatedOn ? 'member_employed' : null,
          ...at,
        });
      },
    };
  };
}
type Recorder = ReturnType<ReturnType<typeof recorder>>;

/** A person with records drawn at random over 2024–2027. */
async function randomPerson(rec: Recorder, rnd: ReturnType<typeof random>) {
  const personId = await rec.person({
    gender: rnd.pick(['1', '2'] as const),
    birthDate: addDays('1960-01-01', rnd.int(15000)),
    hukouType: rnd.pick(['urban', 'rural']),
    hukouPlace: rnd.pick(['local', 'province', 'other']),
  });
  // unemployment registrations: up to three, in time order, only the last may stay open; each
  // with a benefit period and total, a period only, or none; some with a difficulty determination
  let from = rnd.day();
  const registrations = rnd.int(4);
  for (let k = 0; k < registrations; k += 1) {
    const registeredOn = from;
    const endedOn =
      k === registrations - 1 && rnd.chance(0.5) ? null : addDays(registeredOn, 20 + rnd.int(300));
    const kind = rnd.int(3);
    const benefitFrom = addDays(registeredOn, rnd.int(20));
    const u = await rec.unemployment(personId, {
      registeredOn,
      endedOn,
      ...(kind
        ? {
            benefit: [
              benefitFrom,
              addMonths(benefitFrom, 3 + rnd.int(12)),
              kind === 1 ? 100 * rnd.int(30000) + rnd.int(100) : null,
            ] as [string, string, number | null],
          }
        : {}),
    });
    if (rnd.chance(0.4)) {
      const decidedOn = addDays(registeredOn, 5 + rnd.int(30));
      await rec.determination(
        personId,
        u,
        decidedOn,
        rnd.chance(0.5) ? addDays(decidedOn, 30 + rnd.int(300)) : null,
      );
    }
    from = addDays(endedOn ?? registeredOn, 1 + rnd.int(60));
  }
  // employment: up to two in time order, the last may stay open
  let start = rnd.day();
  const jobs = rnd.int(3);
  for (let k = 0; k < jobs; k += 1) {
    const endedOn = k === jobs - 1 && rnd.chance(0.5) ? null : addDays(start, 30 + rnd.int(400));
    await rec.employment(personId, start, endedOn);
    start = addDays(endedOn ?? start, 1 + rnd.int(60));
  }
  // labour contracts: up to two, overlapping or not, of any term kind, some ended early
  for (let k = rnd.int(3); k > 0; k -= 1) {
    const termKind = rnd.pick(contractTermKinds);
    const startsOn = addDays(rnd.day(), k);
    await rec.contract(personId, {
      termKind,
      startsOn,
      endsOn:
        termKind === 'fixed' || (termKind === 'task' && rnd.chance(0.5))
          ? addMonths(startsOn, 6 + rnd.int(30))
          : null,
      endedOn: rnd.chance(0.3) ? addDays(startsOn, rnd.int(400)) : null,
    });
  }
  // contributions: a run of months, some in two kinds, some in arrears
  if (rnd.chance(0.7)) {
    const first = `${rnd.day().slice(0, 7)}-01`;
    for (let k = 1 + rnd.int(20); k > 0; k -= 1)
      for (const kind of rnd.chance(0.3) ? ['pension', 'medical'] : ['pension'])
        await rec.paid(personId, addMonths(first, k), kind, rnd.chance(0.8) ? 'paid' : 'arrears');
  }
  for (let k = rnd.int(3); k > 0; k -= 1)
    await rec.certificate(personId, {
      occupation: rnd.pick(OCCUPATIONS),
      level: String(1 + rnd.int(5)),
      issuedOn: rnd.day(),
      obtainedBy: rnd.pick(obtainedByValues),
    });
  return personId;
}

/**
 * Two persons whose every record ends on BOUNDARY (the first) or starts on it (the second), so that
 * the day itself and the day before tell "open on the date" from an off-by-one.
 */
async function boundaryPersons(rec: Recorder) {
  const person = { gender: '1', birthDate: '1980-01-01', hukouType: 'urban', hukouPlace: 'local' } as const;
  const ending = await rec.person(person);
  const u1 = await rec.unemployment(ending, {
    registeredOn: '2025-01-10',
    endedOn: BOUNDARY,
    benefit: ['2025-01-15', addDays(BOUNDARY, -1), 1_234_567], // the last day is a day of the period,
  });
  await rec.determination(ending, u1, '2025-01-20', BOUNDARY);
  await rec.employment(ending, '2025-02-01', BOUNDARY);
  await rec.contract(ending, {
    termKind: 'fixed',
    startsOn: '2025-02-01',
    endsOn: '2027-01-31',
    endedOn: BOUNDARY,
  });
  await rec.paid(ending, addMonths(BOUNDARY, -2));

  const starting = await rec.person({ ...person, gender: '2' });
  const u2 = await rec.unemployment(starting, {
    registeredOn: BOUNDARY,
    endedOn: null,
    benefit: [BOUNDARY, '2026-08-31', 800_000],
  });
  await rec.determination(starting, u2, BOUNDARY, null);
  await rec.employment(starting, BOUNDARY, null);
  await rec.contract(starting, { termKind: 'open_ended', startsOn: BOUNDARY, endsOn: null, endedOn: null });
  await rec.paid(starting, BOUNDARY);
  await rec.certificate(starting, {
    occupation: '保育师',
    level: '3',
    issuedOn: BOUNDARY,
    obtainedBy: 'training',
  });

  await rec.zeroEmployment([ending], '2025-01-01', BOUNDARY);
  await rec.zeroEmployment([starting], BOUNDARY, null);
  return [ending, starting];
}

/**
 * `count` persons with random records in each org of `orgs` (every third with the next one in a
 * zero-employment household, active or eliminated), and the two boundary persons in the first org.
 * Rows are inserted directly: the dates lie where chance puts them. Returns the persons' ids by org id.
 */
export async function seedFactPopulation(db: Db, orgs: Org[], count: number, decidedBy: string, seed = 16) {
  const rnd = random(seed);
  await seedCatalogue(db);
  const [employer] = await db
    .insert(employers)
    .values({
      creditCode: '91370983MA3C0F0001',
      name: '肥城市筛查测试公司',
      type: 'enterprise',
      industry: 'C',
      orgId: orgs[0]!.id,
      orgPath: orgs[0]!.path,
    })
    .returning({ id: employers.id });
  const recorderOf = recorder(db, employer!.id, decidedBy);
  const byOrg = new Map<number, string[]>();
  for (const [i, org] of orgs.entries()) {
    const rec = recorderOf(org);
    const ids: string[] = [];
    for (let k = 0; k < count; k += 1) ids.push(await randomPerson(rec, rnd));
    for (let k = 0; k + 1 < ids.length; k += 3) {
      const recognisedOn = rnd.day();
      await rec.zeroEmployment(
        ids.slice(k, k + 2),
        recognisedOn,
        rnd.chance(0.5) ? addDays(recognisedOn, rnd.int(400)) : null,
      );
    }
    if (i === 0) ids.push(...(await boundaryPersons(rec)));
    byOrg.set(org.id, ids);
  }
  return byOrg;
}
