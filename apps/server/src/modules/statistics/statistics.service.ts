import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import type { Clock } from '../../platform/clock.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import {
  drillParts,
  type IndicatorDefinition,
  indicatorByCode,
  indicatorCatalogue,
  keyIndicatorCodes,
  type MemberSet,
} from './indicator-catalogue.ts';
import type { MemberQuery } from './indicator-members.repo.ts';
import { evaluate } from './indicator-values.ts';
import { refreshMemberEvents } from './member-events.ts';
import { monthsOf, type Period, PeriodError, type PeriodQuery, periodOfQuery } from './period.ts';
import { createStatisticsRepo, type Paging, type Tally } from './statistics.repo.ts';

/**
 * The year's target of an indicator for an organisation. The town assessment owns assessment
 * plans with targets per town; until it is wired in, no target is known ("未设目标").
 */
export type TargetSource = (
  orgId: number,
  code: string,
  year: number,
) => Promise<{ value: number; source: string } | null>;
export const noTargets: TargetSource = async () => null;

export interface StatisticsQuery extends PeriodQuery {
  orgId?: number | undefined;
}

const zero: Tally = { count: 0, amount: 0 };

/**
 * Indicators computed from the registry, cases and payments for an organisation subtree and a
 * period, always within the actor's statistics scope; the drill-down lists the records behind a
 * figure and is audited like every list of personal data.
 */
export function createStatisticsService(deps: { db: Db; clock: Clock; targets?: TargetSource }) {
  const repo = createStatisticsRepo(deps.db);
  const targets = deps.targets ?? noTargets;

  function periodOf(q: PeriodQuery): Period {
    try {
      return periodOfQuery(q);
    } catch (e) {
      if (e instanceof PeriodError) throw invalid(e.message);
      throw e;
    }
  }

  function definition(code: string): IndicatorDefinition {
    const d = indicatorByCode(code);
    if (!d) throw notFound('统计指标');
    return d;
  }

  async function where(actor: Actor, q: StatisticsQuery) {
    const org = await repo.orgInScope(actor, q.orgId ?? actor.orgId);
    if (!org) throw notFound('机构');
    const period = periodOf(q);
    await refreshMemberEvents(deps.db);
    const mq: MemberQuery = { actor, orgPath: org.path, from: period.from, to: period.to };
    return { org: { id: org.id, name: org.name, level: org.level }, orgPath: org.path, period, mq };
  }

  const wholeTally = (mq: MemberQuery) => {
    const memo = new Map<MemberSet, Promise<Tally>>();
    return (set: MemberSet) => {
      if (!memo.has(set)) memo.set(set, repo.tally(set, mq));
      return memo.get(set)!;
    };
  };

  return {
    catalogue: () =>
      indicatorCatalogue.map((d) => ({
        code: d.code,
        name: d.name,
        nationalName: d.nationalName ?? null,
        kind: d.kind,
        unit: d.unit,
        definition: d.definition,
        counting: d.kind === 'uncountable' ? d.reason : d.counting,
        reference: {
          document: d.reference.document,
          doc: d.reference.doc,
          clause: d.reference.clause ?? null,
        },
        parts: drillParts(d).map(({ part, label }) => ({ part, label })),
      })),

    /** Every indicator (or the chosen ones) for one organisation and period. */
    async values(actor: Actor, q: StatisticsQuery & { codes?: string[] | undefined }) {
      const w = await where(actor, q);
      const defs = q.codes ? q.codes.map(definition) : indicatorCatalogue;
      const tally = wholeTally(w.mq);
      const items = await Promise.all(defs.map((d) => evaluate(d, tally)));
      return { org: w.org, period: w.period, items };
    },

    /**
     * Indicators per child organisation (the towns of a district, the communities of a town) with
     * the year's target where one is known, for the ranking table.
     */
    async byChild(actor: Actor, q: StatisticsQuery & { codes?: string[] | undefined }) {
      const w = await where(actor, q);
      const defs = (q.codes ?? keyIndicatorCodes).map(definition);
      const children = await repo.children(w.org.id);
      const grouped = new Map<MemberSet, Promise<Map<string, Tally>>>();
      const groupOf = (set: MemberSet) => {
        if (!grouped.has(set)) grouped.set(set, repo.byChild(set, w.mq));
        return grouped.get(set)!;
      };
      const year = Number(w.period.to.slice(0, 4));
      const rows = await Promise.all(
        children.map(async (child) => {
          const key = String(child.id);
          const items = await Promise.all(
            defs.map(async (d) => {
              const value = await evaluate(d, async (set) => (await groupOf(set)).get(key) ?? zero);
              return { ...value, target: await targets(child.id, d.code, year) };
            }),
          );
          return { org: { id: child.id, name: child.name }, items };
        }),
      );
      return { org: w.org, period: w.period, rows };
    },

    /**
     * A case indicator (amounts approved or paid) split by case type (policy) and month: one row
     * per type and month with the number of cases and the amount.
     */
    async byPolicyMonth(actor: Actor, code: string, q: StatisticsQuery) {
      const d = definition(code);
      if (d.kind !== 'amount') throw invalid('该指标不能按政策分列');
      const w = await where(actor, q);
      const groups = await repo.byPolicyMonth(d.members, w.mq);
      const names = await repo.caseTypeNames();
      const rows = [...groups].map(([key, t]) => {
        const [caseTypeId = '', month = ''] = key.split('|');
        return {
          caseTypeId,
          caseTypeName: names.get(caseTypeId) ?? caseTypeId,
          month,
          count: t.count,
          amountFen: t.amount,
        };
      });
      rows.sort((a, b) => a.month.localeCompare(b.month) || a.caseTypeId.localeCompare(b.caseTypeId));
      return { org: w.org, period: w.period, code, rows };
    },

    /** One value per month of a year (each month computed on its own, so every month drills down). */
    async trend(actor: Actor, code: string, q: { orgId?: number | undefined; year: number }) {
      const d = definition(code);
      const points = await Promise.all(
        monthsOf(q.year).map(async (m) => {
          const w = await where(actor, { orgId: q.orgId, period: 'range', from: m.from, to: m.to });
          return { month: m.from.slice(0, 7), ...(await evaluate(d, wholeTally(w.mq))) };
        }),
      );
      return { code, year: q.year, points };
    },

    /** The persons, cases or households behind a figure (one part of a rate or a sum). */
    async drilldown(actor: Actor, code: string, q: StatisticsQuery & Paging & { part?: string | undefined }) {
      const d = definition(code);
      const parts = drillParts(d);
      if (parts.length === 0) throw invalid('该指标无法从记录中计数，没有明细');
      const chosen = q.part ? parts.find((p) => p.part === q.part) : parts[0];
      if (!chosen) throw invalid(`明细部分应为：${parts.map((p) => p.part).join('、')}`);
      const subjectDef = d.kind === 'sum' ? definition(chosen.part) : d;
      const subject = 'subject' in subjectDef ? subjectDef.subject : 'person';
      const w = await where(actor, q);
      const page = await repo.drill(subject, chosen.members, w.mq, q);
      await recordAudit(deps.db, actor, {
        action: 'statistics.drilldown',
        targetType: 'indicator',
        targetId: code,
        detail: {
          orgId: w.org.id,
          from: w.period.from,
          to: w.period.to,
          part: chosen.part,
          page: q.page,
          total: page.total,
        },
      });
      return { code, part: chosen.part, org: w.org, period: w.period, ...page };
    },
  };
}

export type StatisticsService = ReturnType<typeof createStatisticsService>;
