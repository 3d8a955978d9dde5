import { api, setCsrfToken } from '../api-client';
import { ApiError } from '../api-error';
import type { LoginAnswer, Me, StageAnswer, TotpEnrolment } from './auth-types';

/**
 * The current session, or null when nobody is signed in. A 401 here also reaches the
 * session-expiry handler, which tells an expired user (not a first visitor) why they are back at login.
 */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api.get<Me>('/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export async function login(body: { username: string; password: string }): Promise<LoginAnswer> {
  const answer = await api.post<LoginAnswer>('/auth/login', body);
  setCsrfToken(answer.csrfToken);
  return answer;
}

export const changePassword = (body: { oldPassword: string; newPassword: string }) =>
  api.post<StageAnswer>('/auth/change-password', body);

export const enrolTotp = () => api.post<TotpEnrolment>('/auth/totp/enrol');

export const confirmTotp = (code: string) => api.post<StageAnswer>('/auth/totp/confirm', { code });

export const verifyTotp = (code: string) => api.post<StageAnswer>('/auth/totp/verify', { code });

export async function logout(): Promise<void> {
  await api.post<{ ok: true }>('/auth/logout');
  setCsrfToken(null);
}
