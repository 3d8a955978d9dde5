import { BarChart as EBarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([EBarChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

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
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const onClick = useRef(props.onBarClick);
  onClick.current = props.onBarClick;

  useEffect(() => {
    const c = echarts.init(box.current!);
    chart.current = c;
    c.on('click', (e) => onClick.current(e.dataIndex, e.seriesIndex ?? 0));
    const resize = new ResizeObserver(() => c.resize());
    resize.observe(box.current!);
    return () => {
      resize.disconnect();
      c.dispose();
    };
  }, []);
  // every render sets the whole option (notMerge): series that left the data leave the chart
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  });

  return (
    <div role="img" aria-label={props.label} data-testid={props.testId}>
      <div ref={box} style={{ height: props.height ?? 260 }} />
    </div>
  );
}
