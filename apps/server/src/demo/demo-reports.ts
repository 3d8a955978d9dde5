import type { Db, Executor } from '../db/client.ts';
import { statisticsIndicators } from '../modules/reports/indicators-statistics.ts';
import {
  parsePeriod,
  periodContaining,
  previousPeriod,
  type ReportPeriod,
} from '../modules/reports/report-period.ts';
import { createReportsService } from '../modules/reports/reports.service.ts';
import { createStatisticsService } from '../modules/statistics/statistics.service.ts';
import { fixedClock } from '../platform/clock.ts';
import { demoActors, demoCalendar } from './demo-services.ts';

export interface DemoReportCounts {
  generated: number;
  submitted: number;
  accepted: number;
}

/** The `n` months before the one `today` is in, oldest first. */
function endedMonths(today: string, n: number): ReportPeriod[] {
  const out = [previousPeriod(parsePeriod(periodContaining('month', today))!)];
  while (out.length < n) out.unshift(previousPeriod(out[0]!));
  return out;
}

/**
 * Monthly employment statistics of the demo's last three months, worked through the report
 * service as the stations and the city would: each station generates its month from the records
 * and submits it on the third working day after the month (when that day has come); the city
 * accepts the older months. One station in four has not yet reported the latest month, so the city
 * sees a report missing (overdue once its deadline passes).
 */
export async function createDemoReports(
  tx: Executor,
  opts: { today: string; usernames: readonly string[] },
): Promise<DemoReportCounts> {
  const db = tx as unknown as Db;
  const calendar = (await demoCalendar(tx)).withMissingYearsAs(() => undefined);
  const actors = await demoActors(tx, opts.usernames);
  const reviewer = actors.get('sj_reviewer')!;
  const stations = [...actors.values()]
    .filter((a) => a.roles.some((r) => r.code === 'street_officer'))
    .sort((a, b) => a.username.localeCompare(b.username));
  const counts: DemoReportCounts = { generated: 0, submitted: 0, accepted: 0 };
  const months = endedMonths(opts.today, 3);
  const serviceOn = (day: string) => {
    const clock = fixedClock(`${day}T10:00:00+08:00`);
    return createReportsService({
      db,
      clock,
      indicators: statisticsIndicators(createStatisticsService({ db, clock })),
    });
  };

  const earlier = (day: string) => (day <= opts.today ? day : opts.today);
  for (const [m, month] of months.entries()) {
    const submitOn = calendar.addWorkingDays(month.to, 3);
    const latest = m === months.length - 1;
    for (const [i, station] of stations.entries()) {
      if (latest && i % 4 === 3) continue;
      const service = serviceOn(earlier(submitOn));
      const { id } = await service.generate(station, {
        templateCode: 'employment-statistics',
        period: month.key,
        orgId: station.orgId,
      });
      counts.generated++;
      if (submitOn > opts.today) continue;
      await service.submit(station, id, { unitHead: '中心主任', preparer: station.displayName });
      counts.submitted++;
      if (latest) continue;
      await serviceOn(earlier(calendar.addWorkingDays(submitOn, 2))).review(reviewer, id, {
        decision: 'accept',
      });
      counts.accepted++;
    }
  }
  return counts;
}
