import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Clock } from '../../../platform/clock.ts';
import { createDictionariesRepo } from '../../../platform/dictionaries/dictionaries.repo.ts';
import { notFound } from '../../../platform/errors.ts';
import { createContractsRepo, personInScope } from '../contracts/contracts.repo.ts';
import { contractView } from '../contracts/contracts.service.ts';
import { createContributionsRepo } from './contributions.repo.ts';
import {
  type ContributionFact,
  continuousInsuredMonthsTo,
  insuredMonths,
  longestContinuousInsuredMonths,
  monthFromIndex,
  paidMonths,
  shiftMonth,
} from './insurance-evidence.ts';

/** One insurance kind as evidence: the figures the rules ask for ("满3年", "连续6个月"). */
export function kindSummary(facts: readonly ContributionFact[], kind: string, thisMonth: string) {
  const months = paidMonths(facts, kind);
  const total = insuredMonths(facts, kind);
  return {
    kind,
    insuredMonths: total,
    fullYears: Math.floor(total / 12),
    // The collection system posts a month after it is paid: a current month without a record yet
    // does not break the run, so the run may end this month or last month.
    continuousMonthsToDate: Math.max(
      continuousInsuredMonthsTo(facts, kind, thisMonth),
      continuousInsuredMonthsTo(facts, kind, shiftMonth(thisMonth, -1)),
    ),
    longestContinuousMonths: longestContinuousInsuredMonths(facts, kind),
    firstMonth: months.length > 0 ? monthFromIndex(months[0]!) : null,
    lastMonth: months.length > 0 ? monthFromIndex(months.at(-1)!) : null,
    arrearsMonths: new Set(facts.filter((f) => f.kind === kind && f.status === 'arrears').map((f) => f.month))
      .size,
  };
}

export function createInsuranceSummaryService(deps: { db: Db; clock: Clock }) {
  const { db } = deps;

  return {
    /** Per insurance kind of the dictionary (plus any other kind on record) and the contracts. */
    async ofPerson(actor: Actor, personId: string) {
      if (!(await personInScope(db, actor, personId, 'person:read'))) throw notFound('人员');
      const today = deps.clock.today();
      const [facts, contracts, dict] = await Promise.all([
        createContributionsRepo(db).facts(personId),
        createContractsRepo(db).listOfPerson(personId),
        createDictionariesRepo(db).items(),
      ]);
      const labels = new Map(
        dict.filter((i) => i.typeCode === 'insurance_kind').map((i) => [i.code, i.label]),
      );
      const kinds = [...new Set([...labels.keys(), ...facts.map((f) => f.kind)])];
      const views = contracts.map((c) => contractView(c, today));
      // The current contract: in force today; the latest start wins when several are.
      const current = views.find((c) => c.inForce) ?? null;
      return {
        asOf: today,
        kinds: kinds.map((k) => ({ ...kindSummary(facts, k, today.slice(0, 7)), label: labels.get(k) ?? k })),
        contracts: {
          total: views.length,
          current,
          currentAtLeastOneYear: current ? current.atLeastOneYear : null,
        },
      };
    },
  };
}

export type InsuranceSummaryService = ReturnType<typeof createInsuranceSummaryService>;
