import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { healthCheckExaminations } from './examinations/examinations.schema.ts';
import { healthCheckHospitals, healthCheckHospitalUsers } from './hospitals/hospitals.schema.ts';
import { healthCheckExaminees, healthCheckPlans } from './plans/plans.schema.ts';
import { standardPackage } from './plans/standard-package.ts';

type Org = { id: number; path: string };
const at = (org: Org) => ({ orgId: org.id, orgPath: org.path });
let seq = 0;

/**
 * Rows for health-check tests, inserted directly (each aggregate's own tests go through its API):
 * a designated hospital with its staff, a plan with the standard package, an examinee allocated to a
 * hospital and day, and an examination entered for them.
 */
export function healthCheckRecords(db: Executor) {
  return {
    async hospital(
      org: Org,
      staffUserIds: string[] = [],
      over: Partial<typeof healthCheckHospitals.$inferInsert> = {},
    ) {
      seq += 1;
      const [row] = await db
        .insert(healthCheckHospitals)
        .values({
          name: `测试体检医院${seq}`,
          code: `YY${String(seq).padStart(4, '0')}`,
          insuranceDesignated: true,
          grade: 3,
          general: true,
          examiners: 10,
          plannedDailyVolume: 100,
          status: 'designated',
          decidedOn: '2026-01-10',
          ...at(org),
          ...over,
        })
        .returning();
      for (const userId of staffUserIds)
        await db.insert(healthCheckHospitalUsers).values({ userId, hospitalId: row!.id });
      return row!;
    },

    async plan(org: Org, over: Partial<typeof healthCheckPlans.$inferInsert> = {}) {
      const [row] = await db
        .insert(healthCheckPlans)
        .values({
          year: 2026,
          name: '2026年度市直职工健康体检',
          startOn: '2026-09-01',
          endOn: '2026-12-31',
          eligibilityMonth: '2026-08-01',
          items: [...standardPackage],
          status: 'open',
          ...at(org),
          ...over,
        })
        .returning();
      return row!;
    },

    async examinee(
      o: { planId: string; personId: string; org: Org; hospitalId?: string; employerId?: string },
      over: Partial<typeof healthCheckExaminees.$inferInsert> = {},
    ) {
      const [row] = await db
        .insert(healthCheckExaminees)
        .values({
          planId: o.planId,
          personId: o.personId,
          employerId: o.employerId ?? null,
          hospitalId: o.hospitalId ?? null,
          scheduledOn: o.hospitalId ? '2026-10-20' : null,
          status: o.hospitalId ? 'allocated' : 'eligible',
          ...at(o.org),
          ...over,
        })
        .returning();
      return row!;
    },

    /** An examination as a hospital entered it; health data left empty unless `over` sets it. */
    async examination(
      o: { examineeId: string; planId: string; hospitalId: string; userId: string },
      over: Partial<typeof healthCheckExaminations.$inferInsert> = {},
    ) {
      const [row] = await db
        .insert(healthCheckExaminations)
        .values({
          examineeId: o.examineeId,
          planId: o.planId,
          hospitalId: o.hospitalId,
          examinedOn: '2026-10-20',
          identityVerifiedAt: new Date('2026-10-20T01:00:00Z'),
          identityVerifiedBy: o.userId,
          performedItems: standardPackage.length,
          enteredBy: o.userId,
          status: 'concluded',
          concludedAt: new Date('2026-10-20T08:00:00Z'),
          concludedBy: o.userId,
          ...over,
        })
        .returning();
      await db
        .update(healthCheckExaminees)
        .set({ status: 'examined' })
        .where(eq(healthCheckExaminees.id, o.examineeId));
      return row!;
    },
  };
}
