import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { firstPage, type Page, type PageParams } from '../paging';

interface PagedListOptions<F, T> {
  /** The list's query key; the filters and page are appended. */
  queryKey: readonly unknown[];
  // NoInfer: the filter type comes from `fetch`, so a literal here is checked against it.
  initialFilters: NoInfer<F>;
  fetch: (filters: F, paging: PageParams) => Promise<Page<T>>;
  /** When the filters change, go back to the first page with the default size rather than keep the size chosen. */
  resetPageSize?: boolean;
}

/**
 * State of a server-paged, filtered list: the filters, the page and the query (the previous page
 * stays shown while the next loads). `applyFilters` replaces the filters and returns to page 1.
 */
export function usePagedList<F, T>({
  queryKey,
  initialFilters,
  fetch,
  resetPageSize,
}: PagedListOptions<F, T>) {
  const [filters, setFilters] = useState<F>(initialFilters);
  const [paging, setPaging] = useState<PageParams>(firstPage);
  const query = useQuery({
    queryKey: [...queryKey, filters, paging],
    queryFn: () => fetch(filters, paging),
    placeholderData: keepPreviousData,
  });
  const applyFilters = (next: F) => {
    setFilters(next);
    setPaging(resetPageSize ? firstPage : (p) => ({ ...p, page: 1 }));
  };
  return { filters, applyFilters, paging, setPaging, query };
}
