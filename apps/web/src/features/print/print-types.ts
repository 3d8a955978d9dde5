import type { Answer } from '../../app/api/typed-client';

/** Shapes of the answers the printed documents read (see docs/api-foundation.md). */

export type Letterhead = Answer<'/api/print/letterhead', 'get'>;

/**
 * `GET /cases/:id/supplement-notice`. The OpenAPI document names only `number` and the items'
 * `label` (a loose schema on the server), so the fields the notice prints are written here.
 */
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

export type PlanPrint = Answer<'/api/payment-plans/{id}', 'get'>;
