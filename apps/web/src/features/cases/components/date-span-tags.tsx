import { Tag } from 'antd';
import type { CaseFilters } from '../case-types';

const spans = [
  { from: 'decidedFrom', to: 'decidedTo', label: '审批日期' },
  { from: 'paidFrom', to: 'paidTo', label: '拨付日期' },
] as const;

/**
 * The date filters a chart on the home page opened the list with (审批日期, 拨付日期), shown as
 * tags the user can close to widen the list again.
 */
export function DateSpanTags({
  filters,
  onChange,
}: {
  filters: CaseFilters;
  onChange: (f: CaseFilters) => void;
}) {
  return (
    <>
      {spans.map((s) =>
        filters[s.from] || filters[s.to] ? (
          <Tag
            key={s.label}
            closable
            onClose={() => onChange({ ...filters, [s.from]: undefined, [s.to]: undefined })}
            data-testid={`case-filter-${s.from}`}
          >
            {s.label}：{filters[s.from] ?? '…'} 至 {filters[s.to] ?? '…'}
          </Tag>
        ) : null,
      )}
    </>
  );
}
