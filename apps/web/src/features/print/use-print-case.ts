import { useQuery } from '@tanstack/react-query';
import { approvedStatuses } from '../cases/case-labels';
import { fetchPrintCase, fetchPrintCaseType } from './print-api';
import type { Reference } from './print-types';

/** The case and its type (for the policy reference) a case document prints from. */
export function usePrintCase(id: string) {
  const detail = useQuery({ queryKey: ['print', 'case', id], queryFn: () => fetchPrintCase(id) });
  const typeId = detail.data?.caseTypeId;
  const type = useQuery({
    queryKey: ['print', 'case-type', typeId],
    queryFn: () => fetchPrintCaseType(typeId ?? ''),
    enabled: Boolean(typeId),
  });
  return { detail, type, queries: [detail, type] };
}

/** A policy reference as cited on a decision: 《title》（doc）clause. */
export function citeReference(ref: Reference | null | undefined): string {
  if (!ref) return '有关政策';
  return `${ref.title ? `《${ref.title}》` : ''}（${ref.doc}）${ref.clause ?? ''}`;
}

/** approved / rejected once decided, else null (no decision to print yet). */
export function decisionOf(status: string): 'approved' | 'rejected' | null {
  if (status === 'rejected') return 'rejected';
  return approvedStatuses.has(status) ? 'approved' : null;
}
