import type { Db } from '../../db/client.ts';
import type { CalendarSource } from '../../platform/calendar/calendar-source.ts';
import type { Clock } from '../../platform/clock.ts';
import type { IndicatorPort } from './indicator-port.ts';
import { createReportsService } from './reports.service.ts';
import { createReportsQueryService } from './reports-query.service.ts';

/** The periodic-report services over the statistics indicators. */
export function createReportsServices(deps: {
  db: Db;
  clock: Clock;
  calendar: CalendarSource;
  indicators: IndicatorPort;
}) {
  return { lifecycle: createReportsService(deps), query: createReportsQueryService(deps) };
}

export type ReportsServices = ReturnType<typeof createReportsServices>;
