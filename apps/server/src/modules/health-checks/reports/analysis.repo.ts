import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { employers } from '../../registry/employers/employers.schema.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { healthCheckExaminations } from '../examinations/examinations.schema.ts';
import { healthCheckHospitals } from '../hospitals/hospitals.schema.ts';
import { healthCheckExaminees } from '../plans/plans.schema.ts';
import { healthCheckAnalysisReports } from './reports.schema.ts';

/** The analysis report's reads: the concluded examinations it counts, and the hospitals' submissions. */
export function createAnalysisRepo(db: Executor) {
  return {
    /** Per concluded examination: birth date, sex, employer name and the encrypted finding codes. */
    examined: (planId: string, hospitals: SQL) =>
      db
        .select({
          birthDate: persons.birthDate,
          gender: persons.gender,
          employer: employers.name,
          findingsEnc: healthCheckExaminations.findingsEnc,
        })
        .from(healthCheckExaminations)
        .innerJoin(healthCheckHospitals, eq(healthCheckHospitals.id, healthCheckExaminations.hospitalId))
        .innerJoin(healthCheckExaminees, eq(healthCheckExaminees.id, healthCheckExaminations.examineeId))
        .innerJoin(persons, eq(persons.id, healthCheckExaminees.personId))
        .leftJoin(employers, eq(employers.id, healthCheckExaminees.employerId))
        .where(
          and(
            hospitals,
            eq(healthCheckExaminations.planId, planId),
            eq(healthCheckExaminations.status, 'concluded'),
          ),
        ),

    async save(values: typeof healthCheckAnalysisReports.$inferInsert) {
      const [row] = await db
        .insert(healthCheckAnalysisReports)
        .values(values)
        .onConflictDoUpdate({
          target: [healthCheckAnalysisReports.hospitalId, healthCheckAnalysisReports.planId],
          set: {
            figures: values.figures,
            narrative: values.narrative ?? '',
            submittedAt: values.submittedAt,
            submittedBy: values.submittedBy,
          },
        })
        .returning({
          id: healthCheckAnalysisReports.id,
          submittedAt: healthCheckAnalysisReports.submittedAt,
        });
      return row!;
    },

    submissions: (planId: string, hospitals: SQL) =>
      db
        .select({
          id: healthCheckAnalysisReports.id,
          hospitalId: healthCheckAnalysisReports.hospitalId,
          hospitalName: healthCheckHospitals.name,
          narrative: healthCheckAnalysisReports.narrative,
          submittedAt: healthCheckAnalysisReports.submittedAt,
        })
        .from(healthCheckAnalysisReports)
        .innerJoin(healthCheckHospitals, eq(healthCheckHospitals.id, healthCheckAnalysisReports.hospitalId))
        .where(and(hospitals, eq(healthCheckAnalysisReports.planId, planId)))
        .orderBy(asc(healthCheckHospitals.name)),
  };
}
