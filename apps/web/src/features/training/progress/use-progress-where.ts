import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useBureauToday } from '../../../app/bureau-clock';
import { positiveIntParam } from '../../../app/url-params';
import type { ProgressWhere } from './progress-api';

/** The organisation, year and half-year of a training progress page, kept in the URL. */
export function useProgressWhere() {
  const today = useBureauToday();
  const [params, setParams] = useSearchParams();
  const where = useMemo<ProgressWhere>(() => {
    const half = positiveIntParam(params.get('half'));
    return {
      orgId: positiveIntParam(params.get('orgId')),
      year: positiveIntParam(params.get('year')) ?? Number(today.slice(0, 4)),
      half: half === 1 || half === 2 ? half : undefined,
    };
  }, [params, today]);
  const set = (next: Record<string, string | number | undefined>) => {
    const out = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v === undefined) out.delete(k);
      else out.set(k, String(v));
    }
    setParams(out);
  };
  return { where, set, params };
}
