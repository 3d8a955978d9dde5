import { z } from 'zod';
import { Version } from '../../../platform/http/input-schemas.ts';

/** Suspend (or revoke) with a reason, or reinstate: the body of an expert's or a teacher's status change. */
export const statusBody = <S extends readonly [string, ...string[]]>(statuses: S) =>
  z.object({
    status: z.enum(statuses),
    reason: z.string().trim().min(1).max(500).nullable(),
    version: Version,
  });
