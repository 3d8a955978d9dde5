import { workingAge } from '@minsheng/rules/national/working-age.ts';
import type { Db, Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { hasPermission } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import { assertDictValue } from '../../../platform/dictionaries/dict-value.ts';
import { conflict, DomainError, forbidden, invalid, notFound } from '../../../platform/errors.ts';
import { isUniqueViolation } from '../persons/persons.service.ts';
import { blankToNull } from '../registry-patch.ts';
import { createHouseholdsRepo, type HouseholdFilter, type ZeroEmploymentFilter } from './households.repo.ts';

export interface HouseholdQuery {
  q?: string | undefined;
  orgId?: number | undefined;
  zeroEmployment?: ZeroEmploymentFilter | undefined;
  page: number;
  pageSize: number;
}

export interface HouseholdInput {
  number: string;
  address?: string | null | undefined;
  orgId: number;
  headPersonId: string;
}

export type HouseholdPatch = Partial<HouseholdInput> & { version?: number | undefined };

export const HEAD = 'head';
export const DUPLICATE_HOUSEHOLD_NUMBER_MESSAGE = '该户号已登记';
const inOtherHousehold = (name: string) => `「${name}」已是其他家庭的成员，一人只能属于一户`;
const stale = () => new DomainError('STALE', '该家庭信息已被他人修改，请刷新后重试');

type Repo = ReturnType<typeof createHouseholdsRepo>;

/** A member as shown: masked ID, age and whether of working age today (劳动年龄). */
export function memberView<M extends { gender: '1' | '2'; birthDate: string }>(m: M, today: string) {
  const w = workingAge(m.gender === '1' ? 'male' : 'female', m.birthDate, today);
  return { ...m, age: w.age, workingAge: w.isWorkingAge };
}

async function visiblePerson(repo: Repo, actor: Actor, personId: string) {
  const person = await repo.person(actor, personId, 'person:read');
  if (!person) throw notFound('人员');
  return person;
}

/** Adds `personId` to the household, turning a race past the membership check into the same 409. */
async function addMemberRow(
  tx: Executor,
  actor: Actor,
  householdId: string,
  person: { id: string; name: string },
  relation: string,
) {
  const repo = createHouseholdsRepo(tx);
  const existing = await repo.membershipOf(person.id);
  if (existing?.householdId === householdId) throw conflict(`「${person.name}」已是本户成员`);
  if (existing) throw conflict(inOtherHousehold(person.name));
  await repo.addMember({ householdId, personId: person.id, relation, createdBy: actor.userId });
}

const withUniqueMessage = (message: string) => (e: unknown) => {
  if (isUniqueViolation(e)) throw conflict(message);
  throw e;
};

export function createHouseholdsService(deps: { db: Db; clock: Clock }) {
  const { db } = deps;
  const repo = createHouseholdsRepo(db);

  async function writableOrg(actor: Actor, tx: Executor, orgId: number) {
    const org = await createHouseholdsRepo(tx).writableOrg(actor, orgId);
    if (!org) throw notFound('所属机构');
    return org;
  }

  async function writable(actor: Actor, id: string) {
    if (!hasPermission(actor, 'person:write')) throw forbidden();
    const current = await repo.row(actor, id, 'person:write');
    if (!current) throw notFound('家庭');
    return current;
  }

  async function get(actor: Actor, id: string) {
    const h = await repo.detail(actor, id);
    if (!h) throw notFound('家庭');
    const today = deps.clock.today();
    return { ...h, members: (await repo.members(id)).map((m) => memberView(m, today)) };
  }

  return {
    get,

    async list(actor: Actor, query: HouseholdQuery) {
      const f: HouseholdFilter = {};
      const q = query.q?.trim();
      if (q) f.q = q;
      if (query.zeroEmployment) f.zeroEmployment = query.zeroEmployment;
      if (query.orgId !== undefined) {
        const path = await repo.orgPath(query.orgId);
        if (!path) return { items: [], total: 0 };
        f.orgPath = path;
      }
      return repo.list(actor, f, query);
    },

    async create(actor: Actor, input: HouseholdInput) {
      if (!hasPermission(actor, 'person:write')) throw forbidden();
      const number = input.number.trim();
      const head = await visiblePerson(repo, actor, input.headPersonId);
      const id = await db
        .transaction(async (tx) => {
          const org = await writableOrg(actor, tx, input.orgId);
          const txRepo = createHouseholdsRepo(tx);
          if (await txRepo.existsByNumber(number)) throw conflict(DUPLICATE_HOUSEHOLD_NUMBER_MESSAGE);
          const row = await txRepo.insert({
            number,
            address: blankToNull(input.address) ?? null,
            headPersonId: head.id,
            orgId: org.id,
            orgPath: org.path,
            createdBy: actor.userId,
          });
          await addMemberRow(tx, actor, row.id, head, HEAD);
          await recordAudit(tx, actor, {
            action: 'household.create',
            targetType: 'household',
            targetId: row.id,
            detail: { orgId: org.id, number, headPersonId: head.id },
          });
          return row.id;
        })
        .catch(withUniqueMessage(DUPLICATE_HOUSEHOLD_NUMBER_MESSAGE));
      return get(actor, id);
    },

    async update(actor: Actor, id: string, patch: HouseholdPatch) {
      const current = await writable(actor, id);
      if (patch.version !== undefined && patch.version !== current.version) throw stale();
      const newHead =
        patch.headPersonId === undefined || patch.headPersonId === current.headPersonId
          ? undefined
          : patch.headPersonId;
      await db
        .transaction(async (tx) => {
          const txRepo = createHouseholdsRepo(tx);
          const org =
            patch.orgId === undefined || patch.orgId === current.orgId
              ? undefined
              : await writableOrg(actor, tx, patch.orgId);
          const number = patch.number?.trim();
          if (number !== undefined && number !== current.number && (await txRepo.existsByNumber(number)))
            throw conflict(DUPLICATE_HOUSEHOLD_NUMBER_MESSAGE);
          if (newHead) {
            if ((await txRepo.membershipOf(newHead))?.householdId !== id) {
              const message = '新户主须是本户成员，请先添加该成员';
              throw invalid(message, [{ path: 'headPersonId', message }]);
            }
            // The old head's relation to the new head is unknown: 其他 until someone corrects it.
            if (current.headPersonId) await txRepo.setRelation(id, current.headPersonId, 'other');
            await txRepo.setRelation(id, newHead, HEAD);
          }
          const changes = {
            ...(number === undefined ? {} : { number }),
            ...(patch.address === undefined ? {} : { address: blankToNull(patch.address) ?? null }),
            ...(org ? { orgId: org.id, orgPath: org.path } : {}),
            ...(newHead ? { headPersonId: newHead } : {}),
          };
          if (!(await txRepo.update(id, current.version, changes))) throw stale();
          await recordAudit(tx, actor, {
            action: 'household.update',
            targetType: 'household',
            targetId: id,
            detail: { fields: Object.keys(changes) },
          });
        })
        .catch(withUniqueMessage(DUPLICATE_HOUSEHOLD_NUMBER_MESSAGE));
      return get(actor, id);
    },

    async addMember(actor: Actor, id: string, input: { personId: string; relation: string }) {
      await writable(actor, id);
      if (input.relation === HEAD) {
        const message = '户主只能有一位：请先添加为成员，再变更户主';
        throw invalid(message, [{ path: 'relation', message }]);
      }
      await assertDictValue(db, 'household_relation', input.relation, '与户主关系', { path: 'relation' });
      const person = await visiblePerson(repo, actor, input.personId);
      await db
        .transaction(async (tx) => {
          await addMemberRow(tx, actor, id, person, input.relation);
          await createHouseholdsRepo(tx).touch(id);
          await recordAudit(tx, actor, {
            action: 'household.member.add',
            targetType: 'household',
            targetId: id,
            detail: { personId: person.id, relation: input.relation },
          });
        })
        .catch(withUniqueMessage(inOtherHousehold(person.name)));
      return get(actor, id);
    },

    async removeMember(actor: Actor, id: string, personId: string) {
      const current = await writable(actor, id);
      if (current.headPersonId === personId) throw conflict('不能移除户主：请先变更户主');
      await db.transaction(async (tx) => {
        const txRepo = createHouseholdsRepo(tx);
        if ((await txRepo.removeMember(id, personId)).length === 0) throw notFound('家庭成员');
        await txRepo.touch(id);
        await recordAudit(tx, actor, {
          action: 'household.member.remove',
          targetType: 'household',
          targetId: id,
          detail: { personId },
        });
      });
      return get(actor, id);
    },

    /** The household of a person, or null when none (or none the actor may see). */
    async ofPerson(actor: Actor, personId: string) {
      await visiblePerson(repo, actor, personId);
      const membership = await repo.membershipOf(personId);
      if (!membership) return { household: null };
      const h = await repo.detail(actor, membership.householdId);
      return { household: h ? { ...h, relation: membership.relation } : null };
    },
  };
}

export type HouseholdsService = ReturnType<typeof createHouseholdsService>;
