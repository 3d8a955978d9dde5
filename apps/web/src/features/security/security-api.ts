import { type Answer, type Body, dataOf, typedApi } from '../../app/api/typed-client';

export type SecuritySettings = Answer<'/api/security/settings', 'get'>;
/** What saving takes: the same figures, with administrators' MFA always required (`true`). */
export type SecuritySettingsBody = Body<'/api/security/settings', 'put'>;
export type OnlineSession = Answer<'/api/security/sessions', 'get'>[number];

export const settingsKey = ['security', 'settings'] as const;
export const sessionsKey = ['security', 'sessions'] as const;

export const fetchSettings = () => dataOf(typedApi.GET('/api/security/settings'));

export const saveSettings = (body: SecuritySettingsBody) =>
  dataOf(typedApi.PUT('/api/security/settings', { body }));

export const fetchSessions = () => dataOf(typedApi.GET('/api/security/sessions'));

export const endSession = (id: string) =>
  dataOf(typedApi.DELETE('/api/security/sessions/{id}', { params: { path: { id } } }));

export const resetTotp = (username: string) =>
  dataOf(typedApi.POST('/api/security/totp-resets', { body: { username } }));
