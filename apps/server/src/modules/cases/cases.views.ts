import { z } from 'zod';
import { FrozenEvaluation } from '../policy/policy.views.ts';
import { applicantKinds, caseStatuses } from './workflow/case-status.ts';

// What the case endpoints answer, field by field. The web app's case types are generated from
// these (`npm run api:types`), and the serializer drops whatever a row carries beyond them
// (organisation paths, the ids of the officers who acted, raw fact overrides).

const Status = z.enum(caseStatuses);
const Fen = z.number().int().nullable();
const Day = z.string().nullable();

const Awaiting = z.object({
  actor: z.enum(['applicant', 'station', 'reviewer', 'finance']),
  /** lifecycle step code: submit, supplement, accept, review, approve, bureau_to_finance … */
  step: z.string(),
});

/** The fields a case list row and the case file share. Amounts in integer fen. */
const CaseCommon = z.object({
  id: z.string(),
  number: z.string(),
  applicantKind: z.enum(applicantKinds),
  applicantKindLabel: z.string(),
  applicantName: z.string(),
  status: Status,
  statusLabel: z.string(),
  awaiting: Awaiting.nullable(),
  dueOn: Day,
  overdue: z.boolean(),
  dueSoon: z.boolean(),
  proposedAmountFen: Fen,
  approvedAmountFen: Fen,
  org: z.object({ id: z.number().int(), name: z.string() }),
  createdAt: z.date(),
  submittedAt: z.date().nullable(),
  version: z.number().int(),
});

/** One row of `GET /cases` and `GET /cases/my-tasks`. */
export const CaseItem = CaseCommon.extend({ caseType: z.object({ id: z.string(), name: z.string() }) });

export const CasePage = z.object({
  items: z.array(CaseItem),
  total: z.number().int(),
  /** the server's "today" (China time), which the overdue flags were computed against */
  today: z.string(),
});

const FrozenFacts = z.object({
  asOf: z.string(),
  input: z.record(z.string(), z.unknown()),
  /** field → where the rule read it (登记信息 / 申请填报 …) */
  sources: z.record(z.string(), z.string()),
});

const Material = z.object({
  code: z.string(),
  label: z.string(),
  required: z.boolean(),
  provided: z.boolean(),
  note: z.string().nullable(),
});

const Event = z.object({
  action: z.string(),
  fromStatus: Status.nullable(),
  toStatus: Status,
  actorName: z.string(),
  at: z.date(),
  note: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()).nullable(),
  version: z.number().int(),
});

const SupplementNotice = z.object({
  id: z.string(),
  number: z.string(),
  items: z.array(z.object({ code: z.string(), label: z.string(), note: z.string().optional() })),
  note: z.string().nullable(),
  supplementBy: Day,
  issuedAt: z.date(),
  issuedByName: z.string(),
  printed: z.boolean(),
  printedAt: z.date().nullable(),
  resolvedAt: z.date().nullable(),
});

/** `GET /api/cases/:id/supplement-notice`: the latest notice with what the printed form shows. */
export const PrintableSupplementNotice = SupplementNotice.extend({
  title: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  caseTypeName: z.string(),
  applicantName: z.string(),
  /** the issuing officer's organisation, null when the notice names none */
  issuingOrgName: z.string().nullable(),
});

const Claim = z.object({
  id: z.string(),
  claimKey: z.string(),
  amountFen: Fen,
  claimedOn: z.string(),
  revokedAt: z.date().nullable(),
  revokeReason: z.string().nullable(),
});

/** `GET /cases/:id` and every step: the case file. */
export const CaseDetail = CaseCommon.extend({
  caseTypeId: z.string(),
  caseType: z.object({ id: z.string(), name: z.string(), paysMoney: z.boolean() }),
  policyId: z.string(),
  personId: z.string().nullable(),
  person: z.object({ id: z.string(), name: z.string(), idNumberMasked: z.string() }).nullable(),
  employerId: z.string().nullable(),
  certificateId: z.string().nullable(),
  batchId: z.string().nullable(),
  /** declared application data (申请填报) */
  application: z.record(z.string(), z.unknown()),
  appliedOn: Day,
  applicationDeadline: Day,
  frozenFacts: FrozenFacts.nullable(),
  /** the rules' evaluation frozen at review, as presented now (documents named as configured) */
  frozenEvaluation: FrozenEvaluation.nullable(),
  evaluatedOn: Day,
  /** reviewer's decisions on the rule's human checks: id → { confirmed, note } */
  humanChecks: z.record(z.string(), z.object({ confirmed: z.boolean(), note: z.string().optional() })),
  reviewNote: z.string().nullable(),
  overrideAmountFen: Fen,
  overrideReason: z.string().nullable(),
  decisionReasons: z.array(z.string()),
  decidedOn: Day,
  requiresPublicNotice: z.boolean(),
  supplementRounds: z.number().int(),
  /** step → due date */
  dueDates: z.record(z.string(), z.string()),
  availableActions: z.array(z.string()),
  materials: z.array(Material),
  events: z.array(Event),
  supplementNotices: z.array(SupplementNotice),
  claims: z.array(Claim),
});
