import { z } from 'zod';
import { caseStatuses } from '../cases/workflow/case-status.ts';
import type { Subject } from './indicator-catalogue.ts';

// The records behind a figure, per subject, field by field: the web app's drill-down table is
// typed from these (`npm run api:types`), and the serializer drops anything a row carries beyond.

const Drilled = { onDate: z.string(), orgName: z.string().nullable() };

export const drillRows = {
  person: z.object({ id: z.string(), name: z.string(), idNumberMasked: z.string(), ...Drilled }),
  case: z.object({
    id: z.string(),
    number: z.string(),
    /** the applicant's name */
    name: z.string(),
    caseTypeName: z.string(),
    status: z.enum(caseStatuses),
    /** integer fen, as text (a sum of bigint) */
    amountFen: z.string(),
    ...Drilled,
  }),
  household: z.object({
    id: z.string(),
    number: z.string(),
    /** the head of the household */
    name: z.string().nullable(),
    idNumberMasked: z.string().nullable(),
    ...Drilled,
  }),
  trainee: z.object({
    /** the trainee record */
    id: z.string(),
    personId: z.string(),
    name: z.string(),
    idNumberMasked: z.string(),
    classId: z.string(),
    classNumber: z.string(),
    /** onDate: the class's last day */
    ...Drilled,
  }),
} satisfies Record<Subject, z.ZodObject>;

export type DrillRow<S extends Subject> = z.infer<(typeof drillRows)[S]>;

/** One page of drilled records, tagged with their subject. */
export type DrilledRows = { [S in Subject]: { subject: S; items: DrillRow<S>[]; total: number } }[Subject];
