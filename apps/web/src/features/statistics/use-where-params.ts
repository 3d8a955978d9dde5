import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Where } from './statistics-api';

const positiveInt = (v: string | null) => {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};
const isoDate = (v: string | null) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);
const kinds = ['month', 'quarter', 'half', 'year', 'range'] as const;

/** The organisation and period of a statistics page, kept in the URL (a link reproduces it). */
export function useWhereParams(defaultYear: number) {
  const [params, setParams] = useSearchParams();
  const where = useMemo<Where>(() => {
    const period = kinds.find((k) => k === params.get('period')) ?? 'year';
    return {
      orgId: positiveInt(params.get('orgId')),
      period,
      year: positiveInt(params.get('year')) ?? defaultYear,
      index: positiveInt(params.get('index')),
      from: isoDate(params.get('from')),
      to: isoDate(params.get('to')),
    };
  }, [params, defaultYear]);
  const part = params.get('part') ?? undefined;
  const page = positiveInt(params.get('page')) ?? 1;
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
