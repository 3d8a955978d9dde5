import { standardIndicators } from '@minsheng/rules/policies/feicheng/town-assessment/indicators.ts';
import type { Db } from '../../../db/client.ts';
import { hasPermission } from '../../../platform/access/actor.ts';
import type { AttachmentOwner } from '../../../platform/attachments/attachment-owners.ts';
import { createSubmissionsRepo } from './submissions.repo.ts';

/** The owner kind of a quarterly submission's evidence files (花名册, 劳动合同, 工资发放证明, 登记表 …). */
export const submissionAttachmentKind = 'town-assessment.submission';

/** The attachment category of an indicator's evidence (the store's categories are letters only). */
export const evidenceCategory = (indicatorCode: string) =>
  indicatorCode.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Evidence is filed per indicator (the category names the indicator): readable by whoever reads
 * the submission (the town, the city reviewing it), added or removed by the town while it is a
 * draft — once submitted the evidence is as locked as the figures.
 */
export function submissionAttachmentOwner(db: Db): AttachmentOwner {
  const repo = createSubmissionsRepo(db);
  return {
    label: '街镇考核季度上报',
    categories: Object.fromEntries(standardIndicators.map((i) => [evidenceCategory(i.code), i.label])),
    canRead: async (actor, id) => uuid.test(id) && Boolean(await repo.row(actor, id)),
    async canWrite(actor, id) {
      if (!uuid.test(id) || !hasPermission(actor, 'assessment:submit')) return null;
      const s = await repo.row(actor, id, 'assessment:submit');
      return s?.status === 'draft' ? { orgId: s.orgId, orgPath: s.orgPath } : null;
    },
  };
}
