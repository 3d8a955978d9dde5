import {
  assessmentPeriods,
  scoringMethods,
} from '@minsheng/rules/policies/feicheng/town-assessment/plan-scoring.ts';
import { z } from 'zod';
import { INT4_MAX } from '../../../platform/http/input-schemas.ts';

/** Bounded inputs shared by the town-assessment routes. */
export const tags = ['街镇考核'];
export const Year = z.coerce.number().int().min(2000).max(2100);
export const Quarter = z.coerce.number().int().min(1).max(4);
export const Figure = z.number().int().min(0).max(INT4_MAX);
export const Reason = z.string().trim().min(10, '理由至少10个字').max(500, '理由至多500个字');
export const Period = z.enum(assessmentPeriods);
export const IdParams = z.object({ id: z.uuid() });

export const PlanIndicatorBody = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, '指标代码为小写字母、数字和下划线'),
  label: z.string().trim().min(1).max(60),
  clause: z.string().trim().min(1).max(20),
  unit: z.enum(['persons', 'yuan', 'points']),
  method: z.enum(scoringMethods),
  maxPoints: z.string().regex(/^\d{1,3}(\.\d{1,2})?$/, '分值为不超过三位整数、至多两位小数的数'),
  evidence: z.string().trim().max(200),
  targets: z.record(z.string().regex(/^\d{1,10}$/), Figure),
});
export const PlanIndicators = z.array(PlanIndicatorBody).min(1).max(40);
