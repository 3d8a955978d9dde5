/** Shapes of the answers the printed documents read (see docs/api-foundation.md). */

export interface Letterhead {
  bureau: string;
  orgName: string;
  today: string;
}

export interface SupplementNotice {
  id: string;
  number: string;
  title: string;
  caseId: string;
  caseNumber: string;
  caseTypeName: string;
  applicantName: string;
  items: { code: string; label: string; note?: string | null }[];
  note: string | null;
  supplementBy: string | null;
  issuedAt: string;
  issuedByName: string | null;
  issuingOrgName: string | null;
  printed: boolean;
  printedAt: string | null;
  resolvedAt: string | null;
}

export interface CaseMaterial {
  code: string;
  label: string;
  required: boolean;
  provided: boolean;
  note: string | null;
}

/** The parts of GET /cases/:id a printed document uses. */
export interface PrintCase {
  id: string;
  number: string;
  caseTypeId: string;
  status: string;
  statusLabel: string;
  applicantKind: string;
  applicantKindLabel: string;
  applicantName: string;
  application: Record<string, unknown> | null;
  appliedOn: string | null;
  /** set on every submission; batch-filed cases may lack `appliedOn` */
  submittedAt: string | null;
  createdAt: string;
  decidedOn: string | null;
  caseType: { id: string; name: string; paysMoney: boolean };
  person: { id: string; name: string; idNumberMasked: string } | null;
  org: { id: number; name: string };
  materials: CaseMaterial[];
}

/** The parts of GET /case-types/:id a printed document uses. */
export interface PrintCaseType {
  id: string;
  name: string;
  jurisdiction: { code: string; name: string } | null;
}

export interface RosterPrint {
  id: string;
  number: string;
  caseTypeName: string;
  applicantName: string | null;
  createdAt: string;
  rows: {
    seq: number;
    caseNumber: string;
    name: string;
    idNumberMasked: string | null;
    occupation: string | null;
    level: string | null;
    certificateNumber: string | null;
    statusLabel: string;
    amount: string | null;
  }[];
  totals: { count: number; withAmount: number; amount: string };
}

export interface PlanPrint {
  id: string;
  number: string;
  title: string;
  status: 'draft' | 'approved' | 'paid' | 'cancelled';
  note: string | null;
  createdAt: string;
  approvedAt: string | null;
  totals: { count: number; amount: string };
  payments: {
    id: string;
    caseNumber: string;
    payeeName: string;
    amount: string;
    status: 'pending' | 'paid' | 'failed' | 'reconciled';
    bankReference: string | null;
  }[];
}

export interface NoticePrint {
  number: string;
  title: string;
  body: string | null;
  startsOn: string | null;
  endsOn: string | null;
  issuer: string;
  rows: { seq: number; name: string; idNumber: string; amount: string | null }[];
  count: number;
  totalAmount: string;
  /** on a notice of training institutions: the institutions (no person is named) */
  institutions: { name: string; address: string; occupations: { occupation: string; levels: number[] }[] }[];
}
