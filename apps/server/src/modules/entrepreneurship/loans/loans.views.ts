import { yuanToFen } from '@minsheng/rules/engine/money.ts';
import { EXCLUDED_INDUSTRIES } from '@minsheng/rules/policies/county-city/guaranteed-loan/industries.ts';
import { z } from 'zod';
import { dateRanges } from '../../../platform/dates/date-ranges.ts';
import { isoDateIn } from '../../../platform/http/input-schemas.ts';
import { pageOf } from '../../../platform/http/paging.ts';
import { guaranteedLoans, loanStatuses } from './loans.schema.ts';

/** Request and response schemas of the guaranteed-loan routes (bounded inputs, named outputs). */

export const tags = ['创业服务·创业担保贷款'];
export const IdParams = z.object({ id: z.uuid() });
const day = isoDateIn(dateRanges.casework);

/** An amount in yuan with at most two decimals ("50000" or "50000.00"), as fen. */
const Yuan = z
  .string()
  .trim()
  .regex(/^\d{1,9}(\.\d{1,2})?$/, '金额须为最多两位小数的元数')
  .transform((s) => yuanToFen(s))
  .refine((fen) => fen > 0, '金额须大于0');

const BorrowerGroup = z.enum(guaranteedLoans.borrowerGroup.enumValues);
const CounterGuarantee = z.enum(guaranteedLoans.counterGuarantee.enumValues);

export const ApplicationBody = z.object({
  personId: z.uuid(),
  fileId: z.uuid().optional(),
  bankId: z.uuid(),
  appliedOn: day,
  borrowerGroup: BorrowerGroup.optional(),
  requested: Yuan,
  partners: z.number().int().min(1).max(100).default(1),
  collateral: z.boolean().default(false),
  counterGuarantee: CounterGuarantee,
  creditCommunityExemption: z.boolean().default(false),
  serviceSector: z.boolean(),
  industry: z.enum([...EXCLUDED_INDUSTRIES, 'other']).default('other'),
});

export const ReviewBody = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve') }),
  z.object({ decision: z.literal('refuse'), reason: z.string().trim().min(2).max(500) }),
]);

export const GuaranteeBody = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('counter_guarantee'),
    counterGuarantee: CounterGuarantee.exclude(['none']),
    on: day,
  }),
  z.object({
    kind: z.literal('credit_community'),
    commitmentSigned: z.boolean(),
    trackingCard: z.boolean(),
    on: day,
  }),
]);

export const DisburseBody = z.object({
  contractNumber: z.string().trim().min(4).max(64),
  principal: Yuan,
  annualRate: z
    .string()
    .trim()
    .regex(/^0\.\d{1,6}$/, '年利率须为0到1之间的小数，如 0.0435'),
  disbursedOn: day,
});
/** A dated step with its reason (展期, 核销). */
export const DatedReasonBody = z.object({ on: day, reason: z.string().trim().min(2).max(500) });
export const DateBody = z.object({ on: day });
export const RecoverBody = z.object({ on: day, amount: Yuan });

export const ListQuery = z.object({
  status: z.enum(loanStatuses).optional(),
  bankId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

const Status = z.enum(loanStatuses);
export const LoanListItem = z.object({
  id: z.string(),
  number: z.string(),
  status: Status,
  statusLabel: z.string(),
  appliedOn: z.string(),
  requested: z.string(),
  principal: z.string().nullable(),
  contractNumber: z.string().nullable(),
  disbursedOn: z.string().nullable(),
  personName: z.string(),
  idNumberMasked: z.string(),
  bankId: z.string(),
  bankName: z.string(),
});
export const LoanList = pageOf(LoanListItem);

const Reason = z.object({ met: z.boolean(), text: z.string(), clause: z.string().optional() });
export const LoanDetail = z.object({
  id: z.string(),
  number: z.string(),
  status: Status,
  statusLabel: z.string(),
  personName: z.string(),
  idNumberMasked: z.string(),
  bank: z.object({ name: z.string(), code: z.string() }),
  appliedOn: z.string(),
  borrowerGroup: BorrowerGroup,
  requested: z.string(),
  partners: z.number(),
  collateral: z.boolean(),
  counterGuarantee: CounterGuarantee,
  creditCommunityExemption: z.boolean(),
  serviceSector: z.boolean(),
  industry: z.string(),
  eligibility: z.array(Reason),
  decidedOn: z.string().nullable(),
  guaranteedOn: z.string().nullable(),
  contractNumber: z.string().nullable(),
  principal: z.string().nullable(),
  annualRate: z.string().nullable(),
  disbursedOn: z.string().nullable(),
  maturesOn: z.string().nullable(),
  extendedTo: z.string().nullable(),
  overdueSince: z.string().nullable(),
  compensatedOn: z.string().nullable(),
  compensated: z.string().nullable(),
  recovered: z.string(),
  repaidPrincipal: z.string(),
  balance: z.string(),
  schedule: z.array(
    z.object({
      seq: z.number(),
      dueOn: z.string(),
      principalFen: z.number(),
      principal: z.string(),
      paid: z.boolean(),
    }),
  ),
  repayments: z.array(
    z.object({ paidOn: z.string(), bankRef: z.string(), principal: z.string(), interest: z.string() }),
  ),
  events: z.array(
    z.object({
      action: z.string(),
      fromStatus: Status.nullable(),
      toStatus: Status.nullable(),
      onDate: z.string(),
      amountFen: z.number().nullable(),
      amount: z.string().nullable(),
      reason: z.string().nullable(),
      at: z.string(),
      actor: z.string().nullable(),
    }),
  ),
  actions: z.array(z.string()),
});

export const BankBody = z.object({
  name: z.string().trim().min(2).max(100),
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{2,32}$/, '金融机构编码为2至32位字母、数字、下划线或短横线'),
});
export const Bank = z.object({ id: z.string(), name: z.string(), code: z.string() });
export const BankDetail = Bank.extend({
  staff: z.array(z.object({ userId: z.string(), username: z.string(), displayName: z.string() })),
});

const RowError = z.object({ row: z.number(), message: z.string() });
export const ImportOutcome = z.object({
  importId: z.string(),
  status: z.enum(['accepted', 'refused']),
  rows: z.number(),
  errors: z.array(RowError),
  booked: z.object({ loans: z.number(), principal: z.string(), interest: z.string() }),
});
export const ImportHistory = z.array(
  z.object({
    id: z.string(),
    fileName: z.string(),
    rows: z.number(),
    status: z.enum(['accepted', 'refused']),
    errors: z.array(RowError),
    at: z.string(),
  }),
);
