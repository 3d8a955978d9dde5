import { yuanToFen } from '../../app/format/money';
import { lines } from './case-actions';
import type { CaseStepBody } from './case-api';
import { type Ticks, tickList } from './case-ticks';
import type { HumanChecks } from './case-types';

/** What the step modals collect; each step reads its own fields. */
export interface StepValues {
  note?: string;
  reason?: string;
  amountYuan?: string;
  reasonsText?: string;
  extraText?: string;
  checks?: Record<string, { confirmed?: boolean; note?: string }>;
  /** per missing material: what is wrong (for the supplement notice) */
  missingNotes?: Record<string, string>;
}

const trimmed = (s: string | undefined) => s?.trim() || undefined;

/**
 * The reviewer's check decisions: a ticked check is confirmed; an unticked one stays pending (left
 * out) unless it had been confirmed before, in which case unticking it records a rejection.
 */
export function humanChecks(
  values: StepValues['checks'],
  previous: HumanChecks = {},
): HumanChecks | undefined {
  if (!values) return undefined;
  const entries = Object.entries(values)
    .filter(([id, c]) => c.confirmed === true || previous[id]?.confirmed === true)
    .map(([id, c]) => {
      const note = trimmed(c.note);
      return [id, { confirmed: c.confirmed === true, ...(note ? { note } : {}) }] as const;
    });
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/** What a step body needs besides the form: the case version, the ticks, the recorded checks. */
export interface StepContext {
  version: number;
  /** the material ticks, for the steps that carry them */
  ticks?: Ticks | undefined;
  previousChecks?: HumanChecks | undefined;
}

/**
 * The request body of a lifecycle step from the modal's values, the case version and the
 * material ticks (sent with the steps that take them). Pure, so the mapping is easy to read.
 */
export function stepBody(action: string, values: StepValues, ctx: StepContext): CaseStepBody {
  const { version, ticks } = ctx;
  const note = trimmed(values.note);
  const withNote = { version, ...(note ? { note } : {}) };
  const materials = ticks ? { materials: tickList(ticks) } : {};
  switch (action) {
    case 'submit':
    case 'resubmit':
    case 'accept':
      return { ...withNote, ...materials };
    case 'return': {
      const notes = values.missingNotes ?? {};
      const annotated: Ticks = Object.fromEntries(
        Object.entries(ticks ?? {}).map(([code, t]) => [
          code,
          { ...t, note: trimmed(notes[code]) ?? t.note },
        ]),
      );
      const extraItems = lines(values.extraText);
      return {
        ...withNote,
        ...(ticks ? { materials: tickList(annotated) } : {}),
        ...(extraItems.length ? { extraItems } : {}),
      };
    }
    case 'review': {
      const checks = humanChecks(values.checks, ctx.previousChecks);
      return { ...withNote, ...(checks ? { checks } : {}) };
    }
    case 're_evaluate': {
      const checks = humanChecks(values.checks, ctx.previousChecks);
      return { version, reason: values.reason?.trim() ?? '', ...(checks ? { checks } : {}) };
    }
    case 'override_amount':
      return {
        version,
        amountFen: yuanToFen(values.amountYuan ?? '') ?? -1,
        reason: values.reason?.trim() ?? '',
      };
    case 'reject':
      return { version, reasons: lines(values.reasonsText) };
    default:
      // approve, withdraw
      return withNote;
  }
}
