import type { Answer } from '../../app/api/typed-client';

/** Shapes of the answers the printed documents read (see docs/api-foundation.md). */

export type Letterhead = Answer<'/api/print/letterhead', 'get'>;

export type PlanPrint = Answer<'/api/payment-plans/{id}', 'get'>;
