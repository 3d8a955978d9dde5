import type { DocumentNamer } from '@minsheng/rules/engine/documents.ts';
import {
  PLACEHOLDER_CHECK,
  type PlaceholderFigure,
  placeholderCheckLabel,
} from '@minsheng/rules/engine/evaluate.ts';
import { figureLink, settersPhrase } from './policy-figures.ts';

export interface PresentableEvaluation {
  policyId: string;
  checks: { id: string; label: string; figures?: PlaceholderFigure[] }[];
  explanationLines: string[];
  explanation: string;
}

/**
 * An evaluation as the reader sees it, whether computed now or frozen on a case: documents named
 * as the deployment configured them, and the check of unset figures saying who sets them, where
 * (each figure with the path of its page). The stored evaluation itself is never changed.
 */
export function presentEvaluation<E extends PresentableEvaluation>(
  evaluation: E,
  namer: DocumentNamer,
  setterRoles: readonly string[],
): E {
  const named = namer.rewrite(evaluation);
  const relabelled = new Map<string, string>();
  const checks = named.checks.map((c) => {
    if (c.id !== PLACEHOLDER_CHECK || !c.figures) return c;
    const label = placeholderCheckLabel(c.figures, settersPhrase(setterRoles));
    relabelled.set(c.label, label);
    return { ...c, label, figures: c.figures.map((f) => ({ ...f, ...figureLink(named.policyId, f) })) };
  });
  if (relabelled.size === 0) return named;
  const explanationLines = named.explanationLines.map((line) =>
    [...relabelled].reduce((l, [from, to]) => l.replace(from, to), line),
  );
  return { ...named, checks, explanationLines, explanation: explanationLines.join('\n') };
}

/**
 * The refusal of an approval held up by unset figures: the sentence naming them, who sets them
 * and where, and machine-readable links (`figures`) the case page turns into links.
 */
export function unsetFiguresRefusal(
  policyId: string,
  figures: readonly PlaceholderFigure[],
  setterRoles: readonly string[],
) {
  return {
    message: placeholderCheckLabel(figures, settersPhrase(setterRoles)),
    details: { figures: figures.map((f) => figureLink(policyId, f)) },
  };
}
