import { Input, Space } from 'antd';
import type { ReactNode } from 'react';
import type { OrgId } from '../org-types';
import { OrgFilter } from './org-filter';

interface SearchOrgFiltersProps<F extends { q?: string | undefined; orgId?: OrgId | undefined }> {
  filters: F;
  onChange: (next: F) => void;
  searchPlaceholder: string;
  searchWidth: number;
  searchTestId: string;
  orgTestId?: string;
  /** The list's own filters, after the search box and the organisation. */
  children?: ReactNode;
}

/** A list's filter bar: a search box (trimmed, empty = no filter) and an organisation picker first. */
export function SearchOrgFilters<F extends { q?: string | undefined; orgId?: OrgId | undefined }>({
  filters,
  onChange,
  searchPlaceholder,
  searchWidth,
  searchTestId,
  orgTestId,
  children,
}: SearchOrgFiltersProps<F>) {
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        placeholder={searchPlaceholder}
        onSearch={(q) => onChange({ ...filters, q: q.trim() || undefined })}
        style={{ width: searchWidth }}
        data-testid={searchTestId}
      />
      <OrgFilter
        value={filters.orgId}
        onChange={(orgId) => onChange({ ...filters, orgId })}
        width={240}
        data-testid={orgTestId}
      />
      {children}
    </Space>
  );
}
