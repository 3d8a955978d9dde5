import { Checkbox } from 'antd';
import type { CaseFilters } from '../case-types';

interface DueFiltersProps {
  filters: CaseFilters;
  onChange: (next: CaseFilters) => void;
}

/** 只看逾期 / 只看即将到期 ticks of a case list. */
export function DueFilters({ filters, onChange }: DueFiltersProps) {
  return (
    <>
      <Checkbox
        checked={filters.overdue === true}
        onChange={(e) => onChange({ ...filters, overdue: e.target.checked || undefined })}
        data-testid="case-filter-overdue"
      >
        只看逾期
      </Checkbox>
      <Checkbox
        checked={filters.dueSoon === true}
        onChange={(e) => onChange({ ...filters, dueSoon: e.target.checked || undefined })}
        data-testid="case-filter-due-soon"
      >
        只看即将到期
      </Checkbox>
    </>
  );
}
