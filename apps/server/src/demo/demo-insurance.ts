import { addDays, addMonths, addYears } from '@minsheng/rules/engine/dates.ts';
import { creditCodeCheckChar } from '@minsheng/rules/national/credit-code.ts';
import { and, asc, like, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { labourContracts } from '../modules/registry/contracts/contracts.schema.ts';
import { insuranceContributions } from '../modules/registry/contributions/contributions.schema.ts';
import { monthIndex, shiftMonth } from '../modules/registry/contributions/insurance-evidence.ts';
import { employers } from '../modules/registry/employers/employers.schema.ts';
import { persons } from '../modules/registry/persons/persons.schema.ts';
import { insertChunked } from './demo-insert.ts';
import { type Random, seededRandom } from './demo-persons.ts';

export interface DemoInsuranceOptions {
  seed?: number;
  /** Only persons (and employers) under this organisation path (e.g. the demo city's); default: all. */
  orgPath?: string;
  /** The demo's "today" (YYYY-MM-DD, the bureau's day on the server's clock). */
  today: string;
  /** At most this many persons get a working history (contributions grow ~200 rows per person). */
  maxPersons?: number;
}

export interface DemoInsuranceCounts {
  employersCreated: number;
  contracts: number;
  contributions: number;
  flexibleWorkers: number;
}

type Person = {
  id: string;
  idNumberHash: string;
  birthDate: string;
  orgId: number;
  orgPath: string;
  createdBy: string | null;
};
type Employer = { id: string };
type ContractRow = typeof labourContracts.$inferInsert;
type ContributionRow = typeof insuranceContributions.$inferInsert;

// 13 columns a contribution row: 2000 rows stay far below PostgreSQL's 65 535 parameters.
const CHUNK = 2000;
/** Contribution rates in basis points of the base (personal, unit), typical of a Shandong city. */
const RATES: [kind: string, personal: number, unit: number][] = [
  ['pension', 800, 1600],
  ['medical', 200, 700],
  ['unemployment', 50, 50],
  ['injury', 0, 40],
];
const END_REASONS = ['协商一致解除', '劳动者提出解除', '用人单位经济性裁员', '劳动者达到法定退休年龄'];
const POSITIONS = [
  '操作工',
  '焊工',
  '电工',
  '仓库管理员',
  '销售员',
  '保洁员',
  '保安员',
  '会计',
  '司机',
  '厨师',
];
const EMPLOYER_NAMES = ['机械制造', '食品加工', '物流', '建筑安装', '商贸', '物业服务', '纺织', '电子科技'];

/** FNV-1a hash of a string, 32 bits. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The later of two ISO dates. */
const later = (a: string, b: string) => (a.localeCompare(b) > 0 ? a : b);

/** base × rate, rounded half up to the fen, in integer arithmetic. */
const part = (baseFen: number, bp: number) => Math.floor((baseFen * bp + 5000) / 10000);

/** Two demo employers per organisation that has persons, when the scope has no employer yet. */
async function demoEmployers(tx: Executor, people: Person[], opts: DemoInsuranceOptions, r: Random) {
  const scope = opts.orgPath ? like(employers.orgPath, `${opts.orgPath}%`) : sql`true`;
  const existing = await tx
    .select({ id: employers.id })
    .from(employers)
    .where(scope)
    // By credit code, not by the random id: the same seed gives everyone the same employers.
    .orderBy(asc(employers.creditCode));
  if (existing.length > 0) return { list: existing as Employer[], created: 0 };
  const orgs = new Map(people.map((p) => [p.orgId, p]));
  const rows = [...orgs.values()].flatMap((p, i) =>
    [0, 1].map((k) => {
      const first17 = `91370983MA${String(i * 2 + k + 1).padStart(7, '0')}`;
      return {
        creditCode: first17 + creditCodeCheckChar(first17),
        name: `肥城${r.pick(EMPLOYER_NAMES)}有限公司（${i * 2 + k + 1}）`,
        type: 'enterprise',
        industry: 'C',
        size: r.pick(['medium', 'small', 'micro']),
        address: null,
        orgId: p.orgId,
        orgPath: p.orgPath,
        createdBy: p.createdBy,
      };
    }),
  );
  const list: Employer[] = await insertChunked(
    rows,
    (c) => tx.insert(employers).values(c).onConflictDoNothing().returning({ id: employers.id }),
    CHUNK,
  );
  return { list, created: list.length };
}

/** Months of contributions from `fromDay`'s month to `toDay`'s month (at most last month). */
function monthsOf(fromDay: string, toDay: string, today: string): string[] {
  const last = Math.min(monthIndex(toDay.slice(0, 7)), monthIndex(today.slice(0, 7)) - 1);
  const first = fromDay.slice(0, 7);
  const n = last - monthIndex(first) + 1;
  return Array.from({ length: Math.max(0, n) }, (_, i) => shiftMonth(first, i));
}

function contributionsFor(
  p: Person,
  employerId: string | null,
  months: string[],
  kinds: typeof RATES,
  baseFen: number,
  r: Random,
): ContributionRow[] {
  return months.flatMap((month) => {
    const arrears = r.next() < 0.02;
    return kinds.map(([kind, personal, unit]) => ({
      personId: p.id,
      employerId,
      kind,
      month: `${month}-01`,
      status: arrears ? ('arrears' as const) : ('paid' as const),
      baseFen,
      personalFen: arrears ? 0 : part(baseFen, personal),
      // A flexible worker pays both parts personally; the unit part is kept at zero.
      unitFen: arrears || !employerId ? 0 : part(baseFen, unit),
      orgId: p.orgId,
      orgPath: p.orgPath,
      createdBy: p.createdBy,
    }));
  });
}

/** One person's employment history: consecutive contracts (with gaps) from an early start until today. */
function historyOf(p: Person, list: Employer[], today: string, r: Random) {
  const contracts: ContractRow[] = [];
  const contributions: ContributionRow[] = [];
  const adult = addYears(p.birthDate, 18);
  let start = later(addMonths(today, -r.int(6, 96)), adult);
  const baseFen = r.int(3600, 12_000) * 100;
  while (start < addMonths(today, -1)) {
    const kind = r.weighted([
      ['fixed', 7],
      ['open_ended', 2],
      ['task', 1],
    ] as const);
    const endsOn =
      kind === 'open_ended'
        ? null
        : addDays(addMonths(start, kind === 'task' ? r.int(6, 18) : 12 * r.int(1, 3)), -1);
    const early = r.next() < 0.15 ? addDays(start, r.int(60, 300)) : null;
    const endedOn = early && early < today && (!endsOn || early <= endsOn) ? early : null;
    const employerId = r.pick(list).id;
    contracts.push({
      personId: p.id,
      employerId,
      termKind: kind,
      position: r.pick(POSITIONS),
      signedOn: addDays(start, -r.int(0, 10)),
      startsOn: start,
      endsOn,
      endedOn,
      endReason: endedOn ? r.pick(END_REASONS) : null,
      orgId: p.orgId,
      orgPath: p.orgPath,
      createdBy: p.createdBy,
    });
    const end = endedOn ?? endsOn ?? today;
    contributions.push(...contributionsFor(p, employerId, monthsOf(start, end, today), RATES, baseFen, r));
    // The next job starts one to four months later (a renewal when the gap is the next day).
    start = r.next() < 0.4 ? addDays(end, 1) : addMonths(end, r.int(1, 4));
  }
  return { contracts, contributions };
}

/**
 * Gives demo persons of working age a deterministic insurance history: about six in ten get
 * labour contracts with demo employers (consecutive, some renewed, some ended early) and the
 * matching monthly contributions of the four kinds; about one in ten pays pension and medical
 * insurance as a flexible worker. Persons who already have a contract or a contribution are left
 * alone and every person draws from a stream seeded by their id, so running it again changes
 * nothing and only covers newcomers. Multi-row inserts in chunks.
 */
export async function createDemoInsurance(
  tx: Executor,
  opts: DemoInsuranceOptions,
): Promise<DemoInsuranceCounts> {
  const r = seededRandom(opts.seed ?? 2028);
  const { today } = opts;
  const people: Person[] = await tx
    .select({
      id: persons.id,
      idNumberHash: persons.idNumberHash,
      birthDate: persons.birthDate,
      orgId: persons.orgId,
      orgPath: persons.orgPath,
      createdBy: persons.createdBy,
    })
    .from(persons)
    .where(
      and(
        opts.orgPath ? like(persons.orgPath, `${opts.orgPath}%`) : sql`true`,
        // Working age today: 18 to 59.
        sql`${persons.birthDate} <= ${addYears(today, -18)} and ${persons.birthDate} > ${addYears(today, -60)}`,
        sql`not exists (select 1 from ${labourContracts} where ${labourContracts.personId} = ${persons.id})`,
        sql`not exists (select 1 from ${insuranceContributions} where ${insuranceContributions.personId} = ${persons.id})`,
      ),
    )
    .orderBy(asc(persons.orgId), asc(persons.idNumberHash))
    .limit(opts.maxPersons ?? 2000);
  if (people.length === 0) return { employersCreated: 0, contracts: 0, contributions: 0, flexibleWorkers: 0 };
  const { list, created } = await demoEmployers(tx, people, opts, r);

  const contracts: ContractRow[] = [];
  const contributions: ContributionRow[] = [];
  let flexibleWorkers = 0;
  for (const p of people) {
    // Each person draws from their own stream, keyed by the ID number (not the random row id): the
    // same seed gives the same histories, and a second run rolls the same for those left without one.
    const r = seededRandom((opts.seed ?? 2028) ^ fnv1a(p.idNumberHash));
    const roll = r.next();
    if (roll < 0.6) {
      const h = historyOf(p, list, today, r);
      contracts.push(...h.contracts);
      contributions.push(...h.contributions);
    } else if (roll < 0.7) {
      flexibleWorkers += 1;
      const from = addMonths(today, -r.int(6, 40));
      const months = monthsOf(later(from, addYears(p.birthDate, 18)), today, today);
      const flexible = RATES.filter(([k]) => k === 'pension' || k === 'medical').map(
        ([k, personal, unit]) => [k, personal + unit, 0] as (typeof RATES)[number],
      );
      contributions.push(...contributionsFor(p, null, months, flexible, r.int(3600, 6000) * 100, r));
    }
  }
  await insertChunked(contracts, (c) => tx.insert(labourContracts).values(c), CHUNK);
  const inserted = await insertChunked(
    contributions,
    (c) =>
      tx
        .insert(insuranceContributions)
        .values(c)
        .onConflictDoNothing()
        .returning({ id: insuranceContributions.id }),
    CHUNK,
  );
  return {
    employersCreated: created,
    contracts: contracts.length,
    contributions: inserted.length,
    flexibleWorkers,
  };
}
