import { getPolicy } from '@minsheng/rules/catalogue.ts';
import type { Db, Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { hasPermission } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import { conflict, forbidden, invalid } from '../../../platform/errors.ts';
import { isUniqueViolation } from '../persons/persons.service.ts';
import { createShortageOccupationsRepo } from './shortage-occupations.repo.ts';
import { CATALOGUE_POLICY_ID, publicationViolations } from './shortage-occupations.rules.ts';

export interface ShortageOccupationInput {
  occupation: string;
  catalogueName: string;
  publishedOn: string;
  refDoc?: string | null | undefined;
}

export const DUPLICATE_SHORTAGE_MESSAGE = '该工种在此公布日期的紧缺工种目录中已登记';

/**
 * Whether `occupation` is in the city's shortage catalogue on `date` (YYYY-MM-DD). A catalogue
 * applies from the day it is published (`000 第三篇 二(四)`: 从公布之日起执行), so an entry counts
 * when its publication date is on or before `date`. `publishedOn` is the first such publication.
 */
export async function isListedOn(
  db: Executor,
  occupation: string,
  date: string,
): Promise<{ listed: boolean; publishedOn: string | null }> {
  const publishedOn = await createShortageOccupationsRepo(db).firstListedOnOrBefore(occupation.trim(), date);
  return { listed: publishedOn !== undefined, publishedOn: publishedOn ?? null };
}

export function createShortageOccupationsService(deps: { db: Db; clock: Clock }) {
  const { db } = deps;
  const repo = createShortageOccupationsRepo(db);

  return {
    list: (query: { q?: string | undefined; page: number; pageSize: number }) =>
      repo.list(query.q?.trim() || undefined, query),

    async create(actor: Actor, input: ShortageOccupationInput) {
      if (!hasPermission(actor, 'policy:configure')) throw forbidden();
      const occupation = input.occupation.trim();
      const validity = getPolicy(CATALOGUE_POLICY_ID)!.validity;
      const errors = publicationViolations(input.publishedOn, validity, deps.clock.today());
      if (errors.length > 0) throw invalid(errors.map((e) => e.message).join('；'), errors);
      const id = await db
        .transaction(async (tx) => {
          const txRepo = createShortageOccupationsRepo(tx);
          if (await txRepo.exists(occupation, input.publishedOn)) throw conflict(DUPLICATE_SHORTAGE_MESSAGE);
          const row = await txRepo.insert({
            occupation,
            catalogueName: input.catalogueName.trim(),
            publishedOn: input.publishedOn,
            refDoc: input.refDoc?.trim() || null,
            createdBy: actor.userId,
          });
          await recordAudit(tx, actor, {
            action: 'shortage_occupation.create',
            targetType: 'shortage_occupation',
            targetId: String(row.id),
            detail: { occupation, publishedOn: input.publishedOn },
          });
          return row.id;
        })
        .catch((e: unknown) => {
          if (isUniqueViolation(e)) throw conflict(DUPLICATE_SHORTAGE_MESSAGE);
          throw e;
        });
      return (await repo.one(id))!;
    },
  };
}

export type ShortageOccupationsService = ReturnType<typeof createShortageOccupationsService>;
