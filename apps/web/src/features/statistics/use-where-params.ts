import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { isoDateParam, positiveIntParam } from '../../app/url-params';
import type { Where } from './statistics-api';

const kinds = ['month', 'quarter', 'half', 'year', 'range'] as const;

/** The organisation and period of a statistics page, kept in the URL (a link reproduces it). */
export function useWhereParams(defaultYear: number) {
  const [params, setParams] = useSearchParams();
  const where = useMemo<Where>(() => {
    const period = kinds.find((k) => k === params.get('period')) ?? 'year';
    return {
      orgId: positiveIntParam(params.get('orgId')),
      period,
      year: positiveIntParam(params.get('year')) ?? defaultYear,
      index: positiveIntParam(params.get('index')),
      from: isoDateParam(params.get('from')),
      to: isoDateParam(params.get('to')),
    };
  }, [params, defaultYear]);
  const part = params.get('part') ?? undefined;
  const page = positiveIntParam(params.get('page')) ?? 1;
  const set = (next: Record<string, string | number | undefined>) => {
    const out = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v === undefined) out.delete(k);
      else out.set(k, String(v));
    }
    setParams(out);
  };
  return { where, part, page, set };
}
