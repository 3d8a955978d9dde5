import { afterAll, describe, expect, it } from 'vitest';
import { periodicReports, periodicReportVersions } from '../modules/reports/reports.schema.ts';
import { createFieldCipher } from '../platform/crypto.ts';
import { TEST_NOW, TEST_TODAY } from '../test/test-clock.ts';
import { createTestDatabase } from '../test/test-db.ts';
import { loadDemoCity } from './demo-city.ts';

describe('demo periodic reports', async () => {
  const database = await createTestDatabase();
  afterAll(() => database.close());
  const demo = await loadDemoCity(database.db, createFieldCipher(Buffer.alloc(32, 7)), {
    today: TEST_TODAY,
    now: TEST_NOW,
  });

  it('leaves the last three months reported by the stations through the report service', async () => {
    // TEST_TODAY is 2026-10-20: July and August submitted and accepted by all 7 stations, September
    // submitted by 6 of them (one in four has not reported yet) (its third working day after the month, 2026-10-10, has passed).
    expect(demo.reports).toEqual({ generated: 20, submitted: 20, accepted: 14 });
    const reports = await database.db.select().from(periodicReports);
    expect(new Set(reports.map((r) => r.period))).toEqual(new Set(['2026-07', '2026-08', '2026-09']));
    const versions = await database.db.select().from(periodicReportVersions);
    expect(versions.every((v) => v.submittedOn !== null && v.submittedOn <= TEST_TODAY)).toBe(true);
    expect(versions.filter((v) => v.status === 'accepted')).toHaveLength(14);
  });
});
