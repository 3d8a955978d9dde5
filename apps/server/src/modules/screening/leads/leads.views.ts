import { z } from 'zod';
import { Version } from '../../../platform/http/input-schemas.ts';
import { PageQuery, pageOf } from '../../../platform/http/paging.ts';
import { screeningLeadStatuses } from '../screening.schema.ts';

/** Request and response schemas of the lead routes (bounded inputs, named outputs). */

export const tags = ['政策找人·线索'];
export const IdParams = z.object({ id: z.uuid() });

export const LeadQuery = PageQuery.extend({
  status: z.enum(screeningLeadStatuses).optional(),
  policyId: z.string().trim().min(1).max(100).optional(),
});
export const StartCaseBody = z.object({ version: Version });
export const DismissBody = z.object({
  version: Version,
  reason: z
    .string({ error: '请填写排除理由' })
    .trim()
    .min(2, '排除理由至少2个字')
    .max(200, '排除理由不超过200字'),
});

export const LeadItem = z.object({
  id: z.string(),
  version: z.number(),
  /** the ID number masked, never in full */
  person: z.object({ id: z.string(), name: z.string(), idNumberMasked: z.string() }),
  policyId: z.string(),
  policyName: z.string(),
  orgName: z.string(),
  status: z.enum(screeningLeadStatuses),
  statusLabel: z.string(),
  /** yuan under the screening's assumptions; null when the policy pays none */
  payable: z.string().nullable(),
  /** what `payable` covers (按本月1个月计, 一次性补贴); null when no longer screened */
  payableBasis: z.string().nullable(),
  reason: z.string(),
  toVerify: z.array(z.string()),
  firstFoundOn: z.string(),
  lastFoundOn: z.string(),
  caseId: z.string().nullable(),
  dismissedReason: z.string().nullable(),
});
export const LeadList = pageOf(LeadItem).extend({
  /** the policies the actor's scope has leads of, for the filter */
  policies: z.array(z.object({ id: z.string(), name: z.string() })),
});

const Explanation = z.object({
  /** the bureau's today the registry facts were read on */
  on: z.string(),
  outcome: z.enum(['eligible', 'ineligible', 'needs_review']),
  conditions: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      status: z.enum(['pass', 'fail', 'not_applicable', 'not_evaluated']),
      sentence: z.string(),
      clause: z.string(),
      citation: z.string(),
      /** it reads a field the applicant must still declare or prove: it passes on their word only */
      assumed: z.boolean(),
    }),
  ),
  amounts: z.array(z.object({ id: z.string(), label: z.string(), yuan: z.string() })),
  payableTotal: z.string().nullable(),
});
export const LeadDetail = LeadItem.extend({
  /** the profile's assumptions, in Chinese */
  basis: z.string().nullable(),
  /** the policy evaluated now on the person's registry facts; null when no longer screened */
  explanation: Explanation.nullable(),
  /** why there is no explanation, in Chinese; null when there is one */
  explanationNote: z.string().nullable(),
});
export const StartedCase = z.object({ caseId: z.string() });
