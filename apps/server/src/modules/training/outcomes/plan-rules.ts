import { isRulesError } from '@minsheng/rules/engine/errors.ts';
import { invalid } from '../../../platform/errors.ts';

/**
 * Reads the plan's dated parameters for a year: a year they do not cover (before the plan began
 * in 2006) is the user's choice of period, refused with the rules' own message, not a server error.
 */
export function planRules<T>(year: number, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (isRulesError(e, 'PARAMETER_UNDEFINED'))
      throw invalid(`${year}年没有培训计划的指标和口径：${e.message}`);
    throw e;
  }
}
