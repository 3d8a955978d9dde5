import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { healthCheckArchives } from '../../modules/health-checks/archives/archives.schema.ts';
import { reportRecords } from '../../modules/health-checks/reports/report-fixtures.ts';
import { healthCheckWeeklyReports } from '../../modules/health-checks/reports/reports.schema.ts';
import { createUser } from '../../test/fixtures.ts';
import { createTestApp } from '../../test/test-app.ts';
import { createDemoReportsAndArchives } from './reports-archives.ts';

const t = await createTestApp();
const records = reportRecords(t.db, t.city.community1);
const mk = (username: string, role: string) =>
  createUser(t.db, { username, orgId: t.city.city.id, roles: [role] });
const staffA = await mk('yy_demo_a', 'hospital_staff');
const staffB = await mk('yy_demo_b', 'hospital_staff');
await mk('yb_demo', 'medical_insurance_officer');
const hospitalA = await records.hospital(t.city.city, [staffA.id]);
const hospitalB = await records.hospital(t.city.city, [staffB.id]);
const plan = await records.plan(t.city.city);
const employer = await records.employer('泰山钢铁集团');
const exam = (hospitalId: string, userId: string, name: string, scheduledOn: string) =>
  records.examined({ planId: plan.id, hospitalId, userId, employerId: employer, name, scheduledOn });
const a1 = await exam(hospitalA.id, staffA.id, '甲一', '2026-09-10'); // due 10-20: returned late
const a2 = await exam(hospitalA.id, staffA.id, '甲二', '2026-10-12'); // due 11-20: left to the journey, late
await exam(hospitalA.id, staffA.id, '甲三', '2026-11-15'); // due 12-20: returned early
const a4 = await exam(hospitalA.id, staffA.id, '甲四', '2026-12-02'); // this month: left to the journey
const b1 = await exam(hospitalB.id, staffB.id, '乙一', '2026-09-15'); // due 10-20: left overdue
await exam(hospitalB.id, staffB.id, '乙二', '2026-11-03');

describe('demo weekly reports and archives', () => {
  it('approves and returns the past months’ archives, one late, and submits every ended week but one', async () => {
    const out = await t.db.transaction((tx) =>
      createDemoReportsAndArchives(tx, {
        today: '2026-12-10',
        officerUsername: 'yb_demo',
        hospitalUsernames: ['yy_demo_a', 'yy_demo_b'],
        planId: plan.id,
      }),
    );
    // ended weeks 2026-08-31 … 2026-11-30: 14, the first hospital's last one left out
    expect(out).toEqual({ weeklyReports: 27, archivesReturned: 3, lateReturns: 1 });
    const archive = async (id: string) =>
      (await t.db.select().from(healthCheckArchives).where(eq(healthCheckArchives.id, id)))[0]!;
    expect(await archive(a1.archiveId!)).toMatchObject({
      reviewStatus: 'approved',
      returnedOn: '2026-10-23',
    });
    expect(await archive(a4.archiveId!)).toMatchObject({ reviewStatus: 'pending', returnedOn: null });
    expect(await archive(b1.archiveId!)).toMatchObject({ reviewStatus: 'approved', returnedOn: null });
    expect(await archive(a2.archiveId!)).toMatchObject({ reviewStatus: 'approved', returnedOn: null });
    const weeks = await t.db
      .select({ weekStart: healthCheckWeeklyReports.weekStart })
      .from(healthCheckWeeklyReports)
      .where(eq(healthCheckWeeklyReports.hospitalId, hospitalA.id));
    expect(weeks.map((w) => w.weekStart)).not.toContain('2026-11-30');
    expect(weeks).toHaveLength(13);
  });
});
