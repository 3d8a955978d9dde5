import { after } from 'node:test';
import { residentIdCheckDigit } from '@minsheng/rules/national/resident-id.ts';
import { restorePassword } from './account-session.ts';
import type { Account } from './sign-in.ts';

/**
 * The demo accounts of a journey that files at 岱庙街道 and has the city decide and pay: the station
 * (shared by several journeys), the city reviewer and the finance officer, whose passwords are given
 * back after the journey so later journeys can sign them in. Call at the top level of the journey.
 */
export function stationJourneyAccounts() {
  const password = process.env.MINSHENG_DEMO_PASSWORD ?? '';
  const account = (username: string): Account => ({ username, password });
  const accounts = {
    officer: account('jd_370902001'),
    reviewer: account('sj_reviewer'),
    finance: account('sj_finance'),
  };
  after(async () => {
    for (const a of Object.values(accounts)) await restorePassword(a, password);
  });
  return { password, ...accounts };
}

/** A short stamp that tells this run's records apart from earlier runs' on the same demo. */
export const runStamp = Date.now().toString(36).slice(-4);

/**
 * A man the journey registers, unique per run: `name` + the run's stamp, a valid resident ID of
 * `area` (6 digits) born on `birth` (YYYYMMDD), with an odd sequence digit (men's are odd).
 */
export function journeyMan(name: string, area: string, birth: string) {
  const first17 = `${area}${birth}${String(100 + (Date.now() % 450) * 2 + 1).slice(-3)}`;
  return { name: `${name}${runStamp}`, idNumber: first17 + residentIdCheckDigit(first17) };
}
