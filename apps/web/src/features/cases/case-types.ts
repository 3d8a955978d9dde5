import type { ApplicantKind, EvaluationResult } from '../policies/policy-types';

/** Case statuses (经办状态), as the server's `status`. */
export type CaseStatus =
  | 'draft'
  | 'submitted'
  | 'returned'
  | 'accepted'
  | 'reviewed'
  | 'approved'
  | 'rejected'
  | 'withdrawn'
  | 'in_public_notice'
  | 'notice_passed'
  | 'sent_to_finance'
  | 'payment_planned'
  | 'paid'
  | 'payment_failed'
  | 'reconciled';

export type CaseActor = 'applicant' | 'station' | 'reviewer' | 'finance';

export interface Awaiting {
  actor: CaseActor;
  /** lifecycle step code: submit, supplement, accept, review, approve, bureau_to_finance … */
  step: string;
}

/** One row of `GET /cases` and `GET /cases/my-tasks`. Amounts in integer fen. */
export interface CaseItem {
  id: string;
  number: string;
  caseType: { id: string; name: string };
  applicantKind: ApplicantKind;
  applicantKindLabel: string;
  applicantName: string;
  status: CaseStatus;
  statusLabel: string;
  awaiting: Awaiting | null;
  dueOn: string | null;
  overdue: boolean;
  dueSoon: boolean;
  proposedAmountFen: number | null;
  approvedAmountFen: number | null;
  org: { id: number; name: string };
  createdAt: string;
  submittedAt: string | null;
  version: number;
}

export interface CasePage {
  items: CaseItem[];
  total: number;
  /** the server's "today" (China time), which the overdue flags were computed against */
  today: string;
}

export interface CaseFilters {
  /** comma-separated statuses */
  status?: string | undefined;
  caseTypeId?: string | undefined;
  orgId?: number | undefined;
  personId?: string | undefined;
  q?: string | undefined;
  overdue?: boolean | undefined;
  dueSoon?: boolean | undefined;
  /** decided (审批) on these days, both included (YYYY-MM-DD) */
  decidedFrom?: string | undefined;
  decidedTo?: string | undefined;
  /** paid (拨付成功) on these days, both included */
  paidFrom?: string | undefined;
  paidTo?: string | undefined;
}

export interface CaseMaterial {
  code: string;
  label: string;
  required: boolean;
  provided: boolean;
  note: string | null;
}

export interface CaseEvent {
  action: string;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
  actorName: string;
  at: string;
  note: string | null;
  payload: Record<string, unknown> | null;
  version: number;
}

export interface SupplementNotice {
  id: string;
  number: string;
  items: { code: string; label: string; note?: string }[];
  note: string | null;
  supplementBy: string | null;
  issuedAt: string;
  issuedByName: string;
  printed: boolean;
  printedAt: string | null;
  resolvedAt: string | null;
}

export interface BenefitClaim {
  id: string;
  claimKey: string;
  amountFen: number | null;
  claimedOn: string;
  revokedAt: string | null;
  revokeReason: string | null;
}

export interface FrozenFacts {
  asOf: string;
  input: Record<string, unknown>;
  /** field → where the rule read it (登记信息 / 申请填报 …) */
  sources: Record<string, string>;
}

export type HumanChecks = Record<string, { confirmed: boolean; note?: string }>;

/** `GET /cases/:id`: the case file every step answers. */
export interface CaseDetail extends Omit<CaseItem, 'caseType'> {
  caseTypeId: string;
  policyId: string;
  personId: string | null;
  employerId: string | null;
  certificateId: string | null;
  batchId: string | null;
  application: Record<string, unknown>;
  appliedOn: string | null;
  applicationDeadline: string | null;
  frozenFacts: FrozenFacts | null;
  frozenEvaluation: EvaluationResult | null;
  evaluatedOn: string | null;
  humanChecks: HumanChecks;
  reviewNote: string | null;
  overrideAmountFen: number | null;
  overrideReason: string | null;
  decisionReasons: string[];
  decidedOn: string | null;
  requiresPublicNotice: boolean;
  supplementRounds: number;
  dueDates: Record<string, string>;
  caseType: { id: string; name: string; paysMoney: boolean };
  person: { id: string; name: string; idNumberMasked: string } | null;
  availableActions: string[];
  materials: CaseMaterial[];
  events: CaseEvent[];
  supplementNotices: SupplementNotice[];
  claims: BenefitClaim[];
}

export interface CaseTypeMaterial {
  code: string;
  label: string;
  applicantKind: ApplicantKind;
  group?: string | null;
  clause?: string | null;
  required: boolean;
}

/** 事项 (`GET /case-types`). */
export interface CaseTypeDef {
  id: string;
  policyId: string;
  name: string;
  enabled: boolean;
  materials: CaseTypeMaterial[];
  applicantKinds: ApplicantKind[];
  paysMoney: boolean;
  requiresPublicNotice: boolean;
  version: number;
}

export interface MaterialTick {
  code: string;
  provided: boolean;
  note?: string | null;
}

export interface CreateCaseBody {
  caseTypeId: string;
  applicantKind: ApplicantKind;
  personId?: string;
  employerId?: string;
  certificateId?: string;
  application?: Record<string, unknown>;
  materials?: MaterialTick[];
}
