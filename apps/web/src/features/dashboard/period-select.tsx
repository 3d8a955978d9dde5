import { Select } from 'antd';
import type { Where } from '../statistics/statistics-api';

const choices = [
  { value: 'year', label: '全年' },
  { value: 'half-1', label: '上半年' },
  { value: 'half-2', label: '下半年' },
  ...[1, 2, 3, 4].map((i) => ({ value: `quarter-${i}`, label: `第${'一二三四'[i - 1]}季度` })),
];

/** The reporting period of a year: the whole year, a half or a quarter. */
export function PeriodSelect(props: { year: number; value: Where; onChange: (w: Where) => void }) {
  const current = props.value.period === 'year' ? 'year' : `${props.value.period}-${props.value.index}`;
  return (
    <Select
      aria-label="报告期"
      value={current}
      options={choices}
      style={{ width: 120 }}
      onChange={(v: string) => {
        const [period, index] = v.split('-') as [Where['period'], string | undefined];
        props.onChange({
          ...props.value,
          period,
          year: props.year,
          index: index ? Number(index) : undefined,
        });
      }}
      data-testid="period-select"
    />
  );
}
