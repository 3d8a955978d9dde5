import { standardIndicators } from '@minsheng/rules/policies/feicheng/town-assessment/indicators.ts';
import { and, asc, eq } from 'drizzle-orm';
import type { Db, Executor } from '../db/client.ts';
import { createPlansService } from '../modules/assessment/town/plans.service.ts';
import { createRankingService } from '../modules/assessment/town/ranking.service.ts';
import { createSubmissionReviewService } from '../modules/assessment/town/submission-review.service.ts';
import { createSubmissionsService } from '../modules/assessment/town/submissions.service.ts';
import type { SystemCounts } from '../modules/assessment/town/system-counts.ts';
import type { PlanIndicator } from '../modules/assessment/town/town-assessment.schema.ts';
import type { Actor } from '../platform/access/actor.ts';
import type { Clock } from '../platform/clock.ts';
import { organisations } from '../platform/orgs/orgs.schema.ts';
import { demoActors } from './demo-services.ts';

/**
 * Example points and yearly targets per town of the demo's plans. The seed's annex 评分标准 (with
 * the real points) is not part of the seed text, so these are the demo bureau's own settings.
 */
const demoPoints: Record<string, string> = {
  new_employment: '30',
  contract_signing_rate: '5',
  insurance_participation_rate: '5',
  insurance_renewal_rate: '5',
  rural_labour_transfer: '15',
  insurance_collection: '10',
  insurance_expansion: '10',
  rural_pension_enrolment: '5',
  rural_pension_premium: '5',
  misused_funds_recovered: '2',
  grassroots_platform: '5',
  statistics: '3',
};
const demoTargets: Record<string, number> = {
  new_employment: 400,
  rural_labour_transfer: 300,
  insurance_collection: 2_000_000,
  insurance_expansion: 500,
  rural_pension_enrolment: 800,
  rural_pension_premium: 300_000,
};

function planIndicators(towns: readonly { id: number }[]): PlanIndicator[] {
  return standardIndicators.map((i) => ({
    ...i,
    maxPoints: demoPoints[i.code]!,
    targets:
      i.code in demoTargets
        ? Object.fromEntries(
            towns.map((t, n) => [String(t.id), demoTargets[i.code]! + n * demoTargets[i.code]! * 0.1]),
          )
        : {},
  }));
}

/** A town's quarter: about a quarter of its target, varied by town and quarter (deterministic). */
function quarterFigures(plan: PlanIndicator[], townId: number, n: number, quarter: number) {
  const factor = 0.7 + ((n * 7 + quarter * 3) % 6) / 10;
  return plan.map((i) => {
    const base = i.targets[String(townId)];
    if (i.method === 'rate_of_points') {
      const denominator = 60 + n * 10 + quarter * 5;
      return { code: i.code, claimed: denominator - ((n + quarter) % 5), denominator };
    }
    if (base) return { code: i.code, claimed: Math.round((base / 4) * factor) };
    return {
      code: i.code,
      claimed: i.unit === 'points' ? Math.round(Number(i.maxPoints) * factor * 0.8) : 1000 * (n + 1),
    };
  });
}

export interface DemoTownAssessmentCounts {
  plans: number;
  submissions: number;
  documents: number;
}

/**
 * The town assessment of 肥城市 through the services: last year's plan with every quarter reviewed
 * and both notices published; this year's plan (edited once, so it has a history), the finished
 * quarters reviewed except one awaiting review, and the current quarter partly reported — 王瓜店街道
 * (the third street) has not reported it yet.
 */
export async function createDemoTownAssessment(
  tx: Executor,
  opts: { clock: Clock; counts: SystemCounts; reviewer: string; districtCode: string },
): Promise<DemoTownAssessmentCounts> {
  const db = tx as unknown as Db;
  const { clock } = opts;
  const plans = createPlansService({ db });
  const submissions = createSubmissionsService({ db, clock, counts: opts.counts });
  const review = createSubmissionReviewService({ db, clock, submissions });
  const ranking = createRankingService({ db, clock });
  const [district] = await tx
    .select()
    .from(organisations)
    .where(eq(organisations.regionCode, opts.districtCode));
  const towns = await tx
    .select()
    .from(organisations)
    .where(and(eq(organisations.parentId, district!.id), eq(organisations.level, 'street')))
    .orderBy(asc(organisations.regionCode));
  const actors = await demoActors(tx, [opts.reviewer, ...towns.map((t) => `jd_${t.regionCode}`)]);
  const reviewer = actors.get(opts.reviewer)!;
  const officer = (t: { regionCode: string }): Actor => actors.get(`jd_${t.regionCode}`)!;
  const counts: DemoTownAssessmentCounts = { plans: 0, submissions: 0, documents: 0 };

  const report = async (
    plan: PlanIndicator[],
    year: number,
    quarter: number,
    n: number,
    until: 'draft' | 'submitted' | 'reviewed',
  ) => {
    const town = towns[n]!;
    const figures = quarterFigures(plan, town.id, n, quarter);
    let s = await submissions.create(officer(town), { townOrgId: town.id, year, quarter, figures });
    counts.submissions++;
    if (until === 'draft') return;
    s = await submissions.submit(officer(town), s.id);
    if (until === 'submitted') return;
    // The city finds a few rural-transfer claims without registration forms in one town's quarter.
    const adjust = n === 1 && quarter === 1;
    await review.review(reviewer, s.id, {
      decisions: s.figures.map((f) => ({
        code: f.code,
        accepted: adjust && f.code === 'rural_labour_transfer' ? Math.max(0, f.claimed! - 12) : f.claimed!,
        denominator: f.claimedDenominator,
        reason:
          adjust && f.code === 'rural_labour_transfer'
            ? '抽查发现12人无《农村劳动力转移就业人员登记表》，不予认定'
            : null,
      })),
    });
  };

  const year = Number(clock.today().slice(0, 4));
  const currentQuarter = Math.ceil(Number(clock.today().slice(5, 7)) / 3);
  const indicators = planIndicators(towns);

  const last = await plans.create(reviewer, { orgId: district!.id, year: year - 1, indicators });
  counts.plans++;
  for (let q = 1; q <= 4; q++)
    for (let n = 0; n < towns.length; n++) await report(indicators, year - 1, q, n, 'reviewed');
  for (const period of ['half_year', 'year_end'] as const) {
    const doc = await ranking.generate(reviewer, last.id, {
      period,
      datedOn: period === 'half_year' ? `${year - 1}-07-08` : `${year}-01-15`,
    });
    await ranking.publish(reviewer, doc.id);
    counts.documents++;
  }

  const first = await plans.create(reviewer, { orgId: district!.id, year, indicators });
  const current = await plans.revise(reviewer, first.id, {
    version: 1,
    reason: '根据市局考核领导小组会议意见，农村劳动力转移就业目标按各街镇农业人口调整',
    indicators: indicators.map((i) =>
      i.code === 'rural_labour_transfer'
        ? { ...i, targets: Object.fromEntries(Object.entries(i.targets).map(([t, v]) => [t, v + 20])) }
        : i,
    ),
  });
  counts.plans++;
  for (let q = 1; q < currentQuarter; q++)
    for (let n = 0; n < towns.length; n++)
      await report(
        current.indicators,
        year,
        q,
        n,
        n === 1 && q === currentQuarter - 1 ? 'submitted' : 'reviewed',
      );
  // The current quarter: the first two towns reported, the fourth is drafting, the third has not begun.
  for (let n = 0; n < towns.length; n++)
    if (n !== 2) await report(current.indicators, year, currentQuarter, n, n < 2 ? 'submitted' : 'draft');
  return counts;
}
