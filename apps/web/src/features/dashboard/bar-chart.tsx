import ReactECharts from 'echarts-for-react';

export interface BarSeries {
  name: string;
  data: number[];
}

/**
 * A bar chart whose bars open the list behind them: a click calls `onBarClick` with the category
 * and series index. Canvas with ECharts' ARIA description, so a screen reader hears the figures;
 * fixed margins, so a bar's place follows from its index.
 */
export function BarChart(props: {
  label: string;
  categories: string[];
  series: BarSeries[];
  onBarClick: (category: number, series: number) => void;
  format?: (v: number) => string;
  stacked?: boolean;
  height?: number;
  testId: string;
}) {
  const format = props.format ?? ((v: number) => String(v));
  const option = {
    aria: { enabled: true, label: { description: props.label } },
    grid: { left: 64, right: 16, top: props.series.length > 1 ? 32 : 16, bottom: 48 },
    tooltip: { trigger: 'axis', valueFormatter: format },
    legend: props.series.length > 1 ? { top: 0 } : undefined,
    xAxis: { type: 'category', data: props.categories, axisLabel: { interval: 0, hideOverlap: true } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: format } },
    series: props.series.map((s) => ({
      type: 'bar',
      name: s.name,
      data: s.data,
      ...(props.stacked ? { stack: 'total' } : {}),
      cursor: 'pointer',
    })),
  };
  return (
    <div role="img" aria-label={props.label} data-testid={props.testId}>
      <ReactECharts
        option={option}
        notMerge
        style={{ height: props.height ?? 260 }}
        onEvents={{
          click: (e: { dataIndex: number; seriesIndex: number }) =>
            props.onBarClick(e.dataIndex, e.seriesIndex),
        }}
      />
    </div>
  );
}
