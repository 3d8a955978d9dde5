import type { paths } from '../../app/api/openapi';
import { type Answer, dataOf, typedApi } from '../../app/api/typed-client';
import type { PageParams } from '../../app/paging';

export type LoginLogEntry = Answer<'/api/login-log', 'get'>['items'][number];
export type AuditEntry = Answer<'/api/audit', 'get'>['items'][number];

/** The filters as `GET /login-log` takes them (`success` is the string 'true' or 'false'). */
type LoginLogQuery = NonNullable<paths['/api/login-log']['get']['parameters']['query']>;
export type LoginLogFilters = Omit<LoginLogQuery, 'page' | 'pageSize'>;

type AuditQuery = NonNullable<paths['/api/audit']['get']['parameters']['query']>;
export type AuditFilters = Omit<AuditQuery, 'page' | 'pageSize'>;

export const fetchLoginLog = (filters: LoginLogFilters, paging: PageParams) =>
  dataOf(typedApi.GET('/api/login-log', { params: { query: { ...filters, ...paging } } }));

export const fetchAudit = (filters: AuditFilters, paging: PageParams) =>
  dataOf(typedApi.GET('/api/audit', { params: { query: { ...filters, ...paging } } }));

export const verifyAuditChain = () => dataOf(typedApi.GET('/api/audit/verify'));
