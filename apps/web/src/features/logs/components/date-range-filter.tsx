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

/** Whole-day range picker reporting ISO dates; the server reads `to` as inclusive of that whole day. */
export function DateRangeFilter({ value, onChange }: DateRangeFilterProps) {
  return (
    <DatePicker.RangePicker
      value={value.from && value.to ? [dayjs(value.from), dayjs(value.to)] : null}
      onChange={(range) => {
        const [start, end] = range ?? [];
        onChange(
          start && end
            ? { from: start.format('YYYY-MM-DD'), to: end.format('YYYY-MM-DD') }
            : { from: undefined, to: undefined },
        );
      }}
      data-testid="filter-date-range"
    />
  );
}
