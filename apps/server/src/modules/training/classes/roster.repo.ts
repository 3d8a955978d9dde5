import type { PastClaimInput } from '@minsheng/rules/engine/constraints.ts';
import { and, eq, inArray, isNotNull, isNull, notInArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { caseScope } from '../../cases/cases.repo.ts';
import { benefitClaims, cases } from '../../cases/cases.schema.ts';
import { asPastClaim } from '../../cases/claims/case-claims.ts';
import type { CaseStatus } from '../../cases/workflow/case-status.ts';
import { TRAINING_SUBSIDY } from './roster.rules.ts';

/** Cases still on their way to a decision: their claim is not recorded yet but will be. */
const undecided: CaseStatus[] = ['draft', 'submitted', 'returned', 'accepted', 'reviewed'];

/** Cases that ended without a claim: their trainee may be filed again. */
const ended: CaseStatus[] = ['rejected', 'withdrawn'];

/** The training-subsidy cases filed for a class's trainees (`fileLine` names the class in the application). */
const ofClass = (classId: string, personIds: string[]) =>
  and(
    inArray(cases.personId, personIds),
    eq(cases.policyId, TRAINING_SUBSIDY),
    sql`${cases.application} ->> 'trainingClassId' = ${classId}`,
  );

export function createRosterRepo(db: Executor) {
  return {
    /**
     * Each person's claims under the training-subsidy policy as the rules read them: the recorded
     * (approved, not revoked) claims, and the undecided cases of the policy as pending claims of
     * their kind — so a second roster is refused while the first is still in review.
     */
    async pastClaims(personIds: string[]) {
      const out = new Map<string, PastClaimInput[]>();
      if (personIds.length === 0) return out;
      const add = (personId: string, c: PastClaimInput) =>
        out.set(personId, [...(out.get(personId) ?? []), c]);
      const recorded = await db
        .select({ claim: benefitClaims, caseNumber: cases.number })
        .from(benefitClaims)
        .innerJoin(cases, eq(cases.id, benefitClaims.caseId))
        .where(
          and(
            inArray(benefitClaims.personId, personIds),
            eq(benefitClaims.policyId, TRAINING_SUBSIDY),
            isNull(benefitClaims.revokedAt),
          ),
        );
      for (const r of recorded) add(r.claim.personId!, asPastClaim(r.claim, r.caseNumber));
      const open = await db
        .select({
          personId: cases.personId,
          number: cases.number,
          kind: sql<string | null>`${cases.application} ->> 'kind'`,
          appliedOn: cases.appliedOn,
          createdAt: cases.createdAt,
        })
        .from(cases)
        .where(
          and(
            inArray(cases.personId, personIds),
            eq(cases.policyId, TRAINING_SUBSIDY),
            inArray(cases.status, undecided),
          ),
        );
      for (const c of open)
        if (c.personId && c.kind)
          add(c.personId, {
            id: c.number,
            policyId: TRAINING_SUBSIDY,
            category: c.kind,
            // the day it was filed (the bureau's date); a draft's creation day otherwise
            decidedOn: c.appliedOn ?? c.createdAt.toISOString().slice(0, 10),
            status: 'pending',
          });
      return out;
    },

    /** The roster batches filed for a class (found through their cases). */
    async batchesOfClass(classId: string, personIds: string[]) {
      if (personIds.length === 0) return [];
      const rows = await db
        .selectDistinct({ batchId: cases.batchId })
        .from(cases)
        .where(and(ofClass(classId, personIds), isNotNull(cases.batchId)));
      return rows.map((r) => r.batchId!);
    },

    /**
     * The class's trainees already filed: each one's case from this class that is not rejected or
     * withdrawn, and whether `actor` may open it.
     */
    async filedOfClass(actor: Actor, classId: string, personIds: string[]) {
      if (personIds.length === 0) return [];
      return db
        .select({
          traineeId: sql<string>`${cases.application} ->> 'traineeId'`,
          caseId: cases.id,
          number: cases.number,
          status: cases.status,
          approvedAmountFen: cases.approvedAmountFen,
          readable: sql<boolean>`coalesce(${caseScope(actor, 'case:read')}, false)`,
        })
        .from(cases)
        .where(and(ofClass(classId, personIds), notInArray(cases.status, ended)));
    },
  };
}
