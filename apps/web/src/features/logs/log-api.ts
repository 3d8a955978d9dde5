import { api } from '../../app/api-client';
import type { Page, PageParams } from '../../app/paging';

export interface LoginLogEntry {
  id: number;
  at: string;
  username: string;
  success: boolean;
  reason: string | null;
  ip: string | null;
  userAgent: string | null;
}

export interface AuditEntry {
  id: number;
  at: string;
  username: string;
  orgName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  detail: unknown;
}

export interface LoginLogFilters {
  username?: string;
  success?: boolean;
  from?: string;
  to?: string;
}

export interface AuditFilters {
  username?: string;
  action?: string;
  targetType?: string;
  from?: string;
  to?: string;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  brokenAtId?: number;
  /** The server's verdict in Chinese (what was changed, removed or cut off). */
  message: string;
}

export const fetchLoginLog = (filters: LoginLogFilters, paging: PageParams) =>
  api.get<Page<LoginLogEntry>>('/login-log', { ...filters, ...paging });

export const fetchAudit = (filters: AuditFilters, paging: PageParams) =>
  api.get<Page<AuditEntry>>('/audit', { ...filters, ...paging });

export const verifyAuditChain = () => api.get<AuditVerification>('/audit/verify');
