import { DIFFICULTY_CATEGORY_LABELS, type DifficultyCategory } from '@minsheng/rules/national/difficulty.ts';
import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { hasPermission } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import { assertDictValue } from '../../../platform/dictionaries/dict-value.ts';
import { conflict, DomainError, forbidden, notFound } from '../../../platform/errors.ts';
import { isUniqueViolation } from '../persons/persons.service.ts';
import {
  checkDifficultyCategory,
  checkEndDate,
  checkRecordDate,
  employmentStatus,
  type PersonFacts,
} from '../registrations/registration-rules.ts';
import { createRegistrationsRepo, type RecordFilter } from '../registrations/registrations.repo.ts';
import { fail } from '../registrations/registrations.service.ts';
import { createDifficultyRepo } from './difficulty.repo.ts';

export interface DeterminationInput {
  category: DifficultyCategory;
  evidence: string;
  /** Defaults to today. */
  decidedOn?: string | undefined;
}

export interface ExitInput {
  exitedOn: string;
  exitReason: string;
  version: number;
}

const stale = () => new DomainError('STALE', '该认定记录已被他人修改，请刷新后重试');
const duplicate = (category: DifficultyCategory) =>
  conflict(`本人已认定为「${DIFFICULTY_CATEGORY_LABELS[category]}」且尚未退出，不能重复认定`);

/**
 * 就业困难人员认定 (decided by holders of `difficulty:decide`) and the employment status shown on
 * the person page.
 */
export function createDifficultyService(deps: { db: Db; clock: Clock }) {
  const { db } = deps;
  const repo = createDifficultyRepo(db);
  const registrations = createRegistrationsRepo(db);

  async function readablePerson(actor: Actor, personId: string) {
    const person = await registrations.person(actor, personId, 'person:read');
    if (!person) throw notFound('人员');
    return person as PersonFacts & { id: string; orgId: number; orgPath: string };
  }

  return {
    async listOfPerson(actor: Actor, personId: string) {
      await readablePerson(actor, personId);
      return { items: await repo.listOfPerson(personId) };
    },

    async determine(actor: Actor, personId: string, input: DeterminationInput) {
      if (!hasPermission(actor, 'difficulty:decide')) throw forbidden();
      const p = await registrations.person(actor, personId, 'difficulty:decide');
      if (!p) throw notFound('人员');
      const person = p as PersonFacts & typeof p;
      const decidedOn = input.decidedOn ?? deps.clock.today();
      fail(checkRecordDate('认定日期', 'decidedOn', decidedOn, person.birthDate, deps.clock.today()));
      const id = await db
        .transaction(async (tx) => {
          const unemployment = await createRegistrationsRepo(tx).openUnemployment(personId);
          if (unemployment && decidedOn < unemployment.registeredOn)
            fail({
              path: 'decidedOn',
              message: `认定日期「${decidedOn}」早于失业登记日期「${unemployment.registeredOn}」`,
            });
          fail(
            checkDifficultyCategory({
              person,
              category: input.category,
              decidedOn,
              unemployment: unemployment ?? null,
            }),
          );
          const txRepo = createDifficultyRepo(tx);
          if (await txRepo.openOf(personId, input.category)) throw duplicate(input.category);
          const row = await txRepo.insert({
            personId,
            unemploymentRegistrationId: unemployment!.id,
            category: input.category,
            evidence: input.evidence.trim(),
            decidedOn,
            decidedBy: actor.userId,
            orgId: person.orgId,
            orgPath: person.orgPath,
            createdBy: actor.userId,
          });
          await recordAudit(tx, actor, {
            action: 'difficulty_determination.create',
            targetType: 'difficulty_determination',
            targetId: row.id,
            detail: { personId, category: input.category, decidedOn },
          });
          return row.id;
        })
        .catch((e: unknown) => {
          if (isUniqueViolation(e)) throw duplicate(input.category);
          throw e;
        });
      return (await repo.one(id))!;
    },

    async exit(actor: Actor, id: string, input: ExitInput) {
      if (!hasPermission(actor, 'difficulty:decide')) throw forbidden();
      const row = await repo.row(actor, id, 'difficulty:decide');
      if (!row) throw notFound('认定记录');
      if (row.exitedOn) throw conflict(`该认定已于${row.exitedOn}退出`);
      if (row.version !== input.version) throw stale();
      await assertDictValue(db, 'difficulty_exit_reason', input.exitReason, '退出原因', {
        path: 'exitReason',
      });
      fail(checkEndDate('退出日期', 'exitedOn', input.exitedOn, row.decidedOn, deps.clock.today()));
      await db.transaction(async (tx) => {
        if (!(await createDifficultyRepo(tx).exit(id, row.version, input.exitedOn, input.exitReason)))
          throw stale();
        await recordAudit(tx, actor, {
          action: 'difficulty_determination.exit',
          targetType: 'difficulty_determination',
          targetId: id,
          detail: { personId: row.personId, exitedOn: input.exitedOn, exitReason: input.exitReason },
        });
      });
      return (await repo.one(id))!;
    },

    async list(
      actor: Actor,
      query: Omit<RecordFilter, 'orgPath'> & { orgId?: number | undefined; category?: string | undefined },
      page: { page: number; pageSize: number },
    ) {
      const { orgId, ...filter } = query;
      let orgPath: string | undefined;
      if (orgId !== undefined) {
        orgPath = await registrations.orgPath(orgId);
        if (!orgPath) return { items: [], total: 0 };
      }
      return repo.list(actor, { ...filter, orgPath }, page);
    },

    /** GET /api/persons/:id/employment-status, as of today in China. */
    async employmentStatus(actor: Actor, personId: string) {
      const person = await readablePerson(actor, personId);
      const [openEmployment, openUnemployment, categories] = await Promise.all([
        registrations.openEmployment(personId),
        registrations.openUnemployment(personId),
        repo.openCategories(personId),
      ]);
      const [employmentView, unemploymentView] = await Promise.all([
        openEmployment ? registrations.oneEmployment(openEmployment.id) : undefined,
        openUnemployment ? registrations.oneUnemployment(openUnemployment.id) : undefined,
      ]);
      const activeDifficultyCategories = categories as DifficultyCategory[];
      return {
        ...employmentStatus({
          person,
          openEmployment: openEmployment !== undefined,
          activeDifficultyCategories,
          today: deps.clock.today(),
        }),
        openEmploymentRegistration: employmentView ?? null,
        openUnemploymentRegistration: unemploymentView ?? null,
        activeDifficultyCategories,
      };
    },
  };
}

export type DifficultyService = ReturnType<typeof createDifficultyService>;
