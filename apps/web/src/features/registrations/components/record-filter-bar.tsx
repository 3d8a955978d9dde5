import { DatePicker, Select, Space } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { OrgFilter } from '../../orgs/components/org-filter';
import type { RecordListFilters } from '../registration-types';

interface RecordFilterBarProps<F extends RecordListFilters> {
  filters: F;
  onChange: (next: F) => void;
  /** Labels of the open / closed states, e.g. 有效 / 已注销. */
  openLabels: [string, string];
  dateLabel: string;
  children?: ReactNode;
}

const openOptions = ([open, closed]: [string, string]): {
  value: NonNullable<RecordListFilters['open']>;
  label: string;
}[] => [
  { value: 'true', label: open },
  { value: 'false', label: closed },
];

/** Organisation, open/closed and date-range filters shared by the registration lists. */
export function RecordFilterBar<F extends RecordListFilters>({
  filters,
  onChange,
  openLabels,
  dateLabel,
  children,
}: RecordFilterBarProps<F>) {
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <OrgFilter
        value={filters.orgId}
        onChange={(orgId) => onChange({ ...filters, orgId })}
        width={260}
        data-testid="registrations-filter-org"
      />
      <Select<RecordListFilters['open']>
        allowClear
        placeholder="状态"
        aria-label="状态"
        value={filters.open}
        onChange={(open) => onChange({ ...filters, open })}
        options={openOptions(openLabels)}
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
