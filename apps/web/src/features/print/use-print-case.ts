import { useQuery } from '@tanstack/react-query';
import { fetchPrintCase, fetchPrintCaseType } from './print-api';

/** The case and its type a case document prints from. */
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
