import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, AriaComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the screens draw (bars and lines), so the charts' chunk stays small; SVG reads sharper on a phone.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

type Axis = { type?: string; axisLabel?: Record<string, unknown>; tooltip?: Record<string, unknown> } & Record<string, unknown>;

/** How wide a category label may be before it is cut (…) or, where a chart asks for it, wrapped: px. */
const LABEL_WIDTH = { xAxis: 90, yAxis: 150 } as const;

/**
 * Every category axis with its labels bounded: cut with an ellipsis at a width (or wrapped, where the chart says
 * `overflow: 'break'`), never running off the chart or over its neighbours, and the whole label in a tooltip on
 * hover (Vietnamese names of departments and targets are long).
 */
export function boundLabels(option: ChartOption): ChartOption {
  const bound = (axis: Axis, key: keyof typeof LABEL_WIDTH): Axis =>
    axis.type !== 'category'
      ? axis
      : {
          ...axis,
          axisLabel: { width: LABEL_WIDTH[key], overflow: 'truncate', ellipsis: '…', ...axis.axisLabel },
          tooltip: { show: true, ...axis.tooltip },
        };
  const next: ChartOption = { ...option };
  for (const key of ['xAxis', 'yAxis'] as const) {
    const axes = option[key] as Axis | Axis[] | undefined;
    if (axes) next[key] = Array.isArray(axes) ? axes.map((a) => bound(a, key)) : bound(axes, key);
  }
  return next;
}

interface Props {
  option: ChartOption;
  /** What the chart shows, for screen readers (the chart is an image to them). */
  label: string;
  height?: number;
}

/** A thin wrapper over Apache ECharts: one chart, resized with its box, disposed with the component. */
export function Chart({ option, label, height = 280 }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => instance.resize());
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ aria: { enabled: true, label: { description: label } }, ...boundLabels(option) }, true);
  }, [option, label]);

  return <div ref={box} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
