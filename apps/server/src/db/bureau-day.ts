import { type SQL, sql } from 'drizzle-orm';
import { BUREAU_TIME_ZONE } from '../platform/clock.ts';

/**
 * The first instant of a bureau day (YYYY-MM-DD, Asia/Shanghai) as a SQL constant, so that a
 * timestamp column compares on its index: `at >= bureauDayStart(from) and at < bureauDayStart(to) + 1 day`.
 */
export const bureauDayStart = (date: string): SQL =>
  sql`(${date}::date::timestamp at time zone ${BUREAU_TIME_ZONE})`;
