import { api } from '../../app/api-client';

export interface SecuritySettings {
  passwordMinLength: number;
  passwordMinClasses: number;
  lockoutThreshold: number;
  lockoutMinutes: number;
  idleTimeoutMinutes: number;
  sessionMaxHours: number;
  addressFailureLimit: number;
  adminMfaRequired: boolean;
}

export interface OnlineSession {
  id: string;
  username: string;
  displayName: string;
  stage: string;
  ip: string | null;
  userAgent: string | null;
  createdAt: string;
  lastSeenAt: string;
}

export const settingsKey = ['security', 'settings'] as const;
export const sessionsKey = ['security', 'sessions'] as const;

export const fetchSettings = () => api.get<SecuritySettings>('/security/settings');

export const saveSettings = (body: SecuritySettings) => api.put<SecuritySettings>('/security/settings', body);

export const fetchSessions = () => api.get<OnlineSession[]>('/security/sessions');

export const endSession = (id: string) => api.delete<unknown>(`/security/sessions/${id}`);

export const resetTotp = (username: string) => api.post<{ ok: true }>('/security/totp-resets', { username });
