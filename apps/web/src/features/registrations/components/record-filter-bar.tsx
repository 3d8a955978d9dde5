import { DatePicker, Select, Space } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { OrgFilter } from '../../orgs/components/org-filter';
import type { RecordListFilters } from '../registration-types';

interface RecordFilterBarProps {
  filters: RecordListFilters;
  onChange: (next: RecordListFilters) => void;
  /** Labels of the open / closed states, e.g. 有效 / 已注销. */
  openLabels: [string, string];
  dateLabel: string;
  children?: ReactNode;
}

/** Organisation, open/closed and date-range filters shared by the registration lists. */
export function RecordFilterBar({
  filters,
  onChange,
  openLabels,
  dateLabel,
  children,
}: RecordFilterBarProps) {
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <OrgFilter
        value={filters.orgId}
        onChange={(orgId) => onChange({ ...filters, orgId })}
        width={260}
        data-testid="registrations-filter-org"
      />
      <Select
        allowClear
        placeholder="状态"
        aria-label="状态"
        value={filters.open === undefined ? undefined : String(filters.open)}
        onChange={(v?: string) => onChange({ ...filters, open: v === undefined ? undefined : v === 'true' })}
        options={[
          { value: 'true', label: openLabels[0] },
          { value: 'false', label: openLabels[1] },
        ]}
        style={{ width: 120 }}
        data-testid="registrations-filter-open"
      />
      <DatePicker.RangePicker
        placeholder={[`${dateLabel}起`, `${dateLabel}止`]}
        value={filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to)] : null}
        onChange={(range) =>
          onChange({
            ...filters,
            from: range?.[0]?.format('YYYY-MM-DD'),
            to: range?.[1]?.format('YYYY-MM-DD'),
          })
        }
      />
      {children}
    </Space>
  );
}
