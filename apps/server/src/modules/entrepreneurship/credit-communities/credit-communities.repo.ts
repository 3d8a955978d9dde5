import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Executor, queryRows } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Permission } from '../../../platform/access/permissions.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { organisations } from '../../../platform/orgs/orgs.schema.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { guaranteedLoanRepayments, guaranteedLoans } from '../loans/loans.schema.ts';
import type { LedgerFigures } from './credit-communities.rules.ts';
import { yearWindow } from './credit-communities.rules.ts';
import { creditCommunityEvaluations as evaluations } from './credit-communities.schema.ts';

export type EvaluationRow = typeof evaluations.$inferSelect;
export type NewEvaluationRow = typeof evaluations.$inferInsert;

/** Which figure a drill-down lists: the loans behind it. */
export const figureKinds = ['issued', 'matured', 'bad_debt'] as const;
export type FigureKind = (typeof figureKinds)[number];

const street = alias(organisations, 'street');

/** The loan's maturity as the rule reads it: the extended one when extended (see `yearWindow`). */
const dueOn = sql`coalesce(${guaranteedLoans.extendedTo}, ${guaranteedLoans.maturesOn})`;
/** Principal the bank booked as repaid on or before that maturity, at most the principal. */
const repaidByDue = sql<number>`least(${guaranteedLoans.principalFen}, coalesce((
  select sum(${guaranteedLoanRepayments.principalFen}) from ${guaranteedLoanRepayments}
  where ${guaranteedLoanRepayments.loanId} = ${guaranteedLoans.id}
    and ${guaranteedLoanRepayments.paidOn} <= ${dueOn}), 0))`;
/** Within the year; up to `until` when given (the year so far, for the recheck of a current title). */
const inYear = (col: SQL | typeof guaranteedLoans.disbursedOn, year: number, until?: string) => {
  const w = yearWindow(year);
  return sql`${col} between ${w.from} and ${until && until < w.to ? until : w.to}`;
};
const defaulted = sql`${guaranteedLoans.status} in ('compensated', 'written_off')`;

/**
 * The 信用社区 evaluations and the community ledgers they are counted from. Communities are
 * organisations of level `community` in the actor's scope (`entrepreneurship:*`); the loans are read
 * straight from the loan service's tables (the shared schema), never written.
 */
export function createCreditCommunitiesRepo(db: Executor) {
  const orgScope = (actor: Actor, permission: Permission) =>
    accessFilter(actor, permission, { orgId: organisations.id, orgPath: organisations.path });

  /** The evaluations of these communities matching `where`. */
  const ofCommunities = (communityIds: number[], where: SQL | undefined) =>
    db
      .select()
      .from(evaluations)
      .where(and(inArray(evaluations.communityOrgId, communityIds), where));

  return {
    /** The communities the actor may see (one when `id` is given), with their street. */
    communities: (actor: Actor, permission: Permission, id?: number) =>
      db
        .select({
          id: organisations.id,
          name: organisations.name,
          path: organisations.path,
          streetName: street.name,
        })
        .from(organisations)
        .leftJoin(street, eq(street.id, organisations.parentId))
        .where(
          and(
            eq(organisations.level, 'community'),
            orgScope(actor, permission),
            id === undefined ? undefined : eq(organisations.id, id),
          ),
        )
        .orderBy(asc(organisations.path)),

    /** Each community's figures of `year` (up to `until`), counted from its loans and repayments. */
    async figures(communityIds: number[], year: number, until?: string): Promise<Map<number, LedgerFigures>> {
      if (communityIds.length === 0) return new Map();
      const ids = sql.join(
        communityIds.map((id) => sql`${id}`),
        sql`, `,
      );
      const issued = await queryRows<{
        community: number;
        borrowers: number;
        issued: string;
        commitments: number;
        cards: number;
      }>(
        db,
        sql`select ${guaranteedLoans.communityOrgId} as community,
              count(distinct ${guaranteedLoans.personId})::int as borrowers,
              coalesce(sum(${guaranteedLoans.principalFen}), 0)::text as issued,
              count(distinct ${guaranteedLoans.personId}) filter (where ${guaranteedLoans.commitmentSigned})::int as commitments,
              count(distinct ${guaranteedLoans.personId}) filter (where ${guaranteedLoans.trackingCard})::int as cards
            from ${guaranteedLoans}
            where ${guaranteedLoans.communityOrgId} in (${ids}) and ${inYear(guaranteedLoans.disbursedOn, year, until)}
            group by 1`,
      );
      const matured = await queryRows<{ community: number; due: string; recovered: string; bad: string }>(
        db,
        sql`select community, sum(principal)::text as due, sum(repaid)::text as recovered,
              coalesce(sum(principal - repaid) filter (where defaulted), 0)::text as bad
            from (select ${guaranteedLoans.communityOrgId} as community, ${guaranteedLoans.principalFen} as principal,
                    ${repaidByDue} as repaid, ${defaulted} as defaulted
                  from ${guaranteedLoans}
                  where ${guaranteedLoans.communityOrgId} in (${ids}) and ${guaranteedLoans.disbursedOn} is not null
                    and ${inYear(dueOn, year, until)}) m
            group by 1`,
      );
      const out = new Map<number, LedgerFigures>();
      for (const id of communityIds)
        out.set(id, {
          borrowers: 0,
          issuedFen: 0,
          maturedDueFen: 0,
          maturedRecoveredFen: 0,
          commitmentsSigned: 0,
          trackingCards: 0,
          badDebtFen: 0,
        });
      for (const r of issued) {
        const f = out.get(r.community)!;
        f.borrowers = r.borrowers;
        f.issuedFen = Number(r.issued);
        f.commitmentsSigned = r.commitments;
        f.trackingCards = r.cards;
      }
      for (const r of matured) {
        const f = out.get(r.community)!;
        f.maturedDueFen = Number(r.due);
        f.maturedRecoveredFen = Number(r.recovered);
        f.badDebtFen = Number(r.bad);
      }
      return out;
    },

    /** The loans one figure counted (masked ID numbers only). */
    loansOf: (communityId: number, year: number, kind: FigureKind) =>
      db
        .select({
          id: guaranteedLoans.id,
          number: guaranteedLoans.number,
          name: persons.name,
          idNumberMasked: persons.idNumberMasked,
          status: guaranteedLoans.status,
          principalFen: guaranteedLoans.principalFen,
          disbursedOn: guaranteedLoans.disbursedOn,
          maturesOn: guaranteedLoans.maturesOn,
          extendedTo: guaranteedLoans.extendedTo,
          repaidByDueFen: repaidByDue.mapWith(Number),
          commitmentSigned: guaranteedLoans.commitmentSigned,
          trackingCard: guaranteedLoans.trackingCard,
        })
        .from(guaranteedLoans)
        .innerJoin(persons, eq(persons.id, guaranteedLoans.personId))
        .where(
          and(
            eq(guaranteedLoans.communityOrgId, communityId),
            kind === 'issued'
              ? inYear(guaranteedLoans.disbursedOn, year)
              : and(sql`${guaranteedLoans.disbursedOn} is not null`, inYear(dueOn, year)),
            kind === 'bad_debt' ? defaulted : undefined,
          ),
        )
        .orderBy(asc(guaranteedLoans.number)),

    evaluations: (communityIds: number[], year?: number) =>
      communityIds.length === 0
        ? Promise.resolve([])
        : ofCommunities(communityIds, year === undefined ? undefined : eq(evaluations.year, year)),

    async lockEvaluation(communityId: number, year: number) {
      const [row] = await db
        .select()
        .from(evaluations)
        .where(and(eq(evaluations.communityOrgId, communityId), eq(evaluations.year, year)))
        .for('update');
      return row;
    },

    async lockById(id: string) {
      const [row] = await db.select().from(evaluations).where(eq(evaluations.id, id)).for('update');
      return row;
    },

    async save(row: NewEvaluationRow) {
      const [saved] = await db
        .insert(evaluations)
        .values(row)
        .onConflictDoUpdate({
          target: [evaluations.communityOrgId, evaluations.year],
          set: { ...row, updatedAt: new Date(), version: sql`${evaluations.version} + 1` },
        })
        .returning();
      return saved!;
    },

    async update(id: string, patch: Partial<NewEvaluationRow>) {
      const [row] = await db
        .update(evaluations)
        .set({ ...patch, updatedAt: new Date(), version: sql`${evaluations.version} + 1` })
        .where(eq(evaluations.id, id))
        .returning();
      return row!;
    },

    /** The evaluations of `year` with `status` of these communities, locked for the publishing transaction. */
    ofYear: (communityIds: number[], year: number, status: EvaluationRow['status']) =>
      communityIds.length === 0
        ? Promise.resolve([])
        : ofCommunities(communityIds, and(eq(evaluations.year, year), eq(evaluations.status, status)))
            .orderBy(asc(evaluations.orgPath))
            .for('update'),

    /** Published recognised titles of years before `year` of these communities (superseded by `year`). */
    earlierTitles: (communityIds: number[], year: number) =>
      communityIds.length === 0
        ? Promise.resolve([])
        : ofCommunities(
            communityIds,
            and(
              sql`${evaluations.year} < ${year}`,
              eq(evaluations.status, 'published'),
              eq(evaluations.outcome, 'recognised'),
            ),
          ).for('update'),

    /**
     * Every published or withdrawn evaluation, oldest year first, for the public page: names and
     * figures, no person. A community is a credit community while its latest one is a published title.
     */
    announced: () =>
      db
        .select({
          id: evaluations.id,
          communityOrgId: evaluations.communityOrgId,
          communityName: organisations.name,
          streetName: street.name,
          year: evaluations.year,
          publishedOn: evaluations.publishedOn,
          borrowers: evaluations.borrowers,
          issuedFen: evaluations.issuedFen,
          maturedDueFen: evaluations.maturedDueFen,
          maturedRecoveredFen: evaluations.maturedRecoveredFen,
          fullEmployment: evaluations.fullEmployment,
          status: evaluations.status,
          outcome: evaluations.outcome,
        })
        .from(evaluations)
        .innerJoin(organisations, eq(organisations.id, evaluations.communityOrgId))
        .leftJoin(street, eq(street.id, organisations.parentId))
        .where(inArray(evaluations.status, ['published', 'withdrawn']))
        .orderBy(asc(evaluations.year), asc(organisations.path)),
  };
}
