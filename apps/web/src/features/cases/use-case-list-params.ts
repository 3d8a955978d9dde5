import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { firstPage, type PageParams } from '../../app/paging';
import { isoDateParam, positiveIntParam } from '../../app/url-params';
import { caseStatusOptions } from './case-labels';
import type { CaseFilters } from './case-types';

const knownStatuses = new Set<string>(caseStatusOptions.map((o) => o.value));

/** Keeps only known statuses, so a hand-edited URL cannot make the list answer 422. */
const statusList = (v: string | null) => {
  const list = (v ?? '').split(',').filter((s) => knownStatuses.has(s));
  return list.length ? list.join(',') : undefined;
};

/**
 * A case list's filters and paging, kept in the URL query string like the person list: a copied
 * link or the back button reproduces the list. Unknown or malformed values are ignored.
 */
export function useCaseListParams() {
  const [params, setParams] = useSearchParams();

  const state = useMemo(() => {
    const filters: CaseFilters = {
      q: params.get('q') || undefined,
      status: statusList(params.get('status')),
      caseTypeId: params.get('caseTypeId') || undefined,
      orgId: positiveIntParam(params.get('orgId')),
      overdue: params.get('overdue') === 'true' || undefined,
      dueSoon: params.get('dueSoon') === 'true' || undefined,
      decidedFrom: isoDateParam(params.get('decidedFrom')),
      decidedTo: isoDateParam(params.get('decidedTo')),
      paidFrom: isoDateParam(params.get('paidFrom')),
      paidTo: isoDateParam(params.get('paidTo')),
    };
    const paging: PageParams = {
      page: positiveIntParam(params.get('page')) ?? firstPage.page,
      pageSize: positiveIntParam(params.get('pageSize')) ?? firstPage.pageSize,
    };
    return { filters, paging };
  }, [params]);

  const update = useCallback(
    (next: { filters?: CaseFilters; paging?: PageParams }) => {
      const filters = next.filters ?? state.filters;
      // New filters start again on page 1.
      const paging = next.paging ?? (next.filters ? { ...state.paging, page: 1 } : state.paging);
      const out = new URLSearchParams();
      for (const [key, value] of Object.entries(filters)) {
        if (value !== undefined && value !== '' && value !== false) out.set(key, String(value));
      }
      if (paging.page !== firstPage.page) out.set('page', String(paging.page));
      if (paging.pageSize !== firstPage.pageSize) out.set('pageSize', String(paging.pageSize));
      setParams(out, { replace: false });
    },
    [state, setParams],
  );

  return { ...state, update };
}
