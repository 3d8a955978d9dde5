import { addYears } from '@minsheng/rules/engine/dates.ts';
import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { hasPermission } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import { contributionMonths, rangeViolation } from '../../../platform/dates/date-ranges.ts';
import { assertDictValue } from '../../../platform/dictionaries/dict-value.ts';
import { createDictionariesRepo } from '../../../platform/dictionaries/dictionaries.repo.ts';
import { conflict, forbidden, invalid, notFound } from '../../../platform/errors.ts';
import { employerInScope, personInScope } from '../contracts/contracts.repo.ts';
import { isUniqueViolation } from '../persons/persons.service.ts';
import { contributionAmountViolations } from './contribution-amount-rules.ts';
import { type ContributionFilter, createContributionsRepo, monthToDate } from './contributions.repo.ts';
import type { ContributionStatus } from './contributions.schema.ts';
import { isMonth } from './insurance-evidence.ts';

export interface ContributionInput {
  /** null or absent: paid as a flexible worker (灵活就业), without an employer */
  employerId?: string | null | undefined;
  kind: string;
  /** 'YYYY-MM' */
  month: string;
  status?: ContributionStatus | undefined;
  baseFen: number;
  personalFen: number;
  unitFen: number;
}

/** Contributions start at the statutory minimum working age. */
const MIN_WORKING_AGE = 16;

/**
 * Checks one contribution record against the documented month range, the person's birth date,
 * the current month and the plausible amounts; throws VALIDATION_FAILED listing every problem (an
 * importer reuses it row by row).
 */
export function checkContribution(input: ContributionInput, birthDate: string, today: string): void {
  const errors: { path: string; message: string }[] = [];
  const fail = (path: string, message: string) => errors.push({ path, message });
  const range = isMonth(input.month)
    ? rangeViolation('month', '缴费月份', input.month, contributionMonths)
    : null;
  if (!isMonth(input.month)) fail('month', `缴费月份「${input.month}」格式应为 YYYY-MM`);
  else if (range) errors.push(range);
  else {
    if (input.month > today.slice(0, 7)) fail('month', `缴费月份「${input.month}」晚于本月`);
    const adult = addYears(birthDate, MIN_WORKING_AGE).slice(0, 7);
    if (input.month < adult)
      fail('month', `缴费月份「${input.month}」早于参保人年满${MIN_WORKING_AGE}周岁的月份（${adult}）`);
  }
  errors.push(...contributionAmountViolations(input));
  if (errors.length > 0) throw invalid(errors.map((e) => e.message).join('；'), errors);
}

export function createContributionsService(deps: { db: Db; clock: Clock }) {
  const { db } = deps;
  const repo = createContributionsRepo(db);

  const kindLabel = async (kind: string) =>
    (await createDictionariesRepo(db).item('insurance_kind', kind))?.label ?? kind;

  return {
    async list(
      actor: Actor,
      personId: string,
      query: ContributionFilter & { page: number; pageSize: number },
    ) {
      if (!(await personInScope(db, actor, personId, 'person:read'))) throw notFound('人员');
      if (query.from && query.to && query.from > query.to)
        throw invalid(`起始月份「${query.from}」晚于截止月份「${query.to}」`, [
          { path: 'from', message: '起始月份晚于截止月份' },
        ]);
      return repo.list(personId, query, query);
    },

    /** Records one month of one kind; the importer calls this with rows it has parsed. */
    async create(actor: Actor, personId: string, input: ContributionInput) {
      if (!hasPermission(actor, 'person:write')) throw forbidden();
      const person = await personInScope(db, actor, personId, 'person:write');
      if (!person) throw notFound('人员');
      const employerId = input.employerId ?? null;
      if (employerId && !(await employerInScope(db, actor, employerId))) throw notFound('用人单位');
      await assertDictValue(db, 'insurance_kind', input.kind, '险种', { path: 'kind' });
      checkContribution(input, person.birthDate, deps.clock.today());
      const duplicate = async () =>
        conflict(
          `该人员 ${input.month} 的${await kindLabel(input.kind)}缴费记录已存在（${employerId ? '同一缴费单位' : '灵活就业'}），不能重复登记`,
        );
      const id = await db
        .transaction(async (tx) => {
          const row = await createContributionsRepo(tx).insert({
            personId,
            employerId,
            kind: input.kind,
            month: monthToDate(input.month),
            status: input.status ?? 'paid',
            baseFen: input.baseFen,
            personalFen: input.personalFen,
            unitFen: input.unitFen,
            orgId: person.orgId,
            orgPath: person.orgPath,
            createdBy: actor.userId,
          });
          await recordAudit(tx, actor, {
            action: 'contribution.create',
            targetType: 'insurance_contribution',
            targetId: row.id,
            detail: { personId, employerId, kind: input.kind, month: input.month },
          });
          return row.id;
        })
        .catch(async (e: unknown) => {
          // The unique key (person, kind, month, employer) is the one guard against double counting.
          if (isUniqueViolation(e)) throw await duplicate();
          throw e;
        });
      return repo.one(id);
    },
  };
}

export type ContributionsService = ReturnType<typeof createContributionsService>;
