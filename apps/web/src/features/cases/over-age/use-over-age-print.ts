import { useQuery } from '@tanstack/react-query';
import { fetchPerson } from '../../persons/person-api';
import { usePrintCase } from '../../print/use-print-case';
import { fetchOverAge } from './over-age-api';

/** Everything the two over-age forms print from: the case, its person record and the over-age record. */
export function useOverAgePrint(id: string) {
  const { detail, type, queries } = usePrintCase(id);
  const personId = detail.data?.person?.id;
  const person = useQuery({
    queryKey: ['print', 'person', personId],
    queryFn: () => fetchPerson(personId ?? ''),
    enabled: Boolean(personId),
  });
  const overAge = useQuery({ queryKey: ['print', 'over-age', id], queryFn: () => fetchOverAge(id) });
  return { detail, type, person, overAge, queries: [...queries, person, overAge] };
}

export const genderText = (g: string | undefined) => (g === '1' ? '男' : g === '2' ? '女' : '—');
export const yesNoText = (v: unknown) => (v === true ? '是' : v === false ? '否' : '—');
export const text = (v: unknown) =>
  typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : '—';
