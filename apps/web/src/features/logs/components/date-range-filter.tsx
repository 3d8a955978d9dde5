import { DatePicker } from 'antd';
import dayjs from 'dayjs';

interface DateRange {
  from?: string;
  to?: string;
}

interface DateRangeFilterProps {
  value: DateRange;
  onChange: (range: DateRange) => void;
}

/** Whole-day range picker that reports ISO instants (start of the first day, end of the last). */
export function DateRangeFilter({ value, onChange }: DateRangeFilterProps) {
  return (
    <DatePicker.RangePicker
      value={value.from && value.to ? [dayjs(value.from), dayjs(value.to)] : null}
      onChange={(range) => {
        const [start, end] = range ?? [];
        onChange(
          start && end
            ? { from: start.startOf('day').toISOString(), to: end.endOf('day').toISOString() }
            : { from: undefined, to: undefined },
        );
      }}
      data-testid="filter-date-range"
    />
  );
}
