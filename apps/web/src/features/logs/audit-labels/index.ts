import { assessmentActions } from './assessment';
import { caseActions } from './cases';
import { entrepreneurshipActions } from './entrepreneurship';
import { healthCheckActions } from './health-checks';
import { platformActions } from './platform';
import { registryActions } from './registry';
import { targetTypeLabels } from './target-types';
import { trainingActions } from './training';

/**
 * Chinese names of the audited actions (server `recordAudit` calls), by domain; unknown codes are
 * shown as they are. `audit-labels.test.ts` fails when the server audits a code without a name here.
 */
export const actionLabels: Record<string, string> = {
  ...platformActions,
  ...registryActions,
  ...caseActions,
  ...trainingActions,
  ...entrepreneurshipActions,
  ...healthCheckActions,
  ...assessmentActions,
};

export { targetTypeLabels };

export const actionLabel = (action: string) => actionLabels[action] ?? action;

export const targetTypeLabel = (type: string | null) => (type ? (targetTypeLabels[type] ?? type) : '—');
