import type { SessionStage } from './auth.schema.ts';

/**
 * Which endpoints a session may call at each stage of a login, as `METHOD /route` (the route as
 * registered, with `:params`). A session that has not finished signing in may only finish it (or
 * give up): no password change before the second factor, no business call before either. The
 * session hook refuses everything else with AUTH_STAGE before any handler runs.
 *
 * | stage             | may call                                                               |
 * |-------------------|------------------------------------------------------------------------|
 * | `totp`            | me, logout, POST /api/auth/totp/verify                                 |
 * | `change_password` | me, logout, POST /api/auth/change-password                             |
 * | `totp_enrol`      | me, logout, POST /api/auth/totp/enrol, POST /api/auth/totp/confirm     |
 * | `full`            | every endpoint except the TOTP steps above (nothing left to verify)    |
 *
 * The public endpoints (no session needed) answer at every stage. The stages come in this order:
 * second factor, then a required password change, then (administrators without one) enrolment.
 */
const ME = 'GET /api/auth/me';
const LOGOUT = 'POST /api/auth/logout';
const TOTP_VERIFY = 'POST /api/auth/totp/verify';
const TOTP_ENROL = ['POST /api/auth/totp/enrol', 'POST /api/auth/totp/confirm'];

export const STAGE_ENDPOINTS: Record<Exclude<SessionStage, 'full'>, readonly string[]> = {
  totp: [ME, LOGOUT, TOTP_VERIFY],
  change_password: [ME, LOGOUT, 'POST /api/auth/change-password'],
  totp_enrol: [ME, LOGOUT, ...TOTP_ENROL],
};

/** What a full session may not call: the steps of a login still in progress. */
export const FULL_REFUSED: readonly string[] = [TOTP_VERIFY, ...TOTP_ENROL];

/** Answered with or without a session (the API viewer under /api/docs too). */
export const PUBLIC_ENDPOINTS: readonly string[] = [
  'POST /api/auth/login',
  'GET /api/health',
  'GET /api/openapi.json',
];

const isPublic = (endpoint: string) =>
  PUBLIC_ENDPOINTS.includes(endpoint) || /^(GET|HEAD) \/api\/docs(\/|$)/.test(endpoint);

/** Whether a session at `stage` may call `endpoint` (`METHOD /route`; HEAD counts as GET). */
export function stageAllows(stage: SessionStage, endpoint: string): boolean {
  const e = endpoint.replace(/^HEAD /, 'GET ');
  if (isPublic(e)) return true;
  return stage === 'full' ? !FULL_REFUSED.includes(e) : STAGE_ENDPOINTS[stage].includes(e);
}
