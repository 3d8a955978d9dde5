import { and, asc, desc, eq, exists, like, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { type Actor, hasPermission } from '../../../platform/access/actor.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { healthCheckExaminations } from '../examinations/examinations.schema.ts';
import { healthCheckReadFilter, hospitalOfUser } from '../health-check-access.ts';
import { healthCheckHospitals } from '../hospitals/hospitals.schema.ts';
import { healthCheckExaminees, healthCheckPlans } from '../plans/plans.schema.ts';
import { healthCheckQualitySamples, healthCheckSurveys } from './quality.schema.ts';

export type SampleInsert = typeof healthCheckQualitySamples.$inferInsert;
export type SurveyInsert = typeof healthCheckSurveys.$inferInsert;

const hospitalCols = {
  orgId: healthCheckHospitals.orgId,
  orgPath: healthCheckHospitals.orgPath,
  hospitalId: healthCheckHospitals.id,
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The quality records of a hospital and plan (第二十条), and the hospitals, plans and examinations
 * they are about, each found only through the actor's scope: the 医保处 by data scope over the
 * hospital's organisation, a hospital's staff their own hospital only.
 */
export function createQualityRepo(db: Executor) {
  /** The plans an actor sees: by data scope (医保处), or those with examinees at their hospital. */
  async function planFilter(actor: Actor): Promise<SQL> {
    const parts: SQL[] = [];
    if (hasPermission(actor, 'health_check:read'))
      parts.push(accessFilter(actor, 'health_check:read', healthCheckPlans));
    const own = hasPermission(actor, 'health_check:operate') ? await hospitalOfUser(db, actor.userId) : null;
    if (own)
      parts.push(
        exists(
          db
            .select({ one: sql`1` })
            .from(healthCheckExaminees)
            .where(
              and(
                eq(healthCheckExaminees.planId, healthCheckPlans.id),
                eq(healthCheckExaminees.hospitalId, own),
              ),
            ),
        ),
      );
    if (parts.length === 0) return sql`false`;
    return parts.length === 1 ? parts[0]! : or(...parts)!;
  }

  return {
    async hospitals(actor: Actor) {
      return db
        .select({
          id: healthCheckHospitals.id,
          name: healthCheckHospitals.name,
          status: healthCheckHospitals.status,
        })
        .from(healthCheckHospitals)
        .where(await healthCheckReadFilter(db, actor, hospitalCols))
        .orderBy(asc(healthCheckHospitals.name));
    },

    async hospital(actor: Actor, id: string) {
      const [row] = await db
        .select()
        .from(healthCheckHospitals)
        .where(and(eq(healthCheckHospitals.id, id), await healthCheckReadFilter(db, actor, hospitalCols)));
      return row;
    },

    async plans(actor: Actor) {
      return db
        .select({
          id: healthCheckPlans.id,
          year: healthCheckPlans.year,
          name: healthCheckPlans.name,
          status: healthCheckPlans.status,
        })
        .from(healthCheckPlans)
        .where(await planFilter(actor))
        .orderBy(desc(healthCheckPlans.year));
    },

    async plan(actor: Actor, id: string) {
      const [row] = await db
        .select()
        .from(healthCheckPlans)
        .where(and(eq(healthCheckPlans.id, id), await planFilter(actor)));
      return row;
    },

    /** A concluded examination of the hospital in the plan, with its examinee (for a sample). */
    async concludedExamination(hospitalId: string, planId: string, examinationId: string) {
      const [row] = await db
        .select({ id: healthCheckExaminations.id, examinedOn: healthCheckExaminations.examinedOn })
        .from(healthCheckExaminations)
        .where(
          and(
            eq(healthCheckExaminations.id, examinationId),
            eq(healthCheckExaminations.hospitalId, hospitalId),
            eq(healthCheckExaminations.planId, planId),
            eq(healthCheckExaminations.status, 'concluded'),
          ),
        );
      return row;
    },

    /**
     * The concluded examinations of a hospital in a plan not yet sampled, by examinee name prefix or
     * the end of the masked ID number (the sample dialog's picker), the latest first — audit samples follow the checks as they happen,
     * and a common surname must not push this week's checks past the limit: names and masked
     * numbers only.
     */
    unsampled(hospitalId: string, planId: string, q: string | undefined, limit: number) {
      const term = q?.trim();
      return db
        .select({
          examinationId: healthCheckExaminations.id,
          examinedOn: healthCheckExaminations.examinedOn,
          name: persons.name,
          idNumberMasked: persons.idNumberMasked,
        })
        .from(healthCheckExaminations)
        .innerJoin(healthCheckExaminees, eq(healthCheckExaminees.id, healthCheckExaminations.examineeId))
        .innerJoin(persons, eq(persons.id, healthCheckExaminees.personId))
        .where(
          and(
            eq(healthCheckExaminations.hospitalId, hospitalId),
            eq(healthCheckExaminations.planId, planId),
            eq(healthCheckExaminations.status, 'concluded'),
            sql`not exists (select 1 from ${healthCheckQualitySamples} s where s.examination_id = ${healthCheckExaminations.id})`,
            term
              ? or(
                  like(persons.name, `${escapeLike(term)}%`),
                  like(persons.idNumberMasked, `%${escapeLike(term)}`),
                )
              : undefined,
          ),
        )
        .orderBy(desc(healthCheckExaminations.examinedOn), asc(persons.name))
        .limit(limit);
    },

    samples(hospitalId: string, planId: string) {
      return db
        .select({
          sample: healthCheckQualitySamples,
          examinedOn: healthCheckExaminations.examinedOn,
          name: persons.name,
          idNumberMasked: persons.idNumberMasked,
        })
        .from(healthCheckQualitySamples)
        .innerJoin(
          healthCheckExaminations,
          eq(healthCheckExaminations.id, healthCheckQualitySamples.examinationId),
        )
        .innerJoin(healthCheckExaminees, eq(healthCheckExaminees.id, healthCheckExaminations.examineeId))
        .innerJoin(persons, eq(persons.id, healthCheckExaminees.personId))
        .where(
          and(
            eq(healthCheckQualitySamples.hospitalId, hospitalId),
            eq(healthCheckQualitySamples.planId, planId),
          ),
        )
        .orderBy(asc(healthCheckQualitySamples.sampledOn), asc(healthCheckQualitySamples.createdAt));
    },

    surveys(hospitalId: string, planId: string) {
      return db
        .select()
        .from(healthCheckSurveys)
        .where(and(eq(healthCheckSurveys.hospitalId, hospitalId), eq(healthCheckSurveys.planId, planId)))
        .orderBy(asc(healthCheckSurveys.collectedOn), asc(healthCheckSurveys.createdAt));
    },

    async insertSample(values: SampleInsert) {
      const [row] = await db.insert(healthCheckQualitySamples).values(values).returning();
      return row!;
    },

    async insertSurvey(values: SurveyInsert) {
      const [row] = await db.insert(healthCheckSurveys).values(values).returning();
      return row!;
    },
  };
}

export type QualityRepo = ReturnType<typeof createQualityRepo>;
