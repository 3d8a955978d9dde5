import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { dictsKey, fetchDicts } from '../dict-api';

export function useDicts() {
  return useQuery({ queryKey: dictsKey, queryFn: fetchDicts, staleTime: 300_000 });
}

/** Select options of a dictionary's active items, in sort order. */
export function useDictOptions(dictCode: string) {
  const dicts = useDicts();
  const dict = dicts.data?.find((d) => d.code === dictCode);
  const options = (dict?.items ?? [])
    .filter((item) => item.active)
    .sort((a, b) => a.sort - b.sort)
    .map((item) => ({ value: item.code, label: item.label }));
  return { options, loading: dicts.isPending };
}

/** Turns a stored item code into its label (the code itself when unknown). */
export function useDictLabel(dictCode: string): (code: string | null | undefined) => string {
  const dicts = useDicts();
  const items = dicts.data?.find((d) => d.code === dictCode)?.items;
  return useCallback(
    (code) => {
      if (code === null || code === undefined || code === '') return '—';
      return items?.find((item) => item.code === code)?.label ?? code;
    },
    [items],
  );
}
