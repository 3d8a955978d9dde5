import type { Permission } from '../../platform/access/permissions.ts';

/** The permissions that let a user read reports, each over its own scope (局领导 only reads). */
export const reportReading: readonly Permission[] = ['report:read', 'report:prepare', 'report:review'];
