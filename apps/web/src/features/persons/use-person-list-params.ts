import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { firstPage, type PageParams } from '../../app/paging';
import type { PersonFilters, PersonSort } from './person-types';

const sorts: readonly PersonSort[] = ['name', '-name', 'birthDate', '-birthDate', 'createdAt', '-createdAt'];

const positiveInt = (v: string | null) => {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

/**
 * The person list's filters, paging and sort, kept in the URL query string so that a copied link
 * (or the back button) reproduces the same list. Unknown or malformed values are ignored.
 */
export function usePersonListParams() {
  const [params, setParams] = useSearchParams();

  const state = useMemo(() => {
    const gender = params.get('gender');
    const employment = params.get('employment');
    const sort = params.get('sort') as PersonSort | null;
    const filters: PersonFilters = {
      q: params.get('q') || undefined,
      orgId: positiveInt(params.get('orgId')),
      gender: gender === '1' || gender === '2' ? gender : undefined,
      hukouType: params.get('hukouType') || undefined,
      employment: employment === 'employed' || employment === 'unemployed' ? employment : undefined,
      difficultyCategory: params.get('difficultyCategory') || undefined,
      employerId: params.get('employerId') || undefined,
    };
    const paging: PageParams = {
      page: positiveInt(params.get('page')) ?? firstPage.page,
      pageSize: positiveInt(params.get('pageSize')) ?? firstPage.pageSize,
    };
    return { filters, paging, sort: sort && sorts.includes(sort) ? sort : undefined };
  }, [params]);

  const update = useCallback(
    (next: { filters?: PersonFilters; paging?: PageParams; sort?: PersonSort | undefined }) => {
      const merged = {
        filters: next.filters ?? state.filters,
        // New filters or a new order start again on page 1.
        paging: next.paging ?? (next.filters || 'sort' in next ? { ...state.paging, page: 1 } : state.paging),
        sort: 'sort' in next ? next.sort : state.sort,
      };
      const out = new URLSearchParams();
      for (const [key, value] of Object.entries(merged.filters)) {
        if (value !== undefined && value !== '') out.set(key, String(value));
      }
      if (merged.paging.page !== firstPage.page) out.set('page', String(merged.paging.page));
      if (merged.paging.pageSize !== firstPage.pageSize) out.set('pageSize', String(merged.paging.pageSize));
      if (merged.sort) out.set('sort', merged.sort);
      setParams(out, { replace: false });
    },
    [state, setParams],
  );

  return { ...state, update };
}
