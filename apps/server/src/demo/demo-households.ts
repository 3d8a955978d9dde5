import { addDays, ageOn, daysBetween } from '@minsheng/rules/engine/dates.ts';
import { workingAge } from '@minsheng/rules/national/working-age.ts';
import { asc, count, like, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import {
  householdMembers,
  households,
  zeroEmploymentAssistance,
  zeroEmploymentHouseholds,
} from '../modules/registry/households/households.schema.ts';
import { persons } from '../modules/registry/persons/persons.schema.ts';
import { insertChunked } from './demo-insert.ts';
import { seededRandom } from './demo-persons.ts';

export interface DemoHouseholdOptions {
  seed?: number;
  /** Only persons under this organisation path (e.g. the demo city's); default: all. */
  orgPath?: string;
  /** The demo's "today" (YYYY-MM-DD, the bureau's day on the server's clock). */
  today: string;
}

export interface DemoHouseholdCounts {
  households: number;
  members: number;
  recognitions: number;
  assistanceActions: number;
  eliminated: number;
}

type Person = {
  id: string;
  gender: '1' | '2';
  birthDate: string;
  hukouType: string;
  orgId: number;
  orgPath: string;
  address: string | null;
  createdBy: string | null;
};

const SYSTEM_USER = '00000000-0000-0000-0000-000000000000';
const assistanceTexts: [kind: string, text: string][] = [
  ['job_referral', '推荐至辖区物业公司保洁、安保岗位'],
  ['public_welfare_post', '安置到社区公益性岗位（保洁、治安巡逻）'],
  ['training', '组织参加家政服务员职业技能培训'],
  ['policy', '落实灵活就业社会保险补贴政策'],
  ['other', '上门走访，了解就业意愿并登记求职需求'],
];

/** Relation of a member to the (oldest) head, guessed from gender and age difference. */
function relationTo(head: Person, p: Person): string {
  const younger = ageOn(head.birthDate, p.birthDate);
  if (younger >= 18) return 'child';
  if (p.gender !== head.gender && younger <= 10) return 'spouse';
  return younger <= 10 ? 'sibling' : 'other';
}

/**
 * Groups the registered persons not yet in a household into households of 2–5 members of the same
 * organisation (the oldest is the head, whose address is the household's), then recognises about one urban household in eight with
 * a working-age member as a zero-employment household: most receive 1–3 assistance actions and
 * some of those are eliminated again. Deterministic for the same persons and seed; persons already
 * in a household are left alone, so running it again only groups newcomers.
 */
export async function createDemoHouseholds(
  tx: Executor,
  opts: DemoHouseholdOptions,
): Promise<DemoHouseholdCounts> {
  const r = seededRandom(opts.seed ?? 2027);
  const { today } = opts;
  const people: Person[] = await tx
    .select({
      id: persons.id,
      gender: persons.gender,
      birthDate: persons.birthDate,
      hukouType: persons.hukouType,
      orgId: persons.orgId,
      orgPath: persons.orgPath,
      address: persons.address,
      createdBy: persons.createdBy,
    })
    .from(persons)
    .where(
      sql`${opts.orgPath ? like(persons.orgPath, `${opts.orgPath}%`) : sql`true`} and not exists (select 1 from ${householdMembers} where ${householdMembers.personId} = ${persons.id})`,
    )
    .orderBy(asc(persons.orgId), asc(persons.birthDate), asc(persons.idNumberHash));
  const [{ n: existing }] = (await tx.select({ n: count() }).from(households)) as [{ n: number }];

  const byOrg = new Map<number, Person[]>();
  for (const p of people) byOrg.set(p.orgId, [...(byOrg.get(p.orgId) ?? []), p]);

  const householdRows: (typeof households.$inferInsert & { id: string })[] = [];
  const memberRows: (typeof householdMembers.$inferInsert)[] = [];
  const groups: { id: string; head: Person; members: Person[] }[] = [];
  let seq = Number(existing);
  for (const [orgId, list] of byOrg) {
    // Persons come sorted by age; a seeded shuffle lets households mix generations.
    const pool = list
      .map((p) => ({ p, k: r.next() }))
      .sort((a, b) => a.k - b.k)
      .map((x) => x.p);
    while (pool.length >= 2) {
      const size = Math.min(pool.length, r.int(2, 5));
      const members = pool.splice(0, size).sort((a, b) => a.birthDate.localeCompare(b.birthDate));
      const head = members[0]!;
      const id = crypto.randomUUID();
      seq += 1;
      householdRows.push({
        id,
        number: `H${String(orgId).padStart(4, '0')}${String(seq).padStart(6, '0')}`,
        // The household lives where its head is registered.
        address: head.address,
        headPersonId: head.id,
        orgId,
        orgPath: head.orgPath,
        createdBy: head.createdBy,
      });
      for (const m of members)
        memberRows.push({
          householdId: id,
          personId: m.id,
          relation: m === head ? 'head' : relationTo(head, m),
          createdBy: head.createdBy,
        });
      groups.push({ id, head, members });
    }
  }
  await insertChunked(householdRows, (c) => tx.insert(households).values(c));
  await insertChunked(memberRows, (c) => tx.insert(householdMembers).values(c));

  const recognitions: (typeof zeroEmploymentHouseholds.$inferInsert & { id: string })[] = [];
  const actions: (typeof zeroEmploymentAssistance.$inferInsert)[] = [];
  for (const g of groups) {
    if (g.head.hukouType !== 'urban' || r.next() >= 0.125) continue;
    const recognisedOn = addDays(today, -r.int(20, 400));
    const able = g.members.filter(
      (m) => workingAge(m.gender === '1' ? 'male' : 'female', m.birthDate, recognisedOn).isWorkingAge,
    );
    if (able.length === 0) continue;
    const id = crypto.randomUUID();
    const recordedBy = g.head.createdBy ?? SYSTEM_USER;
    let last = recognisedOn;
    const assisted = r.next() < 0.7 ? r.int(1, 3) : 0;
    for (let i = 0; i < assisted; i++) {
      const room = daysBetween(last, today);
      last = addDays(last, Math.min(room, r.int(3, 40)));
      const [kind, description] = r.pick(assistanceTexts);
      actions.push({
        recognitionId: id,
        personId: r.pick(able).id,
        actedOn: last,
        kind,
        description,
        recordedBy,
      });
    }
    const eliminate = assisted > 0 && r.next() < 0.4 && daysBetween(last, today) > 10;
    recognitions.push({
      id,
      householdId: g.id,
      recognisedOn,
      basis: '本人申报，社区入户核实：家庭成员均处于失业状态，有就业愿望和劳动能力',
      status: eliminate ? 'eliminated' : 'active',
      eliminatedOn: eliminate ? addDays(last, r.int(1, Math.min(60, daysBetween(last, today)))) : null,
      eliminationReason: eliminate ? 'member_employed' : null,
      eliminationNote: eliminate ? '经帮扶，家庭成员实现就业' : null,
      eliminatedBy: eliminate ? recordedBy : null,
      orgId: g.head.orgId,
      orgPath: g.head.orgPath,
      createdBy: recordedBy,
    });
  }
  await insertChunked(recognitions, (c) => tx.insert(zeroEmploymentHouseholds).values(c));
  await insertChunked(actions, (c) => tx.insert(zeroEmploymentAssistance).values(c));
  return {
    households: householdRows.length,
    members: memberRows.length,
    recognitions: recognitions.length,
    assistanceActions: actions.length,
    eliminated: recognitions.filter((x) => x.status === 'eliminated').length,
  };
}
